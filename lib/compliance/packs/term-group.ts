import type { CompliancePattern, ComplianceTerm } from '../types';

type SharedRule = Pick<ComplianceTerm, 'severity' | 'category' | 'why' | 'source'>;
type TermDetails = Partial<Omit<ComplianceTerm, 'term' | 'suggestions'>>;

/**
 * Terms of one group share severity, category, reason and source; each term adds its own replacements and,
 * where needed, allowed contexts or a more specific reason. Keeps the packs readable as one line per term.
 */
export function termGroup(shared: SharedRule) {
  return (term: string, suggestions: string[], details: TermDetails = {}): ComplianceTerm => ({
    ...shared,
    term,
    suggestions,
    ...details,
  });
}

type PatternDetails = Partial<Omit<CompliancePattern, 'id' | 'pattern' | 'suggestions'>>;

/** Pattern rules of one group share severity, category, reason and source, like `termGroup`'s terms. */
export function patternGroup(shared: SharedRule) {
  return (id: string, pattern: string, suggestions: string[], details: PatternDetails = {}): CompliancePattern => ({
    ...shared,
    id,
    pattern,
    suggestions,
    ...details,
  });
}

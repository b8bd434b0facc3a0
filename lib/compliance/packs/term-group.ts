import type { ComplianceTerm } from '../types';

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

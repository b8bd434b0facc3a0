import type { Lang } from '../../i18n/lang';
import type { ListingDraft } from '../completeness';
import type { Finding } from '../matcher';
import type { FieldRole } from './fields';

/** One field's findings as the Compliance tab lists them. */
export interface FieldReport {
  key: string;
  label: string;
  role: FieldRole;
  findings: Finding[];
  /** A long field still being scanned in slices. */
  scanning: boolean;
}

export interface PageCompliance {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  lang: Lang | null;
  fields: FieldReport[];
  /** What the listing editor shows, for the completeness score; null off listing editors. */
  draft: ListingDraft | null;
}

/**
 * What the in-page checker found, shared with the sidebar's Compliance tab (same content script): a tiny
 * external store for `useSyncExternalStore`, plus the checker's "jump to this finding".
 */
export function createComplianceStore() {
  let current: PageCompliance = { status: 'loading', lang: null, fields: [], draft: null };
  const listeners = new Set<() => void>();
  let jumpTo: (fieldKey: string, finding: Finding) => void = () => undefined;
  return {
    get: () => current,
    set(next: Partial<PageCompliance>) {
      current = { ...current, ...next };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    jump(fieldKey: string, finding: Finding) {
      jumpTo(fieldKey, finding);
    },
    onJump(handler: (fieldKey: string, finding: Finding) => void) {
      jumpTo = handler;
    },
  };
}
export type ComplianceStore = ReturnType<typeof createComplianceStore>;

/** The page's one store: the field checker writes it, the Compliance tab reads it. */
export const pageCompliance = createComplianceStore();

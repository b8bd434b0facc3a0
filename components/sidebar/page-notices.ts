/**
 * Things the in-page features (capture runs outside React) must tell the seller, shown by the
 * sidebar. Each notice is shown at most once per page: a full disk refuses every batch of a
 * capture, and one message saying what to do is enough.
 */
export type PageNotice = 'capture-storage-full';

export function createPageNotices() {
  let shown: readonly PageNotice[] = [];
  const told = new Set<PageNotice>();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => shown,
    report(notice: PageNotice) {
      if (told.has(notice)) return;
      told.add(notice);
      shown = [...shown, notice];
      emit();
    },
    dismiss(notice: PageNotice) {
      shown = shown.filter((n) => n !== notice);
      emit();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type PageNotices = ReturnType<typeof createPageNotices>;

/**
 * The largest file each import reads. A file is checked by its size before a byte of it is read, so
 * a wrong pick (a video, a database dump) is refused at once instead of freezing the options page.
 * Sized for real sellers with room to spare: a year of snapshots for a few thousand products fits a
 * backup; 100,000 terms with reasons fit a word list.
 */
export const IMPORT_LIMITS = {
  backup: 100 * 1024 * 1024,
  template: 2 * 1024 * 1024,
  wordList: 8 * 1024 * 1024,
  bulkCsv: 20 * 1024 * 1024,
  bulkXlsx: 20 * 1024 * 1024,
} as const;
export type ImportKind = keyof typeof IMPORT_LIMITS;

/**
 * What an XLSX (a zip of XML parts) may unpack to, checked on the zip's own directory before anything
 * is inflated: a few-KB zip bomb declares gigabytes there.
 */
export const XLSX_UNPACKED_LIMIT = 200 * 1024 * 1024;
export const XLSX_MAX_PARTS = 10_000;

export type SizeCheck = { ok: true } | { ok: false; sizeMb: string; limitMb: string };

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

export function checkImportSize(kind: ImportKind, bytes: number): SizeCheck {
  const limit = IMPORT_LIMITS[kind];
  return bytes <= limit ? { ok: true } : { ok: false, sizeMb: mb(bytes), limitMb: mb(limit) };
}

import type { ListingRow } from '../compliance/bulk';
import { checkZipDirectory } from './zip-guard';

/** What the XLSX worker posts back. */
export type XlsxWorkerAnswer = { ok: true; rows: ListingRow[] } | { ok: false; message: string };

/** The part of a Worker the reader uses (a fake in tests). */
export interface XlsxWorker {
  postMessage(data: ArrayBuffer, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<XlsxWorkerAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type XlsxRead =
  | { ok: true; rows: ListingRow[] }
  | { ok: false; reason: 'not-zip' | 'too-many-parts' | 'too-large' | 'timeout' }
  | { ok: false; reason: 'failed'; message: string };

/** Long enough for a 20 MB workbook on a slow laptop; a bomb that lies about its size is stopped here. */
export const XLSX_READ_TIMEOUT_MS = 30_000;

/**
 * Reads an XLSX off the main thread: the zip's directory is checked first (a bomb never reaches a
 * worker), then exceljs parses it in a worker that is stopped when it answers, fails or runs too long.
 */
export function readXlsxOffThread(data: ArrayBuffer, createWorker: () => XlsxWorker, timeoutMs = XLSX_READ_TIMEOUT_MS): Promise<XlsxRead> {
  const check = checkZipDirectory(data);
  if (!check.ok) return Promise.resolve({ ok: false, reason: check.reason });
  return new Promise((resolve) => {
    const worker = createWorker();
    const finish = (result: XlsxRead) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    worker.onmessage = ({ data: answer }) => finish(answer.ok ? { ok: true, rows: answer.rows } : { ok: false, reason: 'failed', message: answer.message });
    worker.onerror = (event) => finish({ ok: false, reason: 'failed', message: event.message || 'the spreadsheet reader stopped' });
    worker.postMessage(data, [data]);
  });
}

import { XLSX_MAX_PARTS, XLSX_UNPACKED_LIMIT } from './limits';

export type ZipCheck =
  | { ok: true; parts: number; unpackedBytes: number }
  | { ok: false; reason: 'not-zip' }
  | { ok: false; reason: 'too-many-parts'; parts: number }
  | { ok: false; reason: 'too-large'; unpackedBytes: number };

const EOCD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/**
 * Reads a zip's central directory (its table of contents, at the end of the file) and adds up the
 * sizes its parts declare, without inflating anything. A zip bomb declares its real size there (or
 * ZIP64 sizes, which no spreadsheet we read needs); one that lies about it is inflated in a worker
 * that the options page stops after a time limit, so the page itself never freezes.
 */
export function checkZipDirectory(data: ArrayBuffer, limits = { unpackedBytes: XLSX_UNPACKED_LIMIT, parts: XLSX_MAX_PARTS }): ZipCheck {
  const view = new DataView(data);
  const length = data.byteLength;
  // The end record is 22 bytes plus a comment of up to 65,535.
  let end = -1;
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'not-zip' };
  const parts = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (parts === 0xffff || directoryStart === ZIP64_MARK) return { ok: false, reason: 'too-large', unpackedBytes: Number.POSITIVE_INFINITY };
  if (directoryStart + directorySize > end) return { ok: false, reason: 'not-zip' };
  if (parts > limits.parts) return { ok: false, reason: 'too-many-parts', parts };
  let unpackedBytes = 0;
  let at = directoryStart;
  for (let i = 0; i < parts; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return { ok: false, reason: 'not-zip' };
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === ZIP64_MARK) return { ok: false, reason: 'too-large', unpackedBytes: Number.POSITIVE_INFINITY };
    unpackedBytes += unpacked;
    if (unpackedBytes > limits.unpackedBytes) return { ok: false, reason: 'too-large', unpackedBytes };
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, parts, unpackedBytes };
}

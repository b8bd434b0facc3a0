import { parseXlsxRows } from '../../../lib/compliance/bulk';
import type { XlsxWorkerAnswer } from '../../../lib/imports/xlsx-reader';

// exceljs parses here, off the options page's main thread: a big or hostile workbook can't freeze it.
self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  let answer: XlsxWorkerAnswer;
  try {
    answer = { ok: true, rows: await parseXlsxRows(event.data) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};

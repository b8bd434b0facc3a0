import ExcelJS from 'exceljs';
import { checkImportSize, IMPORT_LIMITS, XLSX_UNPACKED_LIMIT } from '../../../lib/imports/limits';
import { readXlsxOffThread, type XlsxWorker, type XlsxWorkerAnswer } from '../../../lib/imports/xlsx-reader';
import { checkZipDirectory } from '../../../lib/imports/zip-guard';
import { zipOf } from './zip';

async function listingWorkbook(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('listings');
  sheet.addRow(['sku', 'title']);
  sheet.addRow(['A1', '全网最低价纯棉T恤']);
  const written = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(written as ArrayBuffer);
  return bytes.slice().buffer;
}

/** A worker that records what happened to it; `answer` decides what it posts back (or nothing). */
function fakeWorker(answer?: XlsxWorkerAnswer) {
  const state = { started: 0, terminated: 0 };
  const create = (): XlsxWorker => {
    state.started++;
    const worker: XlsxWorker = {
      onmessage: null,
      onerror: null,
      postMessage: () => {
        if (answer) queueMicrotask(() => worker.onmessage?.({ data: answer } as MessageEvent<XlsxWorkerAnswer>));
      },
      terminate: () => void state.terminated++,
    };
    return worker;
  };
  return { create, state };
}

// One generated bomb for the file: deflating 300 MB of zeros takes a few seconds.
let bomb: ArrayBuffer;
beforeAll(() => {
  bomb = zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 1024 * 1024) },
  ]);
});

describe('a workbook is checked before it is opened', () => {
  test('a real listing workbook passes the zip directory check', async () => {
    const check = checkZipDirectory(await listingWorkbook());
    expect(check).toMatchObject({ ok: true });
  });

  test('a zip bomb (a few hundred KB that unpacks to 300 MB) is refused from its directory alone', () => {
    expect(bomb.byteLength).toBeLessThan(IMPORT_LIMITS.bulkXlsx);
    const check = checkZipDirectory(bomb);
    expect(check).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!check.ok && check.reason === 'too-large' && check.unpackedBytes).toBeGreaterThan(XLSX_UNPACKED_LIMIT);
  });

  test('many small parts that add up past the limit are refused too', () => {
    const parts = Array.from({ length: 5 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.alloc(10), declaredSize: 60 * 1024 * 1024 }));
    expect(checkZipDirectory(zipOf(parts))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('a file that is not a zip at all (an old .xls, a renamed CSV) is named as such', () => {
    const text = new TextEncoder().encode('sku,title\nA1,T恤\n');
    expect(checkZipDirectory(text.slice().buffer)).toEqual({ ok: false, reason: 'not-zip' });
  });
});

describe('reading a workbook off the main thread', () => {
  test('a bomb never reaches the worker', async () => {
    const worker = fakeWorker({ ok: true, rows: [] });
    expect(await readXlsxOffThread(bomb, worker.create)).toEqual({ ok: false, reason: 'too-large' });
    expect(worker.state.started).toBe(0);
  });

  test('the worker’s rows come back and the worker is stopped', async () => {
    const worker = fakeWorker({ ok: true, rows: [{ sku: 'A1', title: '全网最低价纯棉T恤' }] });
    expect(await readXlsxOffThread(await listingWorkbook(), worker.create)).toEqual({ ok: true, rows: [{ sku: 'A1', title: '全网最低价纯棉T恤' }] });
    expect(worker.state).toEqual({ started: 1, terminated: 1 });
  });

  test('a worker that never answers (a bomb lying about its size) is stopped after the time limit', async () => {
    const worker = fakeWorker();
    expect(await readXlsxOffThread(await listingWorkbook(), worker.create, 20)).toEqual({ ok: false, reason: 'timeout' });
    expect(worker.state.terminated).toBe(1);
  });
});

describe('file size caps', () => {
  test.each([
    ['backup', IMPORT_LIMITS.backup],
    ['template', IMPORT_LIMITS.template],
    ['wordList', IMPORT_LIMITS.wordList],
    ['bulkCsv', IMPORT_LIMITS.bulkCsv],
    ['bulkXlsx', IMPORT_LIMITS.bulkXlsx],
  ] as const)('%s: up to its limit is read, one byte more is refused with both sizes', (kind, limit) => {
    expect(checkImportSize(kind, limit)).toEqual({ ok: true });
    expect(checkImportSize(kind, limit + 1)).toMatchObject({ ok: false, limitMb: expect.any(String), sizeMb: expect.any(String) });
  });
});

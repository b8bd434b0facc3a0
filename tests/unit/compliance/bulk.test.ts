import { bulkCheck, FINDING_COLUMNS, findingsToCsv, findingsToXlsx, parseCsvRows, parseXlsxRows } from '../../../lib/compliance/bulk';
import { compilePacks } from '../../../lib/compliance/matcher';
import { enPack, zhPack } from './helpers';

const matcher = compilePacks([zhPack, enPack]);
const csv = `sku,标题,描述,价格,主图数
A1,全网最低价纯棉T恤,第一次穿就爱上,59,5
A2,普通纯棉T恤,舒适透气,,0
A3,Soft tee that will cure boredom,"secure, 最*好",19.9,6
`;

describe('bulk check of a listings file', () => {
  const rows = parseCsvRows(csv);
  const result = bulkCheck(rows, { matcher, idColumn: 'sku', textColumns: ['标题', '描述'], platform: 'taobao' });

  test('every finding comes back with id, field, term and offsets', () => {
    expect(result.findings.map((f) => [f.id, f.field, f.term, f.start, f.end, f.severity])).toEqual([
      ['A1', '标题', '全网最低价', '0', '5', 'block'],
      ['A3', '标题', 'cure', '19', '23', 'block'],
      ['A3', '描述', '最*好', '8', '11', 'block'],
    ]);
    expect(Object.keys(result.findings[0]!)).toEqual([...FINDING_COLUMNS]);
    expect(result.findings[0]!.reason).toBe('全网最低价 违规');
  });

  test('every row gets a completeness score, guessed columns included', () => {
    expect(result.scores.map((s) => [s.id, s.failed])).toEqual([
      ['A1', []],
      ['A2', ['images', 'price-present']],
      ['A3', ['images']],
    ]);
    expect(result.scores[0]!.score).toBe(100);
  });

  test('the CSV download reads back the same', () => {
    const text = findingsToCsv(result.findings);
    expect(text.split(/\r?\n/)[0]).toBe('id,field,term,start,end,severity,category,reason,suggestion');
    expect(parseCsvRows(text)).toEqual(result.findings);
  });

  test('the XLSX download reads back the same', async () => {
    const xlsx = await findingsToXlsx(result.findings, result.scores);
    expect(xlsx).toBeInstanceOf(ArrayBuffer);
    expect(await parseXlsxRows(xlsx)).toEqual(result.findings);
  });

  test('an uploaded XLSX of listings is read by its header row', async () => {
    const asFindings = rows.map((r) => Object.fromEntries(FINDING_COLUMNS.map((c, i) => [c, Object.values(r)[i] ?? ''])));
    const xlsx = await findingsToXlsx(asFindings as never);
    const back = await parseXlsxRows(xlsx);
    expect(back.map((r) => r.id)).toEqual(['A1', 'A2', 'A3']);
  });
});

import Papa from 'papaparse';
import { findingsToCsv, FINDING_COLUMNS, type BulkFinding } from '../../lib/compliance/bulk';
import { toCsv } from '../../lib/csv';

const read = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('every CSV we write defuses spreadsheet formulas', () => {
  test.each([
    ['a title starting with =', '=HYPERLINK("https://evil.example","点我")'],
    ['a cell starting with +', '+1+cmd|" /C calc"!A0'],
    ['a cell starting with -', '-2+3'],
    ['a cell starting with @', '@SUM(A1:A2)'],
    ['a cell starting with a tab', '\t=1+1'],
    ['a cell starting with a carriage return', '\r=1+1'],
    ['a formula with a line break in it', '=HYPERLINK("https://evil.example")\n第二行'],
  ])('%s is written as text', (_name, text) => {
    const [, row] = read(toCsv(['title'], [[text]]));
    expect(row?.[0]).toBe(`'${text}`);
  });

  test('ordinary text, numbers and a minus sign inside a cell are left alone', () => {
    const [, row] = read(toCsv(['a', 'b', 'c'], [['保湿面霜 -20%', 3.5, '−1.2%']]));
    expect(row).toEqual(['保湿面霜 -20%', '3.5', '−1.2%']);
  });

  test('the bulk check’s findings download defuses a term that looks like a formula', () => {
    const finding = Object.fromEntries(FINDING_COLUMNS.map((c) => [c, ''])) as BulkFinding;
    const [, row] = read(findingsToCsv([{ ...finding, id: '=1+1', term: '最好' }]));
    expect(row?.[0]).toBe("'=1+1");
  });
});

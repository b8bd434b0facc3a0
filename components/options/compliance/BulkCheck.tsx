import { useMemo, useState, type ChangeEvent } from 'react';
import { bulkCheck, findingsToCsv, findingsToXlsx, parseCsvRows, type BulkFinding, type BulkScore, type ListingRow, FINDING_COLUMNS } from '../../../lib/compliance/bulk';
import { checkImportSize, XLSX_UNPACKED_LIMIT } from '../../../lib/imports/limits';
import { readXlsxOffThread, type XlsxRead, type XlsxWorker } from '../../../lib/imports/xlsx-reader';
import { compileForStore } from '../../../lib/compliance/for-store';
import { EMPTY_STORE_COMPLIANCE } from '../../../lib/compliance/shop-choices';
import { ADAPTERS } from '../../../lib/sites';
import type { BuiltInPlatformId } from '../../../lib/sites/types';
import { useLang, useT } from '../../common/i18n';
import { downloadText } from '../download';

const SHOWN = 200;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEXT_HINT = /title|name|bullet|description|desc|point|标题|卖点|描述|详情|文案/i;
const ID_HINT = /^(id|sku|asin|item.?id|product.?id|商品id|宝贝id|商品编码)$/i;

const createXlsxWorker = () => new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' }) as unknown as XlsxWorker;

function xlsxProblem(read: Extract<XlsxRead, { ok: false }>, t: ReturnType<typeof useT>): string {
  if (read.reason === 'failed') return t('import.xlsx.failed', { message: read.message });
  if (read.reason === 'timeout') return t('import.xlsx.timeout');
  if (read.reason === 'not-zip') return t('import.xlsx.notZip');
  return t('import.xlsx.tooLarge', { limit: XLSX_UNPACKED_LIMIT / (1024 * 1024) });
}

/** Options page: a CSV/XLSX of listings in, findings and completeness per row out, downloadable as CSV and XLSX. */
export function BulkCheck() {
  const t = useT();
  const lang = useLang();
  const [rows, setRows] = useState<ListingRow[] | null>(null);
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [platform, setPlatform] = useState<BuiltInPlatformId>('taobao');
  const [idColumn, setIdColumn] = useState('');
  const [textColumns, setTextColumns] = useState<string[]>([]);
  const [result, setResult] = useState<{ findings: BulkFinding[]; scores: BulkScore[] } | null>(null);
  const headers = useMemo(() => (rows && rows.length > 0 ? Object.keys(rows[0]!) : []), [rows]);
  const platforms = [...new Set(ADAPTERS.map((a) => a.platform))];

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setResult(null);
    setError(null);
    try {
      const isXlsx = /\.xlsx$/i.test(file.name);
      const size = checkImportSize(isXlsx ? 'bulkXlsx' : 'bulkCsv', file.size);
      if (!size.ok) {
        setRows(null);
        setError(t('import.tooLarge', { size: size.sizeMb, limit: size.limitMb }));
        return;
      }
      let read: ListingRow[];
      if (isXlsx) {
        const workbook = await readXlsxOffThread(await file.arrayBuffer(), createXlsxWorker);
        if (!workbook.ok) {
          setRows(null);
          setError(xlsxProblem(workbook, t));
          return;
        }
        read = workbook.rows;
      } else {
        read = parseCsvRows(await file.text());
      }
      if (read.length === 0) {
        setRows(null);
        setError(t('cmp.bulk.noRows'));
        return;
      }
      const columns = Object.keys(read[0]!);
      setRows(read);
      setFileName(file.name.replace(/\.(csv|xlsx)$/i, ''));
      setIdColumn(columns.find((c) => ID_HINT.test(c.trim())) ?? columns[0]!);
      setTextColumns(columns.filter((c) => TEXT_HINT.test(c)));
    } catch (failure) {
      setRows(null);
      setError(t('cmp.bulk.error', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  const run = () => {
    if (!rows) return;
    const matcher = compileForStore(platform, EMPTY_STORE_COMPLIANCE);
    setResult(bulkCheck(rows, { matcher, idColumn, textColumns, platform, lang }));
  };

  return (
    <div className="opt-bulk">
      <p>{t('cmp.bulk.intro')}</p>
      <label>
        {t('cmp.bulk.file')}{' '}
        <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e)} />
      </label>
      {error ? <p role="alert" className="opt-error">{error}</p> : null}
      {rows ? (
        <>
          <label>
            {t('cmp.bulk.platform')}{' '}
            <select value={platform} onChange={(e) => setPlatform(e.target.value as BuiltInPlatformId)}>
              {platforms.map((p) => (
                <option key={p} value={p}>
                  {ADAPTERS.find((a) => a.platform === p)!.name[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('cmp.bulk.idColumn')}{' '}
            <select value={idColumn} onChange={(e) => setIdColumn(e.target.value)}>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('cmp.bulk.textColumns')}</legend>
            {headers.map((h) => (
              <label key={h} className="opt-check">
                <input
                  type="checkbox"
                  checked={textColumns.includes(h)}
                  onChange={(e) => setTextColumns(e.target.checked ? [...textColumns, h] : textColumns.filter((c) => c !== h))}
                />{' '}
                {h}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={run} disabled={textColumns.length === 0}>
            {t('cmp.bulk.run')}
          </button>
        </>
      ) : null}
      {result ? (
        <div>
          <p role="status">{t('cmp.bulk.result', { rows: result.scores.length, findings: result.findings.length })}</p>
          <button type="button" onClick={() => downloadText(`${fileName}-findings.csv`, `\uFEFF${findingsToCsv(result.findings)}`, 'text/csv;charset=utf-8')}>
            {t('cmp.bulk.downloadCsv')}
          </button>{' '}
          <button type="button" onClick={() => void findingsToXlsx(result.findings, result.scores).then((data) => downloadText(`${fileName}-findings.xlsx`, data, XLSX_TYPE))}>
            {t('cmp.bulk.downloadXlsx')}
          </button>
          <h3>{t('cmp.bulk.scores')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{idColumn}</th>
                <th scope="col">{t('cmp.bulk.score')}</th>
                <th scope="col">{t('cmp.bulk.failed')}</th>
              </tr>
            </thead>
            <tbody>
              {result.scores.slice(0, SHOWN).map((s, i) => (
                <tr key={`${s.id}-${i}`}>
                  <td>{s.id}</td>
                  <td>{s.score}</td>
                  <td>{s.failed.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('cmp.bulk.findings')}</h3>
          {result.findings.length > SHOWN ? <p>{t('cmp.bulk.shown', { shown: SHOWN, total: result.findings.length })}</p> : null}
          <table>
            <thead>
              <tr>
                {FINDING_COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.findings.slice(0, SHOWN).map((f, i) => (
                <tr key={i}>
                  {FINDING_COLUMNS.map((c) => (
                    <td key={c}>{f[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

import { formatAttainment, formatTargetValue, targetLabel } from '../../../lib/alerts/daily-report';
import { useLang, useT } from '../../common/i18n';

/** One target of a run against what was captured, as the daily report and the campaign review both show it. */
export interface TargetsTableRow {
  /** React key: unique within the table. */
  id: string;
  /** Cells before the target's name (the daily report names the store and the run; the review has one run). */
  leading?: readonly string[];
  /** The run's target key (`gmv`, `conversionRate`, …): names the target and picks its unit. */
  targetKey: string;
  target: number | null;
  actual: number | null;
  attainment: number | null;
  basis: string;
  /** `data-*` attributes the tests and the e2e suite read a row by. */
  data?: Record<`data-${string}`, string>;
}

/**
 * The "targets" table: target, planned value, actual, attainment (red under 100%) and how the actual was
 * counted. `missing` says what a value nothing gave shows (the review writes "not captured"; blank otherwise).
 */
export function TargetsTable({
  testId,
  leadingHeaders = [],
  rows,
  missing,
}: {
  testId: string;
  leadingHeaders?: readonly string[];
  rows: readonly TargetsTableRow[];
  missing?: { target: string; actual: string };
}) {
  const t = useT();
  const lang = useLang();
  const value = (key: string, figure: number | null, whenMissing: string | undefined) =>
    figure === null && whenMissing !== undefined ? <span className="muted">{whenMissing}</span> : formatTargetValue(key, figure);
  return (
    <>
      <h3>{t('measures.targets')}</h3>
      <div className="table-scroll" role="region" aria-label={t('measures.targets')} tabIndex={0}>
        <table className="data-table" data-testid={testId}>
          <thead>
            <tr>
              {leadingHeaders.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              <th scope="col">{t('measures.target')}</th>
              <th scope="col" className="num" />
              <th scope="col" className="num">
                {t('measures.actual')}
              </th>
              <th scope="col" className="num">
                {t('measures.attainment')}
              </th>
              <th scope="col">{t('measures.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} {...row.data}>
                {(row.leading ?? []).map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
                <td>{targetLabel(row.targetKey, lang)}</td>
                <td className="num">{value(row.targetKey, row.target, missing?.target)}</td>
                <td className="num">{value(row.targetKey, row.actual, missing?.actual)}</td>
                <td className={`num ${row.attainment !== null && row.attainment < 1 ? 'delta down' : ''}`}>{formatAttainment(row.attainment)}</td>
                <td className="muted">{row.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

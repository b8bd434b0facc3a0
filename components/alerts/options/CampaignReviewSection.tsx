import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  buildCampaignReview,
  captureHint,
  campaignReviewCsv,
  campaignReviewMarkdown,
  encoreEnd,
  reviewBasis,
  reviewWord,
  type CampaignReview,
} from '../../../lib/alerts/campaign-review';
import { TargetsTable } from './TargetsTable';
import { runStart } from '../../../lib/alerts/store-totals';
import { extensionDb } from '../../../lib/db/instance';
import { runMarket } from '../../../lib/playbooks/run-state';
import { useLang, useT } from '../../common/i18n';
import { downloadText } from '../../options/download';

/** The run the sidebar's "review draft" link asked for: `#campaign-review?run=<id>`. */
const runFromHash = () => new URLSearchParams(location.hash.split('?')[1] ?? '').get('run');

/** Options → Campaign review: a campaign run's 复盘 draft from captured numbers, as Markdown and CSV. */
export function CampaignReviewSection() {
  const t = useT();
  const lang = useLang();
  const db = extensionDb();
  const [picked, setPicked] = useState<string | null>(runFromHash);
  useEffect(() => {
    const onHash = () => setPicked(runFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const runs = useLiveQuery(
    async () => (await db.runs.where('templateId').equals('campaign').toArray()).filter((run) => run.deletedAt === undefined && encoreEnd(run) !== null).sort((a, b) => b.createdAt - a.createdAt),
    [],
    null,
  );
  const run = runs?.find((r) => r.id === picked) ?? runs?.[0] ?? null;
  const review = useLiveQuery(
    async (): Promise<CampaignReview | null> => {
      if (!run) return null;
      const from = runStart(run);
      const to = encoreEnd(run);
      if (!from || !to) return null;
      const [products, snapshots] = await Promise.all([db.products.toArray(), db.snapshots.where('period').between(from, `${to}\uffff`, true, true).toArray()]);
      return buildCampaignReview({ run, market: runMarket(run), products, snapshots });
    },
    [run?.id, run?.dates, run?.targets],
    null,
  );
  const file = review ? `${t('review.fileName')}-${review.runName.replace(/[\\/:*?"<>|\s]+/g, '_')}` : '';
  return (
    <section aria-labelledby="opt-campaign-review">
      <h2 id="opt-campaign-review">{t('review.title')}</h2>
      <p className="muted">{t('review.intro')}</p>
      {runs && !runs.length ? <p className="muted">{t('review.noRuns')}</p> : null}
      {runs?.length ? (
        <div className="row">
          <label>
            {t('review.run')}{' '}
            <select value={run?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!review} onClick={() => review && downloadText(`${file}.md`, campaignReviewMarkdown(review, lang), 'text/markdown;charset=utf-8')}>
            {t('review.markdown')}
          </button>
          <button type="button" disabled={!review} onClick={() => review && downloadText(`${file}.csv`, `\ufeff${campaignReviewCsv(review, lang)}`, 'text/csv;charset=utf-8')}>
            {t('review.csv')}
          </button>
        </div>
      ) : null}
      {review ? (
        <div data-testid="campaign-review">
          <p>
            {t('review.window', { from: review.from, to: review.to })} · <strong>{t('review.due', { due: review.due ?? '—' })}</strong>
          </p>
          <p className="muted">{t('review.coverage', { days: review.daysCaptured, products: review.productsCaptured, hours: review.hoursCaptured })}</p>
          <TargetsTable
            testId="review-targets"
            rows={review.lines.map((line) => ({
              id: line.key,
              targetKey: line.key,
              target: line.target,
              actual: line.actual,
              attainment: line.attainment,
              basis: reviewBasis(review, line, lang),
              data: { 'data-key': line.key, 'data-captured': line.missing ? 'no' : 'yes' },
            }))}
            missing={{ target: reviewWord('noTarget', lang), actual: reviewWord('notCaptured', lang) }}
          />
          <h3>{reviewWord('peaks', lang)}</h3>
          {review.peaks.length ? (
            <ol data-testid="review-peaks">
              {review.peaks.map((peak) => (
                <li key={peak.period}>
                  {t('review.peak', { hour: `${peak.period.replace('T', ' ')}:00`, gmv: peak.gmv.toFixed(2), orders: peak.orders ?? '—' })}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{`${reviewWord('notCaptured', lang)}: ${captureHint('hourlyBoard', lang)}`}</p>
          )}
          <h3>{reviewWord('products', lang)}</h3>
          {review.top.length ? (
            <div className="table-scroll" role="region" aria-label={reviewWord('products', lang)} tabIndex={0}>
              <table className="data-table" data-testid="review-products">
                <thead>
                  <tr>
                    <th scope="col" />
                    <th scope="col">{reviewWord('product', lang)}</th>
                    <th scope="col">{reviewWord('id', lang)}</th>
                    <th scope="col" className="num">
                      {reviewWord('gmv', lang)}
                    </th>
                    <th scope="col" className="num">
                      {reviewWord('units', lang)}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...review.top.map((p) => ['top', p] as const), ...review.bottom.map((p) => ['bottom', p] as const)].map(([kind, p]) => (
                    <tr key={`${kind}|${p.productId}`}>
                      <td>{reviewWord(kind, lang)}</td>
                      <td>{p.title}</td>
                      <td>{p.productId}</td>
                      <td className="num">{p.gmv.toFixed(2)}</td>
                      <td className="num">{p.units ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{`${reviewWord('notCaptured', lang)}: ${captureHint('productTable', lang)}`}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

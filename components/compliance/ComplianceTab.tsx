import { useSyncExternalStore } from 'react';
import { scoreListing } from '../../lib/compliance/completeness';
import { pageCompliance, type ComplianceStore, type FieldReport } from '../../lib/compliance/in-page/findings-store';
import type { Finding } from '../../lib/compliance/matcher';
import type { Severity } from '../../lib/compliance/types';
import { complianceStoreId } from '../../lib/sites/store-id';
import { useBridge, useLiveQueryVia } from '../common/live';
import { useLang, useT } from '../common/i18n';
import type { PageContext } from '../sidebar/types';
import complianceCss from './compliance.css?inline';

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
/** Findings listed per field; a 200,000-character description may hold thousands. */
const SHOWN_PER_FIELD = 30;

function FieldFindings({ field, store }: { field: FieldReport; store: ComplianceStore }) {
  const t = useT();
  const lang = useLang();
  const ordered = SEVERITIES.flatMap((severity) => field.findings.filter((f) => f.severity === severity));
  const shown = ordered.slice(0, SHOWN_PER_FIELD);
  return (
    <section className="ss-cmp-field" aria-label={field.label} data-field={field.key}>
      <h4>
        {field.label} {field.scanning ? <span className="ss-cmp-status">{t('cmp.tab.scanning')}</span> : null}
      </h4>
      {SEVERITIES.map((severity) => {
        const group = shown.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <ul key={severity} className="ss-cmp-group" aria-label={t(`cmp.severity.${severity}`)}>
            {group.map((finding: Finding) => (
              <li key={`${finding.start}:${finding.term}`}>
                <button
                  type="button"
                  className="ss-cmp-finding"
                  aria-label={t('cmp.tab.jump', { term: finding.term, field: field.label })}
                  onClick={() => store.jump(field.key, finding)}
                >
                  <span className="ss-cmp-sev" data-severity={severity}>
                    {t(`cmp.severity.${severity}`)}
                  </span>
                  <span className="ss-cmp-term">{finding.term}</span>
                  <span className="ss-cmp-why">{finding.why[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
        );
      })}
      {ordered.length > shown.length ? <p className="ss-cmp-more">{t('cmp.tab.more', { count: ordered.length - shown.length })}</p> : null}
    </section>
  );
}

function Completeness({ page, store }: { page: PageContext; store: ComplianceStore }) {
  const t = useT();
  const lang = useLang();
  const { draft } = useSyncExternalStore(store.subscribe, store.get);
  if (!draft) return <p className="ss-cmp-status">{t('cmp.tab.noDraft')}</p>;
  const { score, checks } = scoreListing(page.platform, draft);
  const failing = checks.filter((c) => !c.pass);
  return (
    <>
      <div className="ss-cmp-score">
        <strong data-testid="completeness-score">{score}</strong>
        <meter min={0} max={100} low={60} high={90} optimum={100} value={score} aria-label={t('cmp.tab.score', { platform: page.platformName, score })} />
      </div>
      <p className="ss-cmp-summary">{t('cmp.tab.score', { platform: page.platformName, score })}</p>
      {failing.length === 0 ? <p className="ss-cmp-status">{t('cmp.tab.allPass')}</p> : null}
      <ul className="ss-cmp-checks">
        {[...failing, ...checks.filter((c) => c.pass)].map((check) => (
          <li key={check.id} className="ss-cmp-check" data-pass={String(check.pass)} data-check={check.id}>
            <p>
              <strong>{check.pass ? t('cmp.tab.pass') : t('cmp.tab.fail')}</strong> · {check.message[lang]}
            </p>
            {!check.pass && check.fix[lang] ? <p className="ss-cmp-fix">{check.fix[lang]}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function AllowedHere({ page }: { page: PageContext }) {
  const t = useT();
  const bridge = useBridge();
  const storeId = complianceStoreId(page);
  const state = useLiveQueryVia(['settings'], (send) => send('compliance/store', { platform: page.platform, storeId }), [page.platform, storeId]);
  if (state.status !== 'ready' || state.data.allow.length === 0) return null;
  return (
    <section aria-labelledby="ss-cmp-allowed">
      <h3 id="ss-cmp-allowed">{t('cmp.tab.allowed')}</h3>
      <ul className="ss-cmp-allow">
        {state.data.allow.map((text) => (
          <li key={text}>
            <button type="button" aria-label={t('cmp.tab.allowRemove', { term: text })} onClick={() => void bridge.send('compliance/allow/remove', { storeId, text })}>
              {text} ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every finding on the page by field and severity (click to jump), and the listing's completeness for its platform. */
export function ComplianceTab({ page, store = pageCompliance }: { page: PageContext; store?: ComplianceStore }) {
  const t = useT();
  const state = useSyncExternalStore(store.subscribe, store.get);
  const all = state.fields.flatMap((f) => f.findings);
  const count = (severity: Severity) => all.filter((f) => f.severity === severity).length;
  return (
    <div className="ss-cmp" data-testid="compliance-tab">
      <style>{complianceCss}</style>
      <section aria-labelledby="ss-cmp-findings">
        <h3 id="ss-cmp-findings">{t('cmp.tab.findings')}</h3>
        {state.status === 'loading' ? <p className="ss-cmp-status">{t('cmp.tab.loading')}</p> : null}
        {state.status === 'error' ? <p role="alert">{t('cmp.tab.error', { message: state.error ?? '' })}</p> : null}
        {state.status === 'ready' && state.fields.length === 0 ? <p className="ss-cmp-status">{page.pageType === 'listingEditor' ? t('cmp.tab.clean') : t('cmp.tab.notListing')}</p> : null}
        {state.fields.length > 0 ? (
          <p className="ss-cmp-summary" data-testid="compliance-summary">
            {t('cmp.tab.summary', { block: count('block'), warn: count('warn'), info: count('info') })}
          </p>
        ) : null}
      </section>
      {state.fields.map((field) => (
        <FieldFindings key={field.key} field={field} store={store} />
      ))}
      <section aria-labelledby="ss-cmp-completeness">
        <h3 id="ss-cmp-completeness">{t('cmp.tab.completeness')}</h3>
        <Completeness page={page} store={store} />
      </section>
      <AllowedHere page={page} />
    </div>
  );
}

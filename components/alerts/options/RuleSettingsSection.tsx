import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ALERT_RULES } from '../../../lib/alerts/rules/index';
import { DEFAULT_THRESHOLDS } from '../../../lib/alerts/defaults';
import {
  ALERT_SETTING_KEYS,
  ALL_STORES,
  EMPTY_STORE_RULES,
  readRuleSettings,
  ruleSettingsSchema,
  storeRules,
  type RuleSettings,
  type StoreRuleSettings,
} from '../../../lib/alerts/settings-rows';
import { THRESHOLD_META, type ThresholdUnit } from '../../../lib/alerts/thresholds';
import type { AlertRule, AlertThresholds } from '../../../lib/alerts/types';
import { extensionDb } from '../../../lib/db/instance';
import { formatIssues } from '../../../lib/messaging/define';
import { useLang, useT } from '../../common/i18n';
import { OutcomeMessage, type Outcome } from '../../options/OutcomeMessage';

/** Shares and points are typed as percentages; everything else as it is. */
const asPercent = (unit: ThresholdUnit) => unit === 'share' || unit === 'points';
const shown = (key: keyof AlertThresholds, value: number) => (asPercent(THRESHOLD_META[key].unit) ? String(Math.round(value * 10_000) / 100) : String(value));
const unitLabel = (unit: ThresholdUnit, t: ReturnType<typeof useT>) => t(`options.rules.unit.${unit}`);

type Drafts = Partial<Record<keyof AlertThresholds, string>>;

function RuleRow({
  rule,
  own,
  inherited,
  drafts,
  onToggle,
  onDraft,
}: {
  rule: AlertRule;
  own: StoreRuleSettings;
  inherited: Partial<AlertThresholds>;
  drafts: Drafts;
  onToggle(on: boolean): void;
  onDraft(key: keyof AlertThresholds, text: string): void;
}) {
  const t = useT();
  const lang = useLang();
  const on = !own.disabledRules.includes(rule.id) && (rule.defaultEnabled !== false || own.enabledRules.includes(rule.id));
  return (
    <li className="rule-setting" data-rule={rule.id}>
      <label className="rule-toggle">
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.target.checked)} /> <strong>{rule.title[lang]}</strong>
        {rule.defaultEnabled === false ? <span className="tag typical"> {t('options.rules.offByDefault')}</span> : null}
      </label>
      <ul className="threshold-list">
        {rule.thresholds.map((key) => {
          const meta = THRESHOLD_META[key];
          const sellerValue = own.thresholds[key] ?? inherited[key];
          const id = `threshold-${rule.id}-${key}`;
          return (
            <li key={key}>
              <label htmlFor={id}>{meta.label[lang]}</label>{' '}
              <input
                id={id}
                inputMode="decimal"
                size={7}
                value={drafts[key] ?? shown(key, sellerValue ?? DEFAULT_THRESHOLDS[key])}
                onChange={(e) => onDraft(key, e.target.value)}
              />{' '}
              <span>{unitLabel(meta.unit, t)}</span>{' '}
              {sellerValue === undefined ? (
                <span className="muted small">{t(meta.source === 'default' ? 'options.rules.default' : 'options.rules.handbook')}</span>
              ) : (
                <span className="muted small">{t('options.rules.yours', { value: shown(key, DEFAULT_THRESHOLDS[key]) })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/**
 * Options → Alerts → Rules: each rule on or off and its thresholds, for all stores or one store.
 * Shipped values are labelled as defaults the seller can change (the handbook gives none of them).
 */
export function RuleSettingsSection() {
  const t = useT();
  const db = extensionDb();
  const stores = useLiveQuery(() => db.stores.toArray(), []) ?? [];
  const saved = useLiveQuery(async () => readRuleSettings((await db.settings.get(ALERT_SETTING_KEYS.ruleSettings))?.value), [], {} as RuleSettings);
  const [store, setStore] = useState<string>(ALL_STORES);
  const [pending, setPending] = useState<StoreRuleSettings | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [message, setMessage] = useState<Outcome>(null);

  const inherited = store === ALL_STORES ? {} : storeRules(saved, undefined).thresholds;
  const own: StoreRuleSettings = pending ?? saved[store] ?? (store === ALL_STORES ? EMPTY_STORE_RULES : { ...storeRules(saved, undefined), thresholds: {} });

  const toggle = (rule: AlertRule, on: boolean) => {
    const without = (ids: readonly string[]) => ids.filter((id) => id !== rule.id);
    const next: StoreRuleSettings = { ...own, disabledRules: without(own.disabledRules), enabledRules: without(own.enabledRules) };
    if (!on) next.disabledRules = [...next.disabledRules, rule.id];
    else if (rule.defaultEnabled === false) next.enabledRules = [...next.enabledRules, rule.id];
    setPending(next);
  };

  const save = async () => {
    const thresholds: Record<string, number> = { ...own.thresholds };
    for (const [key, text] of Object.entries(drafts) as [keyof AlertThresholds, string][]) {
      const typed = text.trim().replace(',', '.').replace('%', '');
      if (typed === '') {
        delete thresholds[key];
        continue;
      }
      const number = Number(typed);
      const value = asPercent(THRESHOLD_META[key].unit) ? number / 100 : number;
      // A value typed back to the default is no longer the seller's own.
      if (value === DEFAULT_THRESHOLDS[key] && inherited[key] === undefined) delete thresholds[key];
      else thresholds[key] = value;
    }
    const next = { ...saved, [store]: { ...own, thresholds } };
    const parsed = ruleSettingsSchema.safeParse(next);
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('options.rules.invalid', { issues: formatIssues(parsed.error).join('; ') }) });
      return;
    }
    await db.settings.put({ key: ALERT_SETTING_KEYS.ruleSettings, value: parsed.data });
    setPending(null);
    setDrafts({});
    setMessage({ kind: 'ok', text: t('options.rules.saved') });
  };

  const reset = async () => {
    const next = { ...saved };
    delete next[store];
    await db.settings.put({ key: ALERT_SETTING_KEYS.ruleSettings, value: next });
    setPending(null);
    setDrafts({});
    setMessage({ kind: 'ok', text: t('options.rules.resetDone') });
  };

  return (
    <section aria-labelledby="opt-alert-rules">
      <h2 id="opt-alert-rules">{t('options.rules')}</h2>
      <p className="muted">{t('options.rules.intro')}</p>
      <label>
        {t('options.rules.store')}{' '}
        <select
          value={store}
          onChange={(e) => {
            setStore(e.target.value);
            setPending(null);
            setDrafts({});
            setMessage(null);
          }}
        >
          <option value={ALL_STORES}>{t('options.rules.allStores')}</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.platform})
            </option>
          ))}
        </select>
      </label>
      <ul className="rule-settings">
        {ALERT_RULES.map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            own={own}
            inherited={inherited}
            drafts={drafts}
            onToggle={(on) => toggle(rule, on)}
            onDraft={(key, text) => setDrafts({ ...drafts, [key]: text })}
          />
        ))}
      </ul>
      <div className="row">
        <button type="button" onClick={() => void save()}>
          {t('options.rules.save')}
        </button>
        <button type="button" onClick={() => void reset()}>
          {t(store === ALL_STORES ? 'options.rules.reset' : 'options.rules.resetStore')}
        </button>
      </div>
      <OutcomeMessage outcome={message} />
    </section>
  );
}

import type { Bridge } from '../../../components/common/live';
import type { TableName } from '../../../lib/db/tables';
import type { SnapshotRow } from '../../../lib/db/types';
import { ruleById } from '../../../lib/alerts/rules/index';
import type { AlertView } from '../../../lib/messaging/alerts';
import { linkedTask } from '../../../lib/playbooks/task-link';

/** A background stand-in holding alerts and snapshots, answering the alerts messages as the real handlers do. */
export function fakeBridge(alerts: AlertView[], history: SnapshotRow[] = []) {
  const listeners = new Set<(tables: TableName[]) => void>();
  const calls: { type: string; payload: unknown }[] = [];
  // As the background's openAlerts does: each alert carries its rule's playbook task.
  const withTask: AlertView[] = alerts.map((alert) => ({ ...alert, task: linkedTask(ruleById(alert.ruleId)?.playbookTask) }));
  const state = { alerts: withTask, runs: [] as { run: { templateId: string; name: string; productId?: string } }[] };
  const send = (async (type: string, payload: Record<string, unknown>) => {
    calls.push({ type, payload });
    if (type === 'alerts/open') return state.alerts.filter((a) => a.status === 'open' && a.platform === payload.platform);
    if (type === 'alerts/history') return history.filter((s) => s.productId === payload.productId);
    if (type === 'alerts/act') {
      const alert = state.alerts.find((a) => a.id === payload.id)!;
      const next = { ...alert, status: payload.action === 'acknowledge' ? 'acknowledged' : 'snoozed' } as AlertView;
      state.alerts = state.alerts.map((a) => (a.id === next.id ? next : a));
      for (const listener of listeners) listener(['alerts']);
      return next;
    }
    if (type === 'playbooks/runs') return state.runs;
    if (type === 'playbooks/start') {
      const run = { ...(payload as object), id: `run-${state.runs.length + 1}`, archived: false, templateVersion: 1, createdAt: 1 } as unknown as { templateId: string; name: string };
      state.runs.push({ run });
      for (const listener of listeners) listener(['runs']);
      return run;
    }
    throw new Error(`unexpected ${type}`);
  }) as Bridge['send'];
  const bridge: Bridge = {
    send,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { bridge, calls, state };
}

export const lipstickAlert: AlertView = {
  id: 7,
  platform: 'taobao',
  productId: '742198305561',
  productTitle: '花漾丝绒雾面哑光口红 #316枫叶红',
  productListedDate: '2026-11-05',
  storeId: 'taobao:花漾美妆旗舰店',
  ruleId: 'low-conversion-promotion',
  status: 'open',
  severity: 'high',
  evidence: { metric: 'conversionRate', value: 0.0095, benchmark: 0.03, benchmarkSource: 'category-typical', period: '2026-11-20' },
  firstPeriod: '2026-11-16',
  lastPeriod: '2026-11-20',
  seenCount: 5,
  updatedAt: 1,
};

export const maskAlert: AlertView = {
  id: 8,
  platform: 'taobao',
  productId: '658823107342',
  productTitle: '花漾玻尿酸补水保湿面膜 20片装',
  storeId: 'taobao:花漾美妆旗舰店',
  ruleId: 'traffic-drop',
  status: 'open',
  severity: 'medium',
  evidence: { metric: 'visitors', value: 336, baseline: 801, period: '2026-11-20', extra: { drop: 0.58, baselineDays: 7 } },
  firstPeriod: '2026-11-19',
  lastPeriod: '2026-11-20',
  seenCount: 2,
  updatedAt: 1,
};

export function lipstickHistory(): SnapshotRow[] {
  return ['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20'].map((period, i) => ({
    platform: 'taobao',
    productId: '742198305561',
    period,
    currency: 'CNY',
    metrics: { visitors: 250 + i * 10, conversionRate: i === 2 ? null : 0.009 + i * 0.0005 },
    source: 'https://sycm.taobao.com/cc/item_rank',
    capturedAt: 1,
  }));
}

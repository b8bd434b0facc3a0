import type { MessageType, RequestOf } from './protocol';

/**
 * Who may send each message. `seller-page`: the content script on a seller page (and the extension's
 * own pages); `extension`: the options page and popup only, so a compromised or forged content script
 * can't switch packs off, delete runs, import lists or list deleted runs. A function decides per request.
 * Every message must be listed: tsc refuses a new message until its sender is decided here.
 */
type Access<K extends MessageType> = 'seller-page' | 'extension' | ((request: RequestOf<K>) => 'seller-page' | 'extension');

export const MESSAGE_ACCESS: { [K in MessageType]: Access<K> } = {
  'page/settings': 'seller-page',
  'sidebar/set': 'seller-page',
  'store/seen': 'seller-page',
  'playbooks/templates': 'seller-page',
  'playbooks/start': 'seller-page',
  // The sidebar lists the live, unarchived runs; the archive and the undo list of deleted runs are the options page's.
  'playbooks/runs': (request) => (request.deleted || request.includeArchived ? 'extension' : 'seller-page'),
  'playbooks/run': 'seller-page',
  'playbooks/task/set': 'seller-page',
  'playbooks/archive': 'extension',
  // Renaming a run and moving its key dates is Options → Runs' (a shared run's change reaches the whole team).
  'playbooks/edit': 'extension',
  'playbooks/delete': 'extension',
  'playbooks/restore': 'extension',
  'playbooks/upgrade': 'seller-page',
  'playbooks/auto-check': 'seller-page',
  'compliance/matcher': 'seller-page',
  'compliance/store': 'seller-page',
  'compliance/pack/set': 'extension',
  'compliance/allow/add': 'seller-page',
  'compliance/allow/remove': 'seller-page',
  'compliance/custom/remove': 'extension',
  'compliance/import': 'extension',
  'metrics/capture': 'seller-page',
  'metrics/campaign': 'seller-page',
  'metrics/store-day': 'seller-page',
  'alerts/open': 'seller-page',
  'alerts/history': 'seller-page',
  'alerts/act': 'seller-page',
  'alerts/coverage': 'seller-page',
  // Joining and leaving (server address, invite code) only from Options → Team; the sidebar shares and assigns.
  'team/status': 'seller-page',
  'team/join': 'extension',
  'team/leave': 'extension',
  'team/share': 'seller-page',
  'team/owner': 'seller-page',
  'team/handoffs': 'seller-page',
  'team/handoffs/seen': 'seller-page',
  // Opens our own options page on a run; it changes nothing and reveals nothing to the page.
  'review/open': 'seller-page',
};

export function accessOf<K extends MessageType>(type: K, request: RequestOf<K>): 'seller-page' | 'extension' {
  const access = MESSAGE_ACCESS[type] as Access<K>;
  return typeof access === 'function' ? access(request) : access;
}

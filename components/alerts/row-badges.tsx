import { createRoot, type Root } from 'react-dom/client';
import { ruleById } from '../../lib/alerts/rules/index';
import type { Lang } from '../../lib/i18n';
import { translate } from '../../lib/i18n';
import type { AlertView } from '../../lib/messaging/alerts';
import { LangProvider } from '../common/i18n';
import { BridgeProvider, type Bridge } from '../common/live';
import { shieldFromPage } from '../common/trusted';
import { AlertPopover } from './AlertPopover';
import alertsCss from './alerts.css?inline';
import { bySeverity } from './format';

/**
 * Badges in the page's own product rows. Each badge is a tiny host element carrying the contract
 * attributes (`data-sidekick-badge`, `data-product-id`, `data-rule`) with an open shadow root inside,
 * so page CSS can't break it and ours can't leak. `sync` is called after every scrape: it re-finds
 * rows, so a badge follows its row through re-sorts, re-renders and virtual scrolling.
 */
export const BADGE_TAG = 'sidekick-badge';
export const POPOVER_TAG = 'sidekick-popover';

const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 0 2px 6px; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; cursor: pointer;
  font: 600 11px/18px -apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  height: 20px; padding: 0 7px; border-radius: 10px; color: #fff; background: #d97706; white-space: nowrap; max-width: 220px;
  overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 2px rgba(0,0,0,.15); }
button[data-severity='high'] { background: #dc2626; }
button[data-severity='low'] { background: #2563eb; }
button:focus-visible { outline: 2px solid #111827; outline-offset: 1px; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: #fff; flex: none; }
`;

const POPOVER_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
* { box-sizing: border-box; }
.ss-popover { width: 340px; max-height: min(560px, calc(100vh - 16px)); overflow: auto; background: #fff; color: #1f2937;
  border: 1px solid #e5e7eb; border-radius: 8px; box-shadow: 0 12px 32px rgba(15,23,42,.18); padding: 10px;
  font: 13px/1.45 -apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; }
.ss-popover:focus { outline: none; }
.ss-popover-head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
.ss-popover-product { flex: 1; min-width: 0; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ss-popover-close { all: unset; cursor: pointer; font-size: 18px; line-height: 18px; width: 22px; text-align: center; border-radius: 4px; color: #6b7280; }
.ss-popover-close:hover, .ss-popover-close:focus-visible { background: #f3f4f6; color: #111827; }
${alertsCss}
`;

/** The cell a badge goes into: the row's first cell (product title/id), else the row itself. */
function anchorCell(row: Element): Element {
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === BADGE_TAG.toUpperCase()) continue;
    const role = child.getAttribute('role');
    if (child.tagName === 'TD' || child.tagName === 'TH' || role === 'cell' || role === 'gridcell' || role === 'rowheader' || row.tagName !== 'TR') return child;
  }
  return row;
}

interface Badge {
  host: HTMLElement;
  button: HTMLButtonElement;
  label: HTMLSpanElement;
  alertId: number;
}

export interface RowBadgesOptions {
  doc: Document;
  bridge: Bridge;
  lang(): Lang;
  /** Finds a product's row again when the one last scraped has left the page. */
  findRow(productId: string): Element | null;
}

export interface RowBadges {
  /** Puts one badge per open alert into its product's row, moves badges whose row changed, removes the rest. */
  sync(alerts: readonly AlertView[], rows: ReadonlyMap<string, Element>): void;
  /** Whether a node is one of ours (mutations of our own elements must not trigger a re-scrape). */
  owns(node: Node): boolean;
  destroy(): void;
}

export function createRowBadges({ doc, bridge, lang, findRow }: RowBadgesOptions): RowBadges {
  const badges = new Map<number, Badge>();
  let alertsByProduct = new Map<string, AlertView[]>();
  let popover: { host: HTMLElement; root: Root; productId: string; badge: Badge; pinned: boolean } | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let returningFocus = false;

  const cancelClose = () => clearTimeout(closeTimer);
  const scheduleClose = () => {
    cancelClose();
    if (popover && !popover.pinned) closeTimer = setTimeout(() => closePopover(false), 250);
  };

  function closePopover(returnFocus: boolean) {
    cancelClose();
    if (!popover) return;
    const { host, root, badge } = popover;
    popover = null;
    badge.button.setAttribute('aria-expanded', 'false');
    host.remove();
    // Closing may come from inside the popover's own event handler: unmount once React is done with it.
    setTimeout(() => root.unmount(), 0);
    doc.removeEventListener('pointerdown', onOutside, true);
    if (returnFocus && badge.host.isConnected) {
      // Focus coming back to the badge must not open the popover again.
      returningFocus = true;
      badge.button.focus();
      returningFocus = false;
    }
  }

  function onOutside(event: Event) {
    if (!popover) return;
    const path = event.composedPath();
    if (path.includes(popover.host) || path.includes(popover.badge.host)) return;
    closePopover(false);
  }

  function place(host: HTMLElement, anchor: Element) {
    const rect = anchor.getBoundingClientRect();
    const width = 340;
    const left = Math.max(8, Math.min(rect.left, doc.documentElement.clientWidth - width - 8));
    const below = rect.bottom + 6;
    const fitsBelow = below + 320 < doc.documentElement.clientHeight;
    host.style.setProperty('left', `${left}px`, 'important');
    if (fitsBelow) host.style.setProperty('top', `${below}px`, 'important');
    else host.style.setProperty('top', `${Math.max(8, rect.top - 6 - Math.min(560, doc.documentElement.clientHeight - 16))}px`, 'important');
  }

  function renderPopover(takeFocus: boolean) {
    if (!popover) return;
    const { productId, badge } = popover;
    const list = alertsByProduct.get(productId) ?? [];
    const ordered = [...list.filter((a) => a.id === badge.alertId), ...list.filter((a) => a.id !== badge.alertId)];
    popover.root.render(
      <LangProvider lang={lang()}>
        <BridgeProvider bridge={bridge}>
          <AlertPopover alerts={ordered} takeFocus={takeFocus} onClose={closePopover} />
        </BridgeProvider>
      </LangProvider>,
    );
  }

  function openPopover(badge: Badge, productId: string, how: 'hover' | 'focus' | 'click') {
    cancelClose();
    if (popover && popover.badge === badge) {
      if (how === 'click') popover.pinned = true;
      return;
    }
    closePopover(false);
    const host = doc.createElement(POPOVER_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = POPOVER_CSS;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    shieldFromPage(shadow);
    host.addEventListener('mouseenter', cancelClose);
    host.addEventListener('mouseleave', scheduleClose);
    (doc.body ?? doc.documentElement).append(host);
    place(host, badge.host);
    popover = { host, root: createRoot(mount), productId, badge, pinned: how !== 'hover' };
    badge.button.setAttribute('aria-expanded', 'true');
    doc.addEventListener('pointerdown', onOutside, true);
    renderPopover(how !== 'hover');
  }

  function createBadge(alert: AlertView, productId: string): Badge {
    const host = doc.createElement(BADGE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    const dot = doc.createElement('span');
    dot.className = 'dot';
    const label = doc.createElement('span');
    button.append(dot, label);
    shadow.append(style, button);
    shieldFromPage(shadow);
    const badge: Badge = { host, button, label, alertId: alert.id };
    button.addEventListener('mouseenter', () => openPopover(badge, productId, 'hover'));
    button.addEventListener('mouseleave', scheduleClose);
    button.addEventListener('focus', () => returningFocus || openPopover(badge, productId, 'focus'));
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      openPopover(badge, productId, 'click');
    });
    return badge;
  }

  function describe(badge: Badge, alert: AlertView, productId: string) {
    const rule = ruleById(alert.ruleId);
    const title = rule ? rule.title[lang()] : alert.ruleId;
    badge.host.setAttribute('data-sidekick-badge', '');
    badge.host.setAttribute('data-product-id', productId);
    badge.host.setAttribute('data-rule', alert.ruleId);
    badge.host.setAttribute('data-severity', alert.severity);
    badge.button.setAttribute('data-severity', alert.severity);
    badge.button.setAttribute('aria-label', translate(lang(), 'alerts.badge', { rule: title }));
    badge.button.title = title;
    // The row has little room: the badge says it in two or three words, the popover says the rest.
    const text = rule ? rule.short[lang()] : title;
    if (badge.label.textContent !== text) badge.label.textContent = text;
  }

  return {
    sync(alerts, rows) {
      alertsByProduct = new Map();
      for (const alert of [...alerts].sort(bySeverity)) {
        if (!alert.productId) continue;
        const list = alertsByProduct.get(alert.productId);
        if (list) list.push(alert);
        else alertsByProduct.set(alert.productId, [alert]);
      }
      const keep = new Set<number>();
      for (const [productId, list] of alertsByProduct) {
        let row = rows.get(productId);
        if (!row?.isConnected) row = findRow(productId) ?? undefined;
        if (!row) continue;
        const cell = anchorCell(row);
        for (const alert of list) {
          keep.add(alert.id);
          let badge = badges.get(alert.id);
          if (!badge) {
            badge = createBadge(alert, productId);
            badges.set(alert.id, badge);
          }
          describe(badge, alert, productId);
          if (badge.host.parentElement !== cell) cell.append(badge.host);
        }
      }
      for (const [id, badge] of badges) {
        if (keep.has(id)) continue;
        if (popover?.badge === badge) closePopover(false);
        badge.host.remove();
        badges.delete(id);
      }
      // Copies a page made of a row (cloneNode keeps light-DOM attributes, not our shadow roots).
      for (const stray of Array.from(doc.querySelectorAll(BADGE_TAG))) {
        if (![...badges.values()].some((b) => b.host === stray)) stray.remove();
      }
      if (popover) {
        if (!popover.badge.host.isConnected) closePopover(false);
        else renderPopover(false);
      }
    },
    owns(node) {
      const name = node.nodeName.toLowerCase();
      if (name === BADGE_TAG || name === POPOVER_TAG) return true;
      return node.parentNode !== null && (node.parentNode.nodeName.toLowerCase() === BADGE_TAG);
    },
    destroy() {
      closePopover(false);
      for (const badge of badges.values()) badge.host.remove();
      badges.clear();
    },
  };
}

import type { Lang } from '../../i18n/lang';
import { translate } from '../../i18n';
import type { Finding } from '../matcher';
import { popoverPlacement, type Box } from './geometry';
import { suggestionAction } from './replace';

/**
 * The marks' layer: one `<seller-sidekick-marks>` element per page with an open shadow root, fixed over
 * the viewport and letting every click through except on the marks. Each field gets a clip box at its
 * visible padding box, so marks scroll out of sight with the field's own text. Built with DOM calls and
 * textContent only: text from the page is never parsed as HTML.
 */

export const MARKS_HOST = 'seller-sidekick-marks';

const STYLE = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
[data-sidekick-mark] { position: absolute; pointer-events: auto; cursor: pointer; box-sizing: border-box; outline: none; background-repeat: repeat-x; background-position: left bottom; background-size: 6px 3px; }
[data-sidekick-mark][data-severity="block"] { --c: #d4380d; }
[data-sidekick-mark][data-severity="warn"] { --c: #d48806; }
[data-sidekick-mark][data-severity="info"] { --c: #1677ff; }
[data-sidekick-mark] { background-image: linear-gradient(135deg, transparent 45%, var(--c) 45% 60%, transparent 60%), linear-gradient(45deg, transparent 45%, var(--c) 45% 60%, transparent 60%); }
[data-sidekick-mark]:hover, [data-sidekick-mark]:focus-visible, [data-sidekick-mark][aria-expanded="true"] { background-color: color-mix(in srgb, var(--c) 30%, transparent); }
[data-sidekick-mark]:focus-visible { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--c); }
.seg { position: absolute; background: inherit; background-image: inherit; background-size: inherit; background-position: inherit; background-repeat: inherit; }
.popover { position: fixed; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); background: #fff; color: #1f1f1f; border: 1px solid #d9d9d9; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px; font: 13px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; pointer-events: auto; }
.popover[hidden] { display: none; }
.popover h2 { margin: 0 0 4px; font-size: 15px; font-weight: 600; display: flex; gap: 8px; align-items: center; }
.sev { font-size: 11px; font-weight: 600; border-radius: 4px; padding: 0 6px; color: #fff; }
.sev.block { background: #d4380d; } .sev.warn { background: #ad6800; } .sev.info { background: #0958d9; }
.why { margin: 6px 0; }
.source { margin: 0 0 8px; color: #595959; font-size: 12px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button { font: inherit; font-size: 12px; border-radius: 4px; border: 1px solid #d9d9d9; background: #fff; color: #1f1f1f; padding: 3px 8px; cursor: pointer; }
button.replace { border-color: #1677ff; color: #0958d9; }
button:hover { background: #f5f5f5; }
button:focus-visible { outline: 2px solid #1677ff; outline-offset: 1px; }
.muted { color: #8c8c8c; font-size: 12px; }
`;

export interface MarkSpec {
  /** Stable while the finding stands: field key + offsets + term. */
  id: string;
  finding: Finding;
  fieldKey: string;
  boxes: Box[];
}

export interface PopoverActions {
  replace(spec: MarkSpec, replacement: string): void;
  ignore(spec: MarkSpec): void;
  allow(spec: MarkSpec): void;
}

export class MarksOverlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly #layers = new Map<string, HTMLDivElement>();
  readonly #popover: HTMLDivElement;
  #open: { spec: MarkSpec; mark: HTMLElement; pinned: boolean } | null = null;
  /**
   * The mark whose popover the seller closed with Escape: focus going back to it (ours, right after
   * Escape, or the seller's Shift+Tab from the popover) must not open it again. It opens again when
   * the seller asks (click, Enter or Space, the pointer entering it) or once focus has left the mark.
   */
  #dismissed: HTMLElement | null = null;
  #closeTimer = 0;
  lang: Lang = 'en';

  constructor(
    doc: Document,
    private readonly actions: PopoverActions,
  ) {
    this.host = doc.createElement(MARKS_HOST);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.#popover = doc.createElement('div');
    this.#popover.className = 'popover';
    this.#popover.setAttribute('role', 'dialog');
    this.#popover.hidden = true;
    this.#popover.addEventListener('mouseenter', () => clearTimeout(this.#closeTimer));
    this.#popover.addEventListener('mouseleave', () => this.#scheduleClose());
    this.#popover.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const mark = this.#open?.mark;
      this.#dismiss();
      mark?.focus();
    });
    this.#popover.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !this.root.contains(next)) this.#scheduleClose();
    });
    this.root.append(style, this.#popover);
    this.attach();
  }

  /** (Re)attaches the layer to the document; pages that rebuild their DOM may throw it out. */
  attach(): void {
    if (!this.host.isConnected) this.host.ownerDocument.documentElement.append(this.host);
  }

  /** The clip box of one field (by an id unique per watched element), placed at its visible padding box, or hidden. */
  placeLayer(layerId: string, box: Box | null): HTMLDivElement {
    let layer = this.#layers.get(layerId);
    if (!layer) {
      layer = this.host.ownerDocument.createElement('div');
      layer.className = 'clip';
      this.root.insertBefore(layer, this.#popover);
      this.#layers.set(layerId, layer);
    }
    if (!box || box.width <= 0 || box.height <= 0) {
      layer.hidden = true;
      return layer;
    }
    layer.hidden = false;
    layer.style.left = `${box.left}px`;
    layer.style.top = `${box.top}px`;
    layer.style.width = `${box.width}px`;
    layer.style.height = `${box.height}px`;
    return layer;
  }

  removeLayer(layerId: string): void {
    const layer = this.#layers.get(layerId);
    if (!layer) return;
    if (this.#open && layer.contains(this.#open.mark)) this.close();
    layer.remove();
    this.#layers.delete(layerId);
  }

  /** Puts the layer's marks in line with `specs`, reusing elements so a focused or hovered mark survives a re-render. */
  renderMarks(layerId: string, specs: readonly MarkSpec[]): void {
    const layer = this.#layers.get(layerId);
    if (!layer) return;
    const existing = new Map<string, HTMLElement>();
    for (const child of [...layer.children] as HTMLElement[]) existing.set(child.dataset.id ?? '', child);
    const doc = this.host.ownerDocument;
    for (const spec of specs) {
      const [first, ...rest] = spec.boxes;
      if (!first) continue;
      let mark = existing.get(spec.id);
      existing.delete(spec.id);
      if (!mark) {
        mark = doc.createElement('span');
        mark.dataset.id = spec.id;
        mark.setAttribute('data-sidekick-mark', '');
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute('aria-expanded', 'false');
        this.#wire(mark);
        layer.append(mark);
      }
      mark.dataset.term = spec.finding.term;
      mark.dataset.severity = spec.finding.severity;
      mark.dataset.field = spec.fieldKey;
      mark.dataset.start = String(spec.finding.start);
      mark.setAttribute('aria-label', `${spec.finding.term}: ${translate(this.lang, `cmp.severity.${spec.finding.severity}`)}`);
      (mark as HTMLElement & { sidekickSpec?: MarkSpec }).sidekickSpec = spec;
      Object.assign(mark.style, { left: `${first.left}px`, top: `${first.top}px`, width: `${first.width}px`, height: `${first.height}px` });
      // A finding wrapped over lines: one underline per line, the first one being the mark itself.
      const segments = [...mark.children] as HTMLElement[];
      rest.forEach((box, i) => {
        const seg = segments[i] ?? mark.appendChild(doc.createElement('span'));
        seg.className = 'seg';
        Object.assign(seg.style, { left: `${box.left - first.left}px`, top: `${box.top - first.top}px`, width: `${box.width}px`, height: `${box.height}px` });
      });
      for (const extra of segments.slice(rest.length)) extra.remove();
      if (this.#open?.spec.id === spec.id) {
        this.#open.spec = spec;
        this.#open.mark = mark;
        this.#position();
      }
    }
    for (const [, stale] of existing) {
      if (this.#open?.mark === stale) this.close();
      stale.remove();
    }
  }

  #wire(mark: HTMLElement): void {
    const specOf = () => (mark as HTMLElement & { sidekickSpec?: MarkSpec }).sidekickSpec;
    mark.addEventListener('mouseenter', () => {
      const spec = specOf();
      if (!spec) return;
      // The pointer coming onto the mark is the seller asking again, unlike focus we moved there.
      if (this.#dismissed === mark) this.#dismissed = null;
      this.open(spec, mark, false);
    });
    mark.addEventListener('mouseleave', () => this.#scheduleClose());
    mark.addEventListener('focus', () => {
      const spec = specOf();
      if (spec && this.#dismissed !== mark) this.open(spec, mark, false);
    });
    mark.addEventListener('blur', (event) => {
      const next = event.relatedTarget as Node | null;
      // Focus has left the mark for somewhere else than its popover: the next focus on it opens it as usual.
      if (!next || !this.#popover.contains(next)) {
        if (this.#dismissed === mark) this.#dismissed = null;
        this.#scheduleClose();
      }
    });
    mark.addEventListener('mousedown', (event) => event.preventDefault()); // keep the caret in the field
    mark.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const spec = specOf();
      if (spec) this.open(spec, mark, true);
    });
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const spec = specOf();
        if (spec) this.open(spec, mark, true);
        this.#popover.querySelector('button')?.focus();
      } else if (event.key === 'Tab' && !event.shiftKey && this.#open?.mark === mark) {
        const first = this.#popover.querySelector('button');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === 'Escape') {
        this.#dismiss();
      }
    });
  }

  #scheduleClose(): void {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = window.setTimeout(() => {
      const active = this.root.activeElement;
      if (this.#open?.pinned && active && (this.#popover.contains(active) || active === this.#open.mark)) return;
      if (this.#popover.matches(':hover') || this.#open?.mark.matches(':hover')) return;
      if (active && this.#popover.contains(active)) return;
      this.close();
    }, 250);
  }

  get openMarkId(): string | null {
    return this.#open?.spec.id ?? null;
  }

  /** Escape: closed, and it stays closed while focus stays on (or comes back to) the same mark. */
  #dismiss(): void {
    this.#dismissed = this.#open?.mark ?? null;
    this.close();
  }

  /** `pinned` is an explicit request (click, Enter, Space), which lifts an Escape dismissal. */
  open(spec: MarkSpec, mark: HTMLElement, pinned: boolean): void {
    if (this.#dismissed === mark && !pinned) return;
    this.#dismissed = null;
    clearTimeout(this.#closeTimer);
    if (this.#open?.spec.id === spec.id) {
      this.#open.pinned ||= pinned;
      return;
    }
    this.#open?.mark.setAttribute('aria-expanded', 'false');
    this.#open = { spec, mark, pinned };
    mark.setAttribute('aria-expanded', 'true');
    this.#fillPopover(spec);
    this.#popover.hidden = false;
    this.#position();
  }

  close(): void {
    clearTimeout(this.#closeTimer);
    this.#open?.mark.setAttribute('aria-expanded', 'false');
    this.#open = null;
    this.#popover.hidden = true;
  }

  #position(): void {
    if (!this.#open) return;
    const r = this.#open.mark.getBoundingClientRect();
    const size = { width: this.#popover.offsetWidth, height: this.#popover.offsetHeight };
    const view = this.host.ownerDocument.documentElement;
    const at = popoverPlacement({ left: r.left, top: r.top - 18, width: r.width, height: r.height + 18 }, size, { width: view.clientWidth, height: view.clientHeight });
    this.#popover.style.left = `${at.left}px`;
    this.#popover.style.top = `${at.top}px`;
  }

  #fillPopover(spec: MarkSpec): void {
    const doc = this.host.ownerDocument;
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(this.lang, key, params);
    const { finding } = spec;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const title = el('h2', '');
    title.id = 'ss-mark-title';
    title.append(el('span', '', finding.term), el('span', `sev ${finding.severity}`, t(`cmp.severity.${finding.severity}`)));
    this.#popover.setAttribute('aria-labelledby', 'ss-mark-title');
    const why = el('p', 'why', finding.why[this.lang]);
    const source = el('p', 'source', t('cmp.popover.source', { source: finding.source }));
    const suggestions = el('div', 'row');
    if (finding.suggestions.length === 0) suggestions.append(el('span', 'muted', t('cmp.popover.noSuggestion')));
    for (const suggestion of finding.suggestions) {
      const action = suggestionAction(suggestion);
      if (action.kind === 'advice') {
        suggestions.append(el('span', 'muted', t('cmp.popover.advice', { text: action.text })));
        continue;
      }
      const label = action.kind === 'remove' ? t('cmp.popover.remove') : t('cmp.popover.replace', { text: suggestion });
      const button = el('button', 'replace', label);
      button.type = 'button';
      button.addEventListener('click', () => {
        const current = this.#open?.spec ?? spec;
        this.close();
        this.actions.replace(current, action.kind === 'remove' ? '' : action.insert);
      });
      suggestions.append(button);
    }
    const more = el('div', 'row');
    const ignore = el('button', '', t('cmp.popover.ignore'));
    ignore.type = 'button';
    ignore.addEventListener('click', () => {
      const current = this.#open?.spec ?? spec;
      this.close();
      this.actions.ignore(current);
    });
    const allow = el('button', '', t('cmp.popover.allow', { term: finding.term }));
    allow.type = 'button';
    allow.addEventListener('click', () => {
      const current = this.#open?.spec ?? spec;
      this.close();
      this.actions.allow(current);
    });
    more.append(ignore, allow);
    this.#popover.replaceChildren(title, why, source, suggestions, more);
  }

  destroy(): void {
    this.close();
    this.host.remove();
  }
}

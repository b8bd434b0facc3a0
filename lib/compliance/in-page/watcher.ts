import type { ListingFieldSelectors } from '../../sites/types';
import type { Lang } from '../../i18n/lang';
import { rescanEdited, scanWindow } from '../incremental';
import type { CompiledMatcher, Finding } from '../matcher';
import { discoverFields, editableRootOf, fieldKey, fieldLabel, isCheckable, isTextField, type FieldRole, type WatchedField } from './fields';
import type { ComplianceStore, FieldReport } from './findings-store';
import { underlineBoxes, type Box } from './geometry';
import { debounceAfter, MIN_DEBOUNCE_MS } from './debounce';
import { readListingDraft } from './listing-draft';
import { FieldMirror, fieldMetrics } from './mirror';
import { MarksOverlay, type MarkSpec } from './overlay';
import { replaceInField, selectInField, stillThere } from './replace';
import { createRange, readRichText, type RichText } from './text-map';

/**
 * Watches the page's listing fields and underlines what the matcher finds, as the seller types:
 * - fields are found by the adapter's selectors and generically, again whenever the page changes
 *   (throttled MutationObserver), so replaced, late and re-attached fields get their marks back;
 * - a keystroke re-checks only around the edit (debounced); a long field is scanned in slices
 *   between tasks, never in one long task;
 * - marks are measured only for the visible part of a field, in one animation frame per change,
 *   scroll or resize; the field's own DOM and value are never touched except by an explicit replace.
 */

export interface WatcherOptions {
  doc: Document;
  selectors: ListingFieldSelectors | undefined;
  /** On a listing editor every field is watched from the start; elsewhere a field once the seller types in it. */
  listingEditor: boolean;
  store: ComplianceStore;
  allowInStore(text: string): Promise<void>;
  /** Called when the clean / complete state may have changed (debounced by the caller). */
  onReport?(): void;
}

/** How far a rich field's marks were measured when a frame's budget ran out: for these findings, this text and this clip. */
interface RichProgress {
  /** The field's findings and how many of them the seller had ignored when measuring began. */
  source: Finding[];
  ignored: number;
  text: string;
  left: number;
  top: number;
  done: [Finding, Box[]][];
  next: number;
}

interface FieldState {
  el: WatchedField;
  role: FieldRole;
  key: string;
  layerId: string;
  text: string;
  findings: Finding[];
  /** The matcher the findings came from: a new matcher (allow-list, packs) means a full scan. */
  scannedWith: CompiledMatcher | null;
  scanToken: number;
  scanning: boolean;
  rich: RichText | null;
  mirror: FieldMirror | null;
  /** A rich field's marks measured so far when the frame budget ran out: the next frame goes on from there. */
  richProgress: RichProgress | null;
  ignored: Set<string>;
  timer: number;
  /** What its last keystroke re-check took (ms; NaN before the first): sets its keystroke debounce (debounceAfter). */
  checkMs: number;
}

/** A field longer than this is scanned in slices of this size, one per task. */
export const SLICE = 20_000;
/** Frame budget for measuring marks; the rest waits for the next frame. */
const FRAME_BUDGET_MS = 8;
const DISCOVERY_THROTTLE_MS = 250;

export interface CheckStats {
  /** Duration of the last keystroke re-check (scan and publish), ms. */
  lastCheckMs: number;
  maxCheckMs: number;
  lastLayoutMs: number;
  maxLayoutMs: number;
  checks: number;
}

let layerCount = 0;

export class ComplianceWatcher {
  readonly overlay: MarksOverlay;
  readonly stats: CheckStats = { lastCheckMs: 0, maxCheckMs: 0, lastLayoutMs: 0, maxLayoutMs: 0, checks: 0 };
  readonly #opts: WatcherOptions;
  readonly #states = new WeakMap<WatchedField, FieldState>();
  readonly #watched = new Set<FieldState>();
  readonly #resize: ResizeObserver;
  readonly #mutations: MutationObserver;
  #matcher: CompiledMatcher | null = null;
  #frame = 0;
  #discoveryTimer = 0;
  #publishTimer = 0;
  #dirtyRich = new Set<FieldState>();
  #stopped = false;

  constructor(opts: WatcherOptions) {
    this.#opts = opts;
    const doc = opts.doc;
    this.overlay = new MarksOverlay(doc, {
      replace: (spec, text) => this.#replace(spec, text),
      ignore: (spec) => this.#ignore(spec),
      allow: (spec) => void this.#allow(spec),
    });
    this.#resize = new ResizeObserver(() => this.scheduleLayout());
    this.#mutations = new MutationObserver((records) => this.#onMutations(records));
    opts.store.onJump((key, finding) => this.#jump(key, finding));
  }

  start(): void {
    const doc = this.#opts.doc;
    doc.addEventListener('input', this.#onInput, true);
    doc.addEventListener('scroll', this.#onScroll, true);
    doc.defaultView?.addEventListener('resize', this.#onScroll);
    this.#observe();
    if (this.#opts.listingEditor) this.#discover();
  }

  #observingAll: boolean | null = null;

  /**
   * The whole document is watched on a listing editor (fields come and go) or while a field is watched
   * (it may leave, or stop being editable); otherwise (an analytics page nobody typed in) only our
   * overlay's place: a virtualized grid rewrites hundreds of cells and row styles a frame, and every
   * record a subtree observer is sent is made inside the page's own task.
   */
  #observe(): void {
    const all = this.#opts.listingEditor || this.#watched.size > 0;
    if (this.#stopped || all === this.#observingAll) return;
    this.#observingAll = all;
    // Observing the same node again replaces this observer's options for it.
    this.#mutations.observe(
      this.#opts.doc.documentElement,
      all ? { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable', 'disabled', 'readonly', 'hidden', 'style', 'class'] } : { childList: true },
    );
  }

  stop(): void {
    this.#stopped = true;
    const doc = this.#opts.doc;
    doc.removeEventListener('input', this.#onInput, true);
    doc.removeEventListener('scroll', this.#onScroll, true);
    doc.defaultView?.removeEventListener('resize', this.#onScroll);
    this.#mutations.disconnect();
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#discoveryTimer);
    clearTimeout(this.#publishTimer);
    for (const state of this.#watched) clearTimeout(state.timer);
    this.overlay.destroy();
  }

  /** A new matcher (first load, packs or allow-list changed): every field is scanned again. */
  setMatcher(matcher: CompiledMatcher, lang: Lang): void {
    this.#matcher = matcher;
    this.overlay.lang = lang;
    this.#opts.store.set({ status: 'ready', lang });
    for (const state of this.#watched) this.#check(state);
  }

  get fields(): readonly FieldState[] {
    return [...this.#watched];
  }

  #onInput = (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    const field = editableRootOf(target as EventTarget);
    if (!field) return;
    let state = this.#states.get(field);
    if (!state || !this.#watched.has(state)) {
      if (!isCheckable(field)) return;
      state = this.#watch(field, null);
    }
    clearTimeout(state.timer);
    const s = state;
    // Before its first keystroke re-check a plain text field waits a frame (reading its value costs nothing and the
    // re-check scans only around the edit); a rich field, whose text is read from its DOM, the full debounce.
    const wait = Number.isNaN(s.checkMs) && isTextField(s.el) ? MIN_DEBOUNCE_MS : debounceAfter(s.checkMs);
    s.timer = window.setTimeout(() => this.#check(s), wait);
  };

  #onScroll = () => this.scheduleLayout();

  #onMutations(records: MutationRecord[]): void {
    let structural = false;
    // With no rich editor watched (an analytics page), no record can be an edit inside one: the batch
    // only needs to tell whether anything besides our overlay changed. A virtualized grid delivers
    // hundreds of records per frame, and editableRootOf reads isContentEditable (a style update) each.
    let richWatched = false;
    for (const state of this.#watched) if (!isTextField(state.el)) richWatched = true;
    for (const record of records) {
      if (record.type === 'childList' && record.target === this.#opts.doc.documentElement && [...record.addedNodes, ...record.removedNodes].every((n) => n === this.overlay.host)) continue;
      if (!richWatched) {
        structural = true;
        break;
      }
      const root = editableRootOf(record.target);
      const state = root ? this.#states.get(root) : undefined;
      if (state && this.#watched.has(state) && !isTextField(state.el)) {
        this.#dirtyRich.add(state);
        if (record.type !== 'childList') continue;
      }
      structural = true;
    }
    if (!this.overlay.host.isConnected) this.overlay.attach();
    if (!structural && this.#dirtyRich.size === 0) return;
    if (this.#discoveryTimer) return;
    this.#discoveryTimer = window.setTimeout(() => {
      this.#discoveryTimer = 0;
      if (this.#stopped) return;
      for (const state of this.#dirtyRich) this.#check(state);
      this.#dirtyRich.clear();
      if (structural) this.#discover();
    }, DISCOVERY_THROTTLE_MS);
  }

  /** Finds new, replaced and re-attached fields; drops the ones that left the page. */
  #discover(): void {
    for (const state of [...this.#watched]) {
      if (!state.el.isConnected || !isCheckable(state.el)) this.#unwatch(state);
      else if (isTextField(state.el) && state.el.value !== state.text) this.#check(state);
    }
    if (!this.#opts.listingEditor) return;
    for (const [el, role] of discoverFields(this.#opts.doc, this.#opts.selectors)) {
      const state = this.#states.get(el);
      if (!state || !this.#watched.has(state)) this.#watch(el, role);
    }
  }

  #watch(el: WatchedField, role: FieldRole): FieldState {
    let state = this.#states.get(el);
    if (!state) {
      state = {
        el,
        role,
        key: fieldKey(el, role),
        layerId: `f${++layerCount}`,
        text: '',
        findings: [],
        scannedWith: null,
        scanToken: 0,
        scanning: false,
        rich: null,
        mirror: null,
        richProgress: null,
        ignored: new Set(),
        timer: 0,
        checkMs: NaN,
      };
      this.#states.set(el, state);
    }
    // Back on the page (re-attached): scan again, since its text may have changed while it was away.
    state.scannedWith = null;
    this.#watched.add(state);
    this.#observe();
    this.#resize.observe(el);
    this.#check(state);
    return state;
  }

  #unwatch(state: FieldState): void {
    this.#watched.delete(state);
    this.#observe();
    this.#resize.unobserve(state.el);
    clearTimeout(state.timer);
    state.scanToken++;
    state.mirror?.remove();
    state.mirror = null;
    this.overlay.removeLayer(state.layerId);
    this.#publish();
  }

  #readText(state: FieldState): string {
    if (isTextField(state.el)) return state.el.value;
    state.rich = readRichText(state.el);
    return state.rich.text;
  }

  /** Re-checks one field: around the edit when the matcher is the same, else in full (sliced when long). */
  #check(state: FieldState): void {
    const matcher = this.#matcher;
    if (!matcher || this.#stopped || !this.#watched.has(state)) return;
    const started = performance.now();
    const text = this.#readText(state);
    if (state.scannedWith === matcher && text === state.text && !state.scanning) {
      this.scheduleLayout();
      return;
    }
    if (state.scannedWith === matcher && !state.scanning) {
      state.findings = rescanEdited(matcher, state.text, state.findings, text);
      state.text = text;
      // What a keystroke's re-check costs this field (read and rescan), for its debounce; a full scan says nothing about it.
      state.checkMs = performance.now() - started;
    } else if (text.length <= SLICE) {
      state.findings = matcher.scan(text);
      state.text = text;
      state.scannedWith = matcher;
      state.scanning = false;
    } else {
      this.#scanInSlices(state, matcher, text);
      return;
    }
    const took = performance.now() - started;
    this.stats.lastCheckMs = took;
    this.stats.maxCheckMs = Math.max(this.stats.maxCheckMs, took);
    this.stats.checks++;
    this.#publish();
    this.scheduleLayout();
  }

  /** A long field's first scan: one slice per task, so the page never waits on us for long. */
  #scanInSlices(state: FieldState, matcher: CompiledMatcher, text: string): void {
    const token = ++state.scanToken;
    state.scanning = true;
    const found: Finding[] = [];
    let from = 0;
    const step = () => {
      if (token !== state.scanToken || this.#stopped) return;
      const started = performance.now();
      const to = Math.min(text.length, from + SLICE);
      found.push(...scanWindow(matcher, text, from, to));
      from = to;
      this.stats.maxCheckMs = Math.max(this.stats.maxCheckMs, performance.now() - started);
      if (from < text.length) {
        window.setTimeout(step, 0);
        return;
      }
      state.scanning = false;
      state.findings = found;
      state.text = text;
      state.scannedWith = matcher;
      // Typed into while we were scanning: catch up around the edit.
      if (this.#readText(state) !== text) this.#check(state);
      this.#publish();
      this.scheduleLayout();
    };
    step();
  }

  /** Tells the Compliance tab, at most once per frame-ish. */
  #publish(): void {
    if (this.#publishTimer) return;
    this.#publishTimer = window.setTimeout(() => {
      this.#publishTimer = 0;
      const fields: FieldReport[] = [];
      for (const state of this.#watched) {
        const findings = this.#visibleFindings(state);
        if (findings.length === 0 && !state.scanning) continue;
        fields.push({ key: state.key, label: fieldLabel(state.el) || state.key, role: state.role, findings, scanning: state.scanning });
      }
      const draft = this.#opts.listingEditor ? readListingDraft(this.#opts.doc, this.#opts.selectors) : null;
      this.#opts.store.set({ fields, draft });
      this.#opts.onReport?.();
    }, 50);
  }

  #visibleFindings(state: FieldState): Finding[] {
    if (state.ignored.size === 0) return state.findings;
    return state.findings.filter((f) => !state.ignored.has(f.term));
  }

  scheduleLayout(): void {
    if (this.#frame || this.#stopped) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#layout();
    });
  }

  #layout(): void {
    const started = performance.now();
    const deadline = started + FRAME_BUDGET_MS;
    const view = this.#opts.doc.documentElement;
    let unfinished = false;
    for (const state of this.#watched) {
      const el = state.el;
      const rect = el.getBoundingClientRect();
      const clip: Box = { left: rect.left + el.clientLeft, top: rect.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
      const onScreen = clip.width > 0 && clip.height > 0 && clip.left < view.clientWidth && clip.top < view.clientHeight && clip.left + clip.width > 0 && clip.top + clip.height > 0;
      const findings = this.#visibleFindings(state);
      this.overlay.placeLayer(state.layerId, onScreen && findings.length > 0 ? clip : null);
      if (!onScreen || findings.length === 0) {
        this.overlay.renderMarks(state.layerId, []);
        continue;
      }
      const boxes = isTextField(el) ? this.#measureTextField(state, el, findings, deadline) : this.#measureRich(state, findings, clip, deadline);
      if (boxes === null) {
        unfinished = true;
        continue;
      }
      this.overlay.renderMarks(state.layerId, this.#markSpecs(state, boxes));
    }
    const took = performance.now() - started;
    this.stats.lastLayoutMs = took;
    this.stats.maxLayoutMs = Math.max(this.stats.maxLayoutMs, took);
    if (unfinished) this.scheduleLayout();
  }

  /** Underline boxes of the findings that show in an input/textarea's visible window; null when the mirror needs more frames. */
  #measureTextField(state: FieldState, el: HTMLInputElement | HTMLTextAreaElement, findings: Finding[], deadline: number): [Finding, Box[]][] | null {
    state.mirror ??= new FieldMirror(this.overlay.root);
    const metrics = fieldMetrics(el);
    state.mirror.sync(el, metrics);
    if (!state.mirror.layout(state.text, deadline)) return null;
    const clipSize = { width: el.clientWidth, height: el.clientHeight };
    const offset = { x: metrics.paddingLeft - el.scrollLeft, y: metrics.paddingTop - (metrics.multiline ? el.scrollTop : 0) };
    let candidates = findings;
    const byChunk = new Map<number, Finding[]>();
    if (metrics.multiline) {
      const [first, last] = state.mirror.visibleChunks(el.scrollTop, el.scrollTop + metrics.contentHeight);
      candidates = findings.filter((f) => {
        const chunk = state.mirror!.chunkOf(f.start);
        return chunk >= first && chunk <= last;
      });
    }
    for (const f of candidates) {
      const chunk = state.mirror.chunkOf(f.start);
      const list = byChunk.get(chunk) ?? [];
      list.push(f);
      byChunk.set(chunk, list);
    }
    const result: [Finding, Box[]][] = [];
    for (const [chunk, list] of byChunk) {
      const rects = state.mirror.measure(chunk, list.map((f) => [f.start, f.end]), metrics);
      list.forEach((f, i) => {
        const boxes = underlineBoxes(rects[i]!, offset, clipSize);
        if (boxes.length > 0) result.push([f, boxes]);
      });
    }
    return result;
  }

  #measureRich(state: FieldState, findings: Finding[], clip: Box, deadline: number): [Finding, Box[]][] | null {
    if (!state.rich || state.rich.nodes.some((n) => !n.isConnected)) state.rich = readRichText(state.el);
    if (state.rich.text !== state.text) {
      // Edited since the last check (a check is pending): measure again once it has run.
      this.#dirtyRich.add(state);
      return [];
    }
    // Go on from where the last frame's budget ran out, unless what was measured has moved or changed since.
    const last = state.richProgress;
    const resume = last !== null && last.source === state.findings && last.ignored === state.ignored.size && last.text === state.text && last.left === clip.left && last.top === clip.top;
    const progress: RichProgress = resume ? last : { source: state.findings, ignored: state.ignored.size, text: state.text, left: clip.left, top: clip.top, done: [], next: 0 };
    state.richProgress = null;
    const start = progress.next;
    while (progress.next < findings.length) {
      // At least one finding per frame, so a slow machine still gets every mark, a frame at a time.
      if (progress.next > start && performance.now() > deadline) {
        state.richProgress = progress;
        this.overlay.renderMarks(state.layerId, this.#markSpecs(state, progress.done));
        return null;
      }
      const f = findings[progress.next++]!;
      const range = createRange(state.rich, f.start, f.end);
      if (!range) continue;
      // DOMRect's fields are prototype getters: copy them into plain boxes for the geometry helpers.
      const rects = Array.from(range.getClientRects(), (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
      const boxes = underlineBoxes(rects, { x: -clip.left, y: -clip.top }, clip);
      if (boxes.length > 0) progress.done.push([f, boxes]);
    }
    return progress.done;
  }

  #markSpecs(state: FieldState, boxes: [Finding, Box[]][]): MarkSpec[] {
    return boxes.map(([finding, b]) => ({ id: `${state.key}:${finding.start}:${finding.term}`, finding, fieldKey: state.key, boxes: b }));
  }

  #stateByKey(key: string): FieldState | undefined {
    for (const state of this.#watched) if (state.key === key) return state;
    return undefined;
  }

  #jump(key: string, finding: Finding): void {
    const state = this.#stateByKey(key);
    if (!state) return;
    selectInField(state.el, finding.start, finding.end);
    this.scheduleLayout();
  }

  #replace(spec: MarkSpec, replacement: string): void {
    const state = this.#stateByKey(spec.fieldKey);
    if (!state) return;
    const { start, end, term } = spec.finding;
    if (!stillThere(this.#readText(state), start, end, term)) {
      this.#check(state);
      return;
    }
    replaceInField(state.el, start, end, replacement);
    this.#check(state);
  }

  #ignore(spec: MarkSpec): void {
    const state = this.#stateByKey(spec.fieldKey);
    if (!state) return;
    state.ignored.add(spec.finding.term);
    this.#publish();
    this.scheduleLayout();
  }

  async #allow(spec: MarkSpec): Promise<void> {
    const state = this.#stateByKey(spec.fieldKey);
    // Hidden at once; the store's new matcher (compiled with the allow-list) follows.
    state?.ignored.add(spec.finding.term);
    this.#publish();
    this.scheduleLayout();
    await this.#opts.allowInStore(spec.finding.term);
  }
}

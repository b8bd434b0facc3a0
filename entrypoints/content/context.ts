import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context with its start-up handshake replaced (wxt.config.ts hands this class
 * to WXT's entrypoint in place of its own).
 *
 * WXT 0.20's constructor tells older instances to stop through the page's own DOM: it posts
 * `{type: '<extension id>:content:wxt:content-script-started'}` to `window` and dispatches and
 * listens for a `document` event of that name. Any page script can read the first (our extension
 * id) and forge the second, which invalidated the content script: sidebar gone, marks and capture
 * stopped. Here the instances of one extension find each other through the global object of the
 * extension's isolated world, which page scripts cannot reach, and the newest one stops the others.
 * Each instance also keeps WXT's own check that stops it once the extension is reloaded or updated
 * (`browser.runtime.id` is gone), which the 1-second page refresh and the live port's reconnect run.
 */
export class ContentScriptContext extends WxtContentScriptContext {
  // WXT's timer wrappers add an abort listener per call and never remove it: on a seller page that
  // scrolls, each idle callback and timeout of ours left one behind (thousands), and every add got
  // slower than the last (the signal looks for a duplicate first; 0.2 s of a grid session in the
  // CPU profile). These remove theirs when the timer has run.
  override setTimeout(handler: () => void, timeout?: number): number {
    const forget = this.onInvalidated(() => clearTimeout(id));
    const id = setTimeout(() => {
      forget();
      if (this.isValid) handler();
    }, timeout);
    return id as unknown as number;
  }

  override requestAnimationFrame(callback: FrameRequestCallback): number {
    const forget = this.onInvalidated(() => cancelAnimationFrame(id));
    const id = requestAnimationFrame((time) => {
      forget();
      if (this.isValid) callback(time);
    });
    return id;
  }

  override requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const forget = this.onInvalidated(() => cancelIdleCallback(id));
    const id = requestIdleCallback((deadline) => {
      forget();
      if (this.isValid) callback(deadline);
    }, options);
    return id;
  }
}

/** Where the running instance of each content script sits, in the isolated world's global object. */
const RUNNING = Symbol.for('seller-sidekick:running-content-scripts');

interface Instance {
  readonly contentScriptName: string;
  notifyInvalidated(): void;
  onInvalidated(cb: () => void): () => void;
}

function running(): Map<string, Instance> {
  const global = globalThis as unknown as Record<symbol, Map<string, Instance> | undefined>;
  return (global[RUNNING] ??= new Map());
}

// WXT declares both methods private and calls them from its constructor, so they are replaced on the
// prototype rather than overridden in the class body.
Object.defineProperties(ContentScriptContext.prototype, {
  stopOldScripts: {
    value(this: Instance) {
      const instances = running();
      const older = instances.get(this.contentScriptName);
      instances.set(this.contentScriptName, this);
      older?.notifyInvalidated();
      this.onInvalidated(() => {
        if (instances.get(this.contentScriptName) === this) instances.delete(this.contentScriptName);
      });
    },
  },
  listenForNewerScripts: { value() {} },
});

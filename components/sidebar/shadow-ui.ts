/**
 * The in-page UI's one element, `<seller-sidekick>`, with an open shadow root laid out as WXT's
 * shadow-root UI lays it out (`html > head > style` and `body`, the container), appended last to
 * the page's body. Written here instead of WXT's `createShadowRootUi`, whose auto-mount, anchor
 * lookup and CSS fetch (with their helper packages, ~8 KB) the first-paint shell never used.
 */
export interface ShadowUi {
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Where the shell paints and React later hydrates. */
  uiContainer: HTMLElement;
  mount(): void;
  /** Takes the element out of the page and empties it (also when the content script is invalidated). */
  remove(): void;
}

export interface ShadowUiOptions {
  name: string;
  css: string;
  onMount(container: HTMLElement): void;
  onRemove(): void;
}

export function createShadowUi(ctx: { onInvalidated(cb: () => void): () => void }, options: ShadowUiOptions): ShadowUi {
  const shadowHost = document.createElement(options.name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const uiContainer = document.createElement('body');
  const style = document.createElement('style');
  // The page's inherited styles stop at our element (WXT's reset), then the sidebar's own.
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  head.append(style);
  html.append(head, uiContainer);
  shadow.append(html);

  let mounted = false;
  const ui: ShadowUi = {
    shadowHost,
    shadow,
    uiContainer,
    mount() {
      if (!document.body) throw new Error('Seller Sidekick: the page has no body to put the sidebar in');
      document.body.append(shadowHost);
      mounted = true;
      options.onMount(uiContainer);
    },
    remove() {
      if (mounted) options.onRemove();
      mounted = false;
      shadowHost.remove();
      uiContainer.replaceChildren();
    },
  };
  ctx.onInvalidated(() => ui.remove());
  return ui;
}

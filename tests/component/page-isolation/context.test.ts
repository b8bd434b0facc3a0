import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '../../../entrypoints/content/context';

// WXT's own class is the "before": its start-up handshake goes through the page's document and window,
// under a name made of the extension id, the entrypoint and 'wxt:content-script-started'.
const STARTED = (WxtContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** What a page script can do: dispatch the event under the name WXT uses (our id is public). */
const forge = () => document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }));

afterEach(() => vi.restoreAllMocks());

describe("the content script's context", () => {
  test("WXT's own context posts its id-carrying name to the page and is stopped by a forged event (the reason for ours)", () => {
    const posted = vi.spyOn(window, 'postMessage');
    const wxt = new WxtContentScriptContext('content');
    expect(STARTED).toContain(':wxt:content-script-started');
    expect(posted).toHaveBeenCalledWith(expect.objectContaining({ type: STARTED }), '*');
    forge();
    expect(wxt.isValid).toBe(false);
  });

  test('ours posts nothing, dispatches nothing on the page, and a forged event does not stop it', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('content');
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    forge();
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  test('a newer instance of the same script stops the older one; other scripts are left alone', () => {
    const older = new ContentScriptContext('content');
    const other = new ContentScriptContext('content-other');
    const newer = new ContentScriptContext('content');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    for (const ctx of [other, newer]) ctx.abort();
  });

  test('a timer that has run leaves no invalidation listener behind; one still pending is cancelled on invalidation', async () => {
    const ctx = new ContentScriptContext('content-timers');
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    const removed = vi.spyOn(ctx.signal, 'removeEventListener');
    let ran = 0;
    for (let i = 0; i < 50; i++) ctx.setTimeout(() => ran++, 0);
    await new Promise((done) => setTimeout(done, 20));
    expect(ran).toBe(50);
    expect(added).toHaveBeenCalledTimes(50);
    // Every listener the timers added is gone again: a scrolling page no longer piles them up.
    expect(removed).toHaveBeenCalledTimes(50);
    ctx.setTimeout(() => ran++, 10);
    ctx.abort();
    await new Promise((done) => setTimeout(done, 30));
    expect(ran).toBe(50);
  });
});

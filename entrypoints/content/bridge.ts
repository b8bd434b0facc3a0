import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TableName } from '../../lib/db/tables';
import { createClient } from '../../lib/messaging/client';
import { LIVE_PORT_NAME, liveEventSchema } from '../../lib/messaging/live';
import type { Bridge } from '../../components/common/live';

/**
 * Messages to the background, and the live port it pushes changes into. The port drops whenever the
 * worker stops; we reconnect (which wakes it) and tell listeners to reload, since changes may have
 * been missed while it was down.
 */
export function createBridge(ctx: ContentScriptContext): Bridge {
  const send = createClient((message) => browser.runtime.sendMessage(message));
  const listeners = new Set<(tables: TableName[]) => void>();
  const notify = (tables: TableName[]) => {
    for (const listener of listeners) listener(tables);
  };
  let retryDelay = 250;

  const connect = (isReconnect: boolean) => {
    if (ctx.isInvalid) return;
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: LIVE_PORT_NAME });
    } catch {
      return; // extension reloaded or removed: this content script is finished
    }
    port.onMessage.addListener((raw: unknown) => {
      retryDelay = 250;
      const event = liveEventSchema.safeParse(raw);
      if (event.success) notify(event.data.tables);
    });
    port.onDisconnect.addListener(() => {
      ctx.setTimeout(() => connect(true), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 5_000);
    });
    if (isReconnect) notify(['playbooks', 'runs', 'taskStates', 'stores', 'products', 'snapshots', 'alerts', 'settings']);
  };
  connect(false);

  return {
    send,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

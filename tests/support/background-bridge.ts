import Dexie from 'dexie';
import type { Bridge } from '../../components/common/live';
import { openDatabase, type SidekickDb } from '../../lib/db/schema';
import type { TableName } from '../../lib/db/tables';
import { createClient } from '../../lib/messaging/client';
import { backgroundHandlers } from '../../lib/messaging/handlers/index';
import { tablesFromMutatedParts } from '../../lib/messaging/live';
import { createRouter } from '../../lib/messaging/router';
import { TeamHost } from '../../lib/teams/host';
import { routerOptions } from './router';

const OWN_ID = 'sidekick-extension-id';

/**
 * A Bridge wired to the background's real handlers and router over a fresh fake-indexeddb database,
 * with messages sent as a content script on `pageUrl` (so the router binds and checks them as in the
 * extension) and change notifications from Dexie's own storagemutated event, as the background
 * forwards them. In-page UI tested through it meets the handlers it will meet in the browser.
 */
export function backgroundBridge({
  pageUrl,
  now,
  teams = (db) => new TeamHost(db),
}: {
  pageUrl: string;
  now: number;
  /** The team host the handlers sync through; a test that must see what would connect passes its own. */
  teams?: (db: SidekickDb) => TeamHost;
}) {
  const db: SidekickDb = openDatabase(`component-${Math.random().toString(36).slice(2)}`);
  const clock = { now };
  const route = createRouter(backgroundHandlers(db, teams(db), async () => undefined, () => clock.now), routerOptions(OWN_ID, db));
  const calls: { type: string; payload: unknown }[] = [];
  const inFlight = new Set<Promise<unknown>>();
  const send = createClient((message) => {
    calls.push(message);
    const answer = route(message, { id: OWN_ID, url: pageUrl, tab: { id: 1, url: pageUrl } });
    inFlight.add(answer);
    // then(f, f), not finally: a derived promise of a rejected answer would be an unhandled rejection
    // of its own (the caller handles the answer itself).
    const settle = () => void inFlight.delete(answer);
    void answer.then(settle, settle);
    return answer;
  });
  /** Resolves once every message sent so far has its answer (IndexedDB work takes real macrotasks). */
  const answered = async () => {
    while (inFlight.size) await Promise.allSettled([...inFlight]);
  };
  const listeners = new Set<(tables: TableName[]) => void>();
  const onMutated = (parts: Record<string, unknown>) => {
    const tables = tablesFromMutatedParts(parts, db.name);
    if (tables.length) for (const listener of listeners) listener(tables);
  };
  Dexie.on('storagemutated', onMutated);
  const bridge: Bridge = {
    send,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** Closes once the handlers' own start-up work (the purge of deleted runs) is through: IndexedDB runs transactions over the same tables in the order they were made. */
  const close = async () => {
    Dexie.on('storagemutated').unsubscribe(onMutated);
    // A component still asking when its test ends gets its answers before the database goes away.
    await answered();
    await db.transaction('rw', db.runs, db.taskStates, () => undefined).catch(() => undefined);
    db.close();
  };
  return { bridge, calls, db, clock, answered, close };
}
export type BackgroundBridge = ReturnType<typeof backgroundBridge>;

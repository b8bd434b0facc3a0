import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import RedisClient from 'ioredis';
import * as Y from 'yjs';
import { SyncStore, type RefusalReason } from './store.ts';

export interface SyncServerOptions {
  dataFile: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Joins the other instances that use the same Redis, e.g. redis://127.0.0.1:6379. */
  redisUrl?: string;
  /** How often open connections are checked against revoked invites. */
  revocationCheckMs?: number;
}

export interface RunningSyncServer {
  port: number;
  url: string;
  server: Server;
  store: SyncStore;
  stop(): Promise<void>;
}

// Hocuspocus sends `reason` to the client as the permission-denied reason, and logs `message`.
class AccessRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    documentName: string,
  ) {
    super(`refused "${documentName}": ${reason}`);
  }
}

// Hocuspocus's Forbidden close code; the provider reconnects, re-authenticates and is refused.
const forbiddenCloseCode = 4403;

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  if (options.redisUrl) await checkRedis(options.redisUrl);
  const store = new SyncStore(options.dataFile);
  // Persistence is Hocuspocus's own Database extension over our SQLite file (better-sqlite3), not
  // `@hocuspocus/extension-sqlite`, which is that same Database extension with an upsert that overwrites
  // the stored state (`ON CONFLICT(name) DO UPDATE SET data = $data`): two instances behind Redis that
  // share one file can each store a state missing the other's latest edit, and an overwrite loses it;
  // `storeDocument` merges (Y.mergeUpdates), so every edit either instance saw is kept. It would also add
  // `sqlite3`, a second native binding (its install fetches a prebuilt binary, else compiles with
  // node-gyp), beside the one that already holds the teams and invites in the same file.
  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => store.loadDocument(documentName),
      store: async ({ documentName, state }) => store.storeDocument(documentName, state),
    }),
  ];
  const { redisUrl } = options;
  if (redisUrl) extensions.push(new Redis({ createClient: () => redisClient(redisUrl) }));

  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    // We stop ourselves so that every loaded document is stored before the process exits.
    stopOnSignals: false,
    // Edits reach the disk within a second of a pause and at most five seconds into a burst.
    debounce: 1000,
    maxDebounce: 5000,
    extensions,
    async onAuthenticate({ token, documentName }) {
      const result = store.authenticate(token, documentName);
      if (!result.ok) throw new AccessRefused(result.reason, documentName);
      return { teamId: result.teamId, inviteId: result.inviteId };
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      // Hocuspocus leaves listen errors (port in use) to the http server's error event.
      server.httpServer.once('error', reject);
      server.listen().then(() => resolve(), reject);
    });
  } catch (error) {
    store.close();
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EADDRNOTAVAIL' ? 'no such address here' : message;
    throw new Error(`Cannot listen on ${options.host}:${options.port}: ${why}`, { cause: error });
  }

  // The CLI revokes in another process: poll the shared file and drop connections opened with a revoked code.
  const revocationCheck = setInterval(() => {
    const revoked = store.revokedInviteIds();
    if (revoked.size === 0) return;
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if (revoked.has(connection.context?.inviteId)) connection.webSocket.close(forbiddenCloseCode, 'invite-revoked');
      }
    }
  }, options.revocationCheckMs ?? 2000);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(revocationCheck);
      // A store skipped because another instance held the Redis lock would otherwise wait for the next edit.
      for (const document of server.hocuspocus.documents.values()) {
        if (!document.isLoading) store.storeDocument(document.name, Y.encodeStateAsUpdate(document));
      }
      await withTimeout(server.destroy(), 10_000);
      store.close();
    })());

  const port = server.address.port;
  return { port, url: `ws://${options.host}:${port}`, server, store, stop };
}

function redisClient(url: string): RedisClient {
  const client = new RedisClient(url);
  client.on('error', (error: Error) => console.error(`Redis (${url}): ${error.message}`));
  return client;
}

async function checkRedis(url: string): Promise<void> {
  const probe = new RedisClient(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new Error(`Cannot reach Redis at ${url}: ${(error as Error).message}`, { cause: error });
  } finally {
    probe.disconnect();
  }
}

async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server.ts';

export function tempDataFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'sync-server-')), 'sync.sqlite');
}

export function startTestServer(dataFile: string, redisUrl?: string): Promise<RunningSyncServer> {
  return startSyncServer({ dataFile, port: 0, host: '127.0.0.1', redisUrl, revocationCheckMs: 100 });
}

const repository = new URL('../..', import.meta.url).pathname;

/** `sync-server --port 0` in its own process, as `npm run sync-server` runs it; resolves once it listens. */
export async function spawnSyncServer(dataFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--data', dataFile], {
    cwd: repository,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => /listening on (ws:\S+)/.test(output) || child.exitCode !== null, 'the server to listen', 20_000);
  const url = /listening on (ws:\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`sync-server did not start:\n${output}`);
  return { child, url, output: () => output };
}

export type AuthOutcome = { authenticated: true } | { refused: string };

/** One member's replica of one document, connected the way the extension connects (Node 20 needs `ws`). */
export class Replica {
  readonly doc = new Y.Doc();
  readonly socket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  /** Settles with the first authentication answer. */
  readonly outcome: Promise<AuthOutcome>;
  readonly refusals: string[] = [];

  constructor(url: string, documentName: string, token: string) {
    this.socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 50, minDelay: 50, maxDelay: 500 });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: documentName, token, document: this.doc });
    this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => this.refusals.push(reason));
    this.outcome = new Promise((resolve) => {
      this.provider.on('authenticated', () => resolve({ authenticated: true }));
      this.provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve({ refused: reason }));
    });
    this.provider.attach();
  }

  get tasks(): Y.Map<unknown> {
    return this.doc.getMap('tasks');
  }

  synced(): Promise<void> {
    return waitFor(() => this.provider.isSynced, `${this.provider.configuration.name} to sync`);
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
  }
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

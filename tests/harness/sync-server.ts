import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './browser';

const run = promisify(execFile);

/** A free TCP port on loopback (taken and released at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run sync-server -- <args>` as a seller would type it; resolves with its output. */
export async function syncServerCommand(args: string[]): Promise<string> {
  const { stdout } = await run('npm', ['run', '-s', 'sync-server', '--', ...args], { cwd: ROOT });
  return stdout;
}

/** Creates a team in the data file and returns the invite code (the command's last line of output). */
export async function addTeam(dataFile: string, name: string): Promise<string> {
  const lines = (await syncServerCommand(['add-team', name, '--data', dataFile])).trim().split('\n');
  return lines[lines.length - 1]!.trim();
}

export interface SyncServerProcess {
  port: number;
  dataFile: string;
  url: string;
  /** SIGKILL: the process dies mid-edit with nothing flushed, as a crash would. */
  kill(): Promise<void>;
  /** A new process on the same port and data file. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** `npm run sync-server -- --port N --data FILE` in its own process, ready once it says it listens. */
export async function startSyncServerProcess(options: { dataFile?: string; port?: number; redisUrl?: string } = {}): Promise<SyncServerProcess> {
  const dataFile = options.dataFile ?? join(mkdtempSync(join(tmpdir(), 'sidekick-sync-')), 'sync.sqlite');
  const port = options.port ?? (await freePort());
  let child: ChildProcess | null = null;

  const launch = async () => {
    const proc = spawn('npm', ['run', '-s', 'sync-server', '--', '--port', String(port), '--data', dataFile], {
      cwd: ROOT,
      env: { ...process.env, ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child = proc;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`sync server did not start: ${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('listening on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sync server exited (${code}): ${output}`));
      });
    });
  };

  // npm starts tsx which starts node: the whole process group goes.
  const signal = async (sig: NodeJS.Signals) => {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    process.kill(-proc.pid!, sig);
    await exited;
    child = null;
  };

  await launch();
  return {
    port,
    dataFile,
    url: `ws://localhost:${port}`,
    kill: () => signal('SIGKILL'),
    restart: launch,
    stop: () => signal('SIGTERM'),
  };
}

/**
 * A loopback TCP relay in front of the sync server for one browser profile: `offline()` cuts that
 * profile off (open sockets destroyed, new ones refused) while the others stay connected.
 */
export interface Relay {
  port: number;
  url: string;
  offline(): Promise<void>;
  online(): Promise<void>;
  /** Points the relay at another server (e.g. a second instance). */
  target: number;
  close(): Promise<void>;
}

export async function startRelay(targetPort: number): Promise<Relay> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const relay: Relay = {
    port,
    url: `ws://localhost:${port}`,
    target: targetPort,
    async online() {
      if (server) return;
      server = createServer((client) => {
        const upstream = connect(relay.target, '127.0.0.1');
        sockets.add(client);
        sockets.add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async offline() {
      const closing = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (closing) await new Promise((resolve) => closing.close(resolve));
    },
    close: () => relay.offline(),
  };
  await relay.online();
  return relay;
}

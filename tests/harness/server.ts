import { createServer, type Server } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { businessReport } from '../support/amazon-business-report';

/** tests/fixtures/sites/<hostname>/<path> holds the seller pages; `_shared` holds what they share. */
export const SITES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');
export const DEFAULT_FIXTURE_DAY = '2026-11-20';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

export interface FixtureServer {
  port: number;
  /** The day the demo store is "on": pages render that day's numbers. */
  setDay(day: string): void;
  readonly day: string;
  /** Every request the server saw, as `host path`: lets tests prove the extension sent none of its own. */
  readonly requests: string[];
  close(): Promise<void>;
}

async function fileFor(host: string, pathname: string): Promise<string | null> {
  const shared = pathname.startsWith('/__fixture/');
  const base = shared ? join(SITES_DIR, '_shared') : join(SITES_DIR, host);
  const rel = normalize(decodeURIComponent(shared ? pathname.slice('/__fixture/'.length) : pathname)).replace(/^(\.\.[/\\])+/, '');
  const target = join(base, rel);
  if (!target.startsWith(SITES_DIR)) return null;
  const candidates = extname(target) ? [target] : [`${target}.html`, join(target, 'index.html'), target];
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      /* try the next one */
    }
  }
  return null;
}

/**
 * Serves the fixture seller pages over HTTPS with a throwaway certificate. Chromium reaches it at the
 * real seller hostnames through `--host-resolver-rules`, so the shipped manifest is what runs.
 */
export async function startFixtureServer(options: { port?: number; day?: string } = {}): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'seller-sidekick-fixtures' }], { keySize: 2048, algorithm: 'sha256' });
  let day = options.day ?? DEFAULT_FIXTURE_DAY;
  const requests: string[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push(`${req.method} ${host}${url.pathname}`);
    if (url.pathname === '/__fixture/day.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
      res.end(`window.__FIXTURE_DAY__ = ${JSON.stringify(day)};`);
      return;
    }
    if (url.pathname === '/__fixture/amazon-business-report.js') {
      // The 2,000-ASIN report of the virtualized grid fixture, generated (seeded) for the day asked.
      const asked = url.searchParams.get('day') ?? '';
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' });
      res.end(`window.__BUSINESS_REPORT__ = ${JSON.stringify(businessReport(/^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : day))};`);
      return;
    }
    const file = await fileFor(host, url.pathname === '/' ? '/index' : url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no fixture for ${host}${url.pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    setDay(next) {
      day = next;
    },
    get day() {
      return day;
    },
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

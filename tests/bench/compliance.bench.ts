import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RulePack } from '../../lib/compliance/types';
import { runInChromium } from './in-chromium';
import { runWorkload, type BenchResult } from './compliance-workload';

/**
 * Compliance matcher bench: throughput on a ~2 MB zh/en corpus with ~1,500 terms and the cost of
 * re-checking a 5,000-character description, for our matcher against the floor (a bare charCodeAt loop),
 * the npm Aho–Corasick matchers and a RegExp, in Node and in headless Chromium. Prints Markdown.
 */

const here = dirname(fileURLToPath(import.meta.url));
const packsDir = join(here, '../../lib/compliance/packs');

const isPack = (value: unknown): value is RulePack =>
  typeof value === 'object' && value !== null && Array.isArray((value as RulePack).terms) && typeof (value as RulePack).id === 'string';

/** The real packs: from packs/index.ts when it exists, else every pack file in the folder. */
async function loadRealPacks(): Promise<RulePack[]> {
  const files = existsSync(join(packsDir, 'index.ts'))
    ? ['index.ts']
    : existsSync(packsDir)
      ? readdirSync(packsDir).filter((f) => f.endsWith('.ts'))
      : [];
  const packs = new Map<string, RulePack>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(packsDir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      for (const candidate of Array.isArray(value) ? value : [value]) if (isPack(candidate)) packs.set(candidate.id, candidate);
    }
  }
  return [...packs.values()];
}

function table(results: BenchResult[]): string {
  const lines = [
    '| runtime | matcher | MB/s (UTF-8) | × floor | 5,000-char check (µs) | findings identical |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const result of results) {
    for (const row of result.rows) {
      lines.push(
        `| ${result.runtime} | ${row.matcher} | ${row.mbPerSecond.toFixed(0)} | ${row.timesFloor.toFixed(1)} | ${row.keystrokeMicros.toFixed(1)} | ${row.identical} |`,
      );
    }
  }
  return lines.join('\n');
}

const realPacks = await loadRealPacks();
const node = runWorkload(realPacks, `Node ${process.version}`);

// Chromium gets the same packs as data: a generated entry that imports the workload and the packs' JSON.
const artifacts = join(here, '../.artifacts');
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'compliance-bench-packs.json'), JSON.stringify(realPacks));
const entry = join(artifacts, 'compliance-bench-entry.ts');
writeFileSync(
  entry,
  `import { runWorkload } from ${JSON.stringify(join(here, 'compliance-workload.ts'))};\n` +
    `import packs from './compliance-bench-packs.json';\n` +
    `export default () => runWorkload(packs, 'Chromium ' + (navigator.userAgent.match(/Chrome\\/([\\d.]+)/)?.[1] ?? ''));\n`,
);
const chromium = await runInChromium<BenchResult>(entry);

console.log(
  `Corpus ${node.corpusMB.toFixed(2)} MB (${node.corpusChars.toLocaleString('en')} UTF-16 chars), ${node.terms} distinct terms ` +
    `(${realPacks.reduce((n, p) => n + p.terms.length, 0)} from ${realPacks.length} real packs, the rest generated). ` +
    'Median of repeated runs; "5,000-char check" is one full scan of a 5,000-character description. ' +
    '‡ measured over the first 200,000 characters cut into 5,000-character fields (its search is superlinear in text length).\n',
);
console.log(table([node, chromium]));

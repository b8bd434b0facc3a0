import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { SyncStore } from '../../server/store.ts';
import { spawnSyncServer, tempDataFile, waitFor } from '../server/helpers.ts';
import { mulberry32 as seeded } from '../support/random';

// Issue 11's load test, loopback only and bounded: 20 members × 50 shared runs, 500 edits per run
// (tick, untick, note; four members on the same run at once), against `sync-server` in its own
// process. Fails (exit 1) if any replica diverges, any edit is lost, or the server loses data on restart.
// Standalone: `npx tsx tests/bench/sync.bench.ts`; BENCH_MEMBERS and BENCH_RUNS shrink it for a quick look.
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const EDITS_PER_RUN = 500;
const TASKS_PER_RUN = 12;
const MEMBERS_PER_RUN_AT_ONCE = 4;
const RUNS_PER_MEMBER_PER_TICK = 5;
const CONVERGE_WITHIN_MS = 60_000;


const random = seeded(20261111);
const failures: string[] = [];
const latencies = new Float64Array(RUNS * EDITS_PER_RUN * (MEMBERS - 1));
let observed = 0;
let arrivalsWanted = Infinity;
let arrivalsReached: () => void = () => {};

/** CPU seconds the server process has used (utime + stime, in clock ticks of 1/100 s on Linux). */
function serverCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function serverRssBytes(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) * 1024;
}

/** One member: one WebSocket carrying all 50 runs, as the extension's background multiplexes them. */
function connectMember(url: string, runNames: string[], token: string) {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const docs = runNames.map((name) => {
    const doc = new Y.Doc();
    // No awareness: the bench measures edits, not presence.
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc, awareness: null });
    provider.attach();
    return { doc, provider };
  });
  return { socket, docs };
}

function measureArrivals(doc: Y.Doc): void {
  // The edit log maps `member:seq` to the time the edit was made (one process, one clock).
  const edits = doc.getMap<number>('edits');
  edits.observe((event) => {
    if (event.transaction.local) return;
    const now = performance.now();
    for (const [key, change] of event.keys) {
      if (change.action === 'add') latencies[observed++] = now - edits.get(key)!;
    }
    if (observed >= arrivalsWanted) arrivalsReached();
  });
}

/** The run's maps as JSON with keys sorted: replicas that converged can still list a map's keys in another order. */
function canonical(doc: Y.Doc): string {
  const sortKeys = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]))
      : value;
  return JSON.stringify(sortKeys({ tasks: doc.getMap('tasks').toJSON(), edits: doc.getMap('edits').toJSON() }));
}

/** Heap held by the stored runs as Y.Docs, the bulk of what the server keeps per loaded document. */
function yDocHeapPerRun(states: Uint8Array[]): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const docs = states.map((state) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  });
  gc();
  const perRun = (process.memoryUsage().heapUsed - before) / docs.length;
  for (const doc of docs) doc.destroy();
  return perRun;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const started = performance.now();
const dataFile = tempDataFile();
const setup = new SyncStore(dataFile);
const { team, inviteCode } = setup.addTeam('bench');
setup.close();
const runNames = Array.from({ length: RUNS }, (_, run) => `${team.id}/run/bench-${run}`);

let server = await spawnSyncServer(dataFile);
// However the bench ends, the server it started ends with it.
process.on('exit', () => server.child.kill('SIGKILL'));
const rssIdle = serverRssBytes(server.child.pid!);
const members = Array.from({ length: MEMBERS }, () => connectMember(server.url, runNames, inviteCode));
const allDocs = () => members.flatMap((member) => member.docs);
await waitFor(() => allDocs().every(({ provider }) => provider.isSynced), 'every member to sync every run', 60_000);

// One member lays out each run's tasks before anyone edits, as sharing a run does.
for (const { doc } of members[0]!.docs) {
  doc.transact(() => {
    const tasks = doc.getMap<Y.Map<unknown>>('tasks');
    for (let i = 0; i < TASKS_PER_RUN; i++) {
      const task = new Y.Map<unknown>();
      task.set('notes', new Y.Map<string>());
      tasks.set(`task-${i}`, task);
    }
  });
}
await waitFor(
  () => allDocs().every(({ doc }) => doc.getMap('tasks').size === TASKS_PER_RUN),
  'every replica to see the tasks',
  60_000,
);
for (const { doc } of allDocs()) measureArrivals(doc);
const syncedSeconds = (performance.now() - started) / 1000;
const rssLoaded = serverRssBytes(server.child.pid!);

// Each tick every member edits 5 runs, and each of those runs is edited by 4 members at once:
// 250 ticks × 20 members × 5 = 25,000 edits, 500 on every run. The next tick starts when this
// one's edits have reached every other replica, so latency measures a burst, not a growing backlog.
const expectedNotes = runNames.map(() => new Map<string, string>());
const groups = MEMBERS / MEMBERS_PER_RUN_AT_ONCE;
if (!Number.isInteger(groups) || RUNS % (groups * RUNS_PER_MEMBER_PER_TICK) !== 0) {
  throw new Error(`BENCH_MEMBERS must be a multiple of 4 and BENCH_RUNS a multiple of ${RUNS_PER_MEMBER_PER_TICK} × members / 4`);
}
const ticks = (RUNS * EDITS_PER_RUN) / (MEMBERS * RUNS_PER_MEMBER_PER_TICK);
const sequence = new Array<number>(MEMBERS).fill(0);
const editStart = performance.now();
for (let tick = 0; tick < ticks; tick++) {
  for (let member = 0; member < MEMBERS; member++) {
    const group = Math.floor(member / MEMBERS_PER_RUN_AT_ONCE);
    for (let k = 0; k < RUNS_PER_MEMBER_PER_TICK; k++) {
      const run = (tick * RUNS_PER_MEMBER_PER_TICK + k + group * (RUNS / groups)) % RUNS;
      edit(member, run);
    }
  }
  arrivalsWanted = (tick + 1) * MEMBERS * RUNS_PER_MEMBER_PER_TICK * (MEMBERS - 1);
  const reached = new Promise<boolean>((resolve) => (arrivalsReached = () => resolve(true)));
  if (observed < arrivalsWanted && !(await Promise.race([reached, sleep(CONVERGE_WITHIN_MS).then(() => false)]))) {
    failures.push(`tick ${tick}: only ${observed} of ${arrivalsWanted} edit arrivals after ${CONVERGE_WITHIN_MS} ms`);
    break;
  }
}
arrivalsWanted = Infinity;
function edit(member: number, run: number): void {
  const { doc } = members[member]!.docs[run]!;
  const taskId = `task-${Math.floor(random() * TASKS_PER_RUN)}`;
  const kind = (['tick', 'untick', 'note'] as const)[Math.floor(random() * 3)]!;
  const seq = sequence[member]!++;
  doc.transact(() => {
    const task = doc.getMap<Y.Map<unknown>>('tasks').get(taskId)!;
    if (kind === 'note') {
      const text = `m${member} note ${seq}`;
      (task.get('notes') as Y.Map<string>).set(`m${member}`, text);
      expectedNotes[run]!.set(`${taskId}/m${member}`, text);
    } else {
      task.set('done', kind === 'tick');
      task.set('by', `m${member}`);
    }
    doc.getMap<number>('edits').set(`m${member}:${seq}`, performance.now());
  });
}
const editSeconds = (performance.now() - editStart) / 1000;

const converged = () =>
  runNames.every((_, run) => {
    const replicas = members.map((member) => member.docs[run]!.doc);
    const vector = Buffer.from(Y.encodeStateVector(replicas[0]!));
    return replicas.every((doc) => doc.getMap('edits').size === EDITS_PER_RUN && vector.equals(Y.encodeStateVector(doc)));
  });
const convergeStart = performance.now();
await waitFor(converged, 'every replica to converge', CONVERGE_WITHIN_MS).catch((error: Error) => failures.push(error.message));
const convergeMs = performance.now() - convergeStart;
const rssEdited = serverRssBytes(server.child.pid!);
const serverCpu = serverCpuSeconds(server.child.pid!);
const benchCpu = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;

// Zero lost edits: every replica holds every edit, everyone's last note, and the same state.
let divergent = 0;
let lostEdits = 0;
const finalState = runNames.map((_, run) => canonical(members[0]!.docs[run]!.doc));
runNames.forEach((name, run) => {
  for (const [member, { docs }] of members.entries()) {
    const doc = docs[run]!.doc;
    lostEdits += EDITS_PER_RUN - doc.getMap('edits').size;
    if (canonical(doc) !== finalState[run]) {
      divergent++;
      failures.push(`member ${member} diverges on ${name}`);
    }
    const tasks = doc.getMap<Y.Map<unknown>>('tasks');
    for (const [key, text] of expectedNotes[run]!) {
      const [taskId, author] = key.split('/') as [string, string];
      if ((tasks.get(taskId)?.get('notes') as Y.Map<string>).get(author) !== text) {
        lostEdits++;
        failures.push(`member ${member} lost ${author}'s last note on ${name} ${taskId}`);
      }
    }
  }
});
if (lostEdits > 0) failures.push(`${lostEdits} edits lost`);
const expectedArrivals = RUNS * EDITS_PER_RUN * (MEMBERS - 1);
if (observed !== expectedArrivals) failures.push(`${observed} edit arrivals seen, expected ${expectedArrivals}`);

for (const member of members) {
  for (const { provider } of member.docs) provider.destroy();
  member.socket.destroy();
}

// The server stores everything on SIGTERM; a fresh reader after the restart must see the same runs.
server.child.kill('SIGTERM');
const [exitCode] = await once(server.child, 'exit');
if (exitCode !== 0) failures.push(`sync-server exited with ${exitCode} on SIGTERM`);
const storedBytes = statSync(dataFile).size;
const stored = new SyncStore(dataFile);
const heapPerRun = yDocHeapPerRun(runNames.map((name) => stored.loadDocument(name) ?? new Uint8Array()));
stored.close();
server = await spawnSyncServer(dataFile);
const reader = connectMember(server.url, runNames, inviteCode);
await waitFor(() => reader.docs.every(({ provider }) => provider.isSynced), 'the reader to sync after restart', 60_000).catch(
  (error: Error) => failures.push(error.message),
);
reader.docs.forEach(({ doc }, run) => {
  if (canonical(doc) !== finalState[run]) failures.push(`after restart, ${runNames[run]} differs from what the members had`);
});
for (const { provider } of reader.docs) provider.destroy();
reader.socket.destroy();
server.child.kill('SIGTERM');
await once(server.child, 'exit');

const sorted = latencies.slice(0, observed).sort();
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(0);
console.log('| measure | value |');
console.log('| --- | --- |');
console.log(`| members × shared runs | ${MEMBERS} × ${RUNS} (${MEMBERS} WebSockets, ${MEMBERS * RUNS} providers) |`);
console.log(`| edits | ${RUNS * EDITS_PER_RUN} (${EDITS_PER_RUN} per run, ${MEMBERS_PER_RUN_AT_ONCE} members on a run at once) in ${editSeconds.toFixed(1)} s |`);
console.log(`| edits lost / replicas diverged | ${lostEdits} / ${divergent} of ${MEMBERS * RUNS} |`);
console.log(`| propagation p50 / p95 / p99 / max | ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)} / ${sorted.at(-1)?.toFixed(1)} ms (${observed} arrivals) |`);
console.log(`| converged after the last edit | ${convergeMs.toFixed(0)} ms |`);
console.log(`| server RSS idle → ${RUNS} runs loaded → after edits | ${mib(rssIdle)} → ${mib(rssLoaded)} → ${mib(rssEdited)} MiB |`);
console.log(`| server memory per run document | ${kib(heapPerRun)} KiB of Y.Doc heap after ${EDITS_PER_RUN} edits; RSS growth ÷ ${RUNS}: ${kib((rssLoaded - rssIdle) / RUNS)} KiB loaded, ${kib((rssEdited - rssIdle) / RUNS)} KiB after edits (incl. socket buffers and garbage) |`);
console.log(`| SQLite file after restart | ${kib(storedBytes)} KiB |`);
console.log(`| connect and first sync of ${MEMBERS * RUNS} replicas | ${syncedSeconds.toFixed(1)} s |`);
console.log(`| CPU until converged: server / ${MEMBERS} members (one process) | ${serverCpu.toFixed(1)} s / ${benchCpu.toFixed(1)} s |`);
console.log(`| wall time | ${((performance.now() - started) / 1000).toFixed(1)} s |`);

if (failures.length > 0) {
  console.error(`\nSYNC BENCH FAILED:\n- ${[...new Set(failures)].slice(0, 20).join('\n- ')}`);
  process.exit(1);
}
process.exit(0);

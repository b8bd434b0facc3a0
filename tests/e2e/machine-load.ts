import { readdirSync, readFileSync } from 'node:fs';

/**
 * How much CPU other processes took while a timing comparison ran: the machine's busy time
 * (/proc/stat) minus this test process's and its descendants' (the browsers it launched), in cores.
 * The 1-minute load average lags by a minute and counts our own browsers; this is the contention
 * the measured pages actually had, per arm. Linux only: elsewhere `null`.
 */
export interface CpuSample {
  at: number;
  machine: number;
  ours: number;
}

const TICK_MS = 10; // USER_HZ is 100 on every Linux the tests run on

function machineBusyTicks(): number {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  return user + nice + system + irq + softirq + steal;
}

/** utime + stime of `root` and every live descendant. */
function treeTicks(root: number): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields after the last ')'.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while the list was read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === root) return true;
      at = stats.get(at)?.parent ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, { ticks: t }] of stats) if (inTree(pid)) ticks += t;
  return ticks;
}

export function cpuSample(): CpuSample | null {
  try {
    return { at: Date.now(), machine: machineBusyTicks(), ours: treeTicks(process.pid) };
  } catch {
    return null;
  }
}

/** Cores this test's processes (the browsers of both arms included) kept busy on average between two samples. */
export function oursCores(from: CpuSample | null, to: CpuSample | null): number | null {
  if (!from || !to || to.at <= from.at) return null;
  return ((to.ours - from.ours) * TICK_MS) / (to.at - from.at);
}

/** Cores other processes kept busy on average between two samples (a closed browser tab's time counts as theirs). */
export function othersCores(from: CpuSample | null, to: CpuSample | null): number | null {
  if (!from || !to || to.at <= from.at) return null;
  const others = to.machine - from.machine - (to.ours - from.ours);
  return Math.max(0, (others * TICK_MS) / (to.at - from.at));
}

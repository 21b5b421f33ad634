/**
 * Runs a command and measures it the way the benchmarks report it: wall time, the peak of the
 * summed RSS of its whole process tree (sampled from /proc every 100 ms), CPU time, and the size
 * of a folder. Shared by `npm run bench` and `npm run bench:federation`.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// --- processes: wall time and peak memory of the whole tree -----------------------------------
export interface RunResult {
  ms: number;
  code: number;
  /** Highest sum of VmRSS over the process and all its descendants, sampled. */
  treePeakBytes: number;
  /** `/usr/bin/time -v` maximum resident set size (largest single process), when available. */
  maxRssBytes?: number;
  /**
   * User + system CPU time of the whole tree: the larger of `/usr/bin/time`'s figure (the process
   * and the children it waited for) and the sum over every process seen in the tree (sampled from
   * /proc, which also counts helpers that are never waited for, like Pagefind's indexing service).
   */
  cpuMs?: number;
  output: string;
}

const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time a process has used so far, in ms (0 once it is gone). */
function cpuMsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based, proc(5)).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

function rssBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; log?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const timed = timeBinary ? ([timeBinary, ['-v', command, ...args]] as const) : ([command, args] as const);
    const started = performance.now();
    const child = spawn(timed[0], timed[1], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let treePeakBytes = 0;
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = descendants(child.pid);
      treePeakBytes = Math.max(
        treePeakBytes,
        tree.reduce((sum, pid) => sum + rssBytes(pid), 0),
      );
      for (const pid of tree) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpuMsOf(pid)));
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (options.log) fs.writeFileSync(options.log, output);
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
      const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
      const timedCpuMs = user && system ? (Number(user) + Number(system)) * 1000 : 0;
      const sampledCpuMs = [...cpuByPid.values()].reduce((sum, ms) => sum + ms, 0);
      const cpuMs = Math.max(timedCpuMs, sampledCpuMs) || undefined;
      resolve({
        ms,
        code: code ?? 1,
        treePeakBytes,
        maxRssBytes: maxRss ? Number(maxRss) * 1024 : undefined,
        cpuMs,
        output,
      });
    });
  });
}

export function folderStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        bytes += fs.statSync(full).size;
        files++;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return { bytes, files };
}

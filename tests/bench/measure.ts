/**
 * Runs a command and measures it as a whole: wall time, and the peak memory of its whole process tree
 * (npm, the shell, Astro, Pagefind and the privacy guard are separate processes). Every 100 ms the
 * resident memory (RSS) of every process descended from the command is read from /proc and added
 * up; the peak of that sum is the figure reported. Output lines are timestamped as they arrive, so a
 * step's start and end can be found in them.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Line {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface Measured {
  status: number | null;
  seconds: number;
  /** Peak of the summed RSS of the whole process tree, in bytes. */
  peakTreeBytes: number;
  /** Peak RSS of the largest single process, in bytes, and what it was. */
  peakProcessBytes: number;
  peakProcess: string;
  /** Peak summed RSS of the processes in each group (by command line), in bytes. */
  peakByGroup: Record<string, number>;
  lines: Line[];
}

const pageSize = 4096;

/** Every process's parent and resident memory, read from /proc/<pid>/stat. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in brackets and may hold spaces: the fields after it are split.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * pageSize });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/**
 * Runs `command args` and measures it. `group` names the step a process belongs to from its command
 * line (e.g. "astro", "pagefind"); processes it gives no name count as "other".
 */
export function runMeasured(
  command: string,
  args: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    group?: (commandLine: string) => string | undefined;
    onLine?: (line: Line) => void;
  },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const since = () => (performance.now() - started) / 1000;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Line[] = [];
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) {
          const line = { at: since(), text };
          lines.push(line);
          options.onLine?.(line);
        }
      });
      stream.on('end', () => {
        if (rest) lines.push({ at: since(), text: rest });
      });
    };
    collect(child.stdout!);
    collect(child.stderr!);

    const groups = new Map<number, string>();
    let peakTreeBytes = 0;
    let peakProcessBytes = 0;
    let peakProcess = '';
    const peakByGroup: Record<string, number> = {};
    const poll = () => {
      if (child.pid === undefined) return;
      const table = processTable();
      const children = new Map<number, number[]>();
      for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      const tree: number[] = [];
      const queue = [child.pid];
      while (queue.length) {
        const pid = queue.pop()!;
        if (!table.has(pid)) continue;
        tree.push(pid);
        queue.push(...(children.get(pid) ?? []));
      }
      let sum = 0;
      const byGroup: Record<string, number> = {};
      for (const pid of tree) {
        const rss = table.get(pid)!.rss;
        sum += rss;
        if (!groups.has(pid)) groups.set(pid, options.group?.(commandLine(pid)) ?? 'other');
        const group = groups.get(pid)!;
        byGroup[group] = (byGroup[group] ?? 0) + rss;
        if (rss > peakProcessBytes) {
          peakProcessBytes = rss;
          peakProcess = group;
        }
      }
      peakTreeBytes = Math.max(peakTreeBytes, sum);
      for (const [group, bytes] of Object.entries(byGroup))
        peakByGroup[group] = Math.max(peakByGroup[group] ?? 0, bytes);
    };
    const timer = setInterval(poll, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, seconds: since(), peakTreeBytes, peakProcessBytes, peakProcess, peakByGroup, lines });
    });
  });
}

/** The environment a build runs in: no heap flag, whatever the caller's NODE_OPTIONS say. */
export function withoutHeapFlag(env: NodeJS.ProcessEnv): {
  env: NodeJS.ProcessEnv;
  removed: string | undefined;
} {
  const flags = (env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
  const heap = flags.filter((flag) => /^--max[-_]old[-_]space[-_]size/.test(flag));
  const rest = flags.filter((flag) => !heap.includes(flag));
  const clean: NodeJS.ProcessEnv = { ...env };
  if (rest.length) clean.NODE_OPTIONS = rest.join(' ');
  else delete clean.NODE_OPTIONS;
  return { env: clean, removed: heap.length ? heap.join(' ') : undefined };
}

import { readdir, readFile } from 'node:fs/promises';

/** utime + stime (+ reaped children's, with `children`) of a process from /proc, in ms (clock ticks of 10 ms). */
async function cpuOf(pid: string, children = false): Promise<{ ms: number; ppid: string } | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
  return { ms: ticks * 10, ppid: fields[1]! };
}

/**
 * CPU the PostgreSQL server listening on `port` has used so far, in ms: the postmaster, the backends
 * it reaped, and those alive (each connection of both servers' pools is one). Both servers share the
 * cluster, so this is read around one server's row only, when the other is idle.
 */
export async function postgresCpuMs(port: string): Promise<number> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  let postmaster: string | undefined;
  for (const pid of pids) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (args[0]?.endsWith('/postgres') && args.some((arg, i) => arg === `-p ${port}` || (arg === '-p' && args[i + 1] === port))) postmaster = pid;
  }
  if (!postmaster) return NaN;
  let total = (await cpuOf(postmaster, true))?.ms ?? 0;
  for (const pid of pids) {
    const cpu = await cpuOf(pid);
    if (cpu?.ppid === postmaster) total += cpu.ms;
  }
  return total;
}

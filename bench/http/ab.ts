import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { freePort } from '../turns/servers.js';

/**
 * `tsx bench/http/ab.ts <checkout A> <checkout B>`: CPU per request of two checkouts' HTTP stacks
 * (bench/http/server.ts: the app in front of a service that answers at once), loaded at the same
 * time with the widget's two requests (a start, then HTTP_AB_MESSAGES messages), so neighbours on a
 * busy machine hit both alike. HTTP_AB_ROUNDS (5) rounds of HTTP_AB_REQUESTS (6000) requests per
 * side at HTTP_AB_VISITORS (10) at once, after a warm-up of as many; prints each round's pair.
 * HTTP_AB_NODE_ARGS: node options for both servers (say `--cpu-prof --cpu-prof-dir=/tmp/p`).
 */
const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tsx bench/http/ab.ts <checkout A> <checkout B>');
const ROUNDS = Number(process.env.HTTP_AB_ROUNDS ?? 5);
const REQUESTS = Number(process.env.HTTP_AB_REQUESTS ?? 6000);
const VISITORS = Number(process.env.HTTP_AB_VISITORS ?? 10);
const MESSAGES = Number(process.env.HTTP_AB_MESSAGES ?? 8);
const SCRIPT = new URL('./server.ts', import.meta.url).pathname;

async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function side(dir: string) {
  const port = await freePort();
  const child = fork(SCRIPT, [dir], { execArgv: [...(process.env.HTTP_AB_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx'], env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${dir}: server exited ${code}`)));
  });
  return { dir, child, url: `http://127.0.0.1:${port}` };
}

async function post(url: string, body: unknown, expected: number, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text) as { conversationId?: string; visitorId?: string };
}

/** `count` requests from VISITORS visitors at once, each a start and then MESSAGES messages, again and again. */
async function drive(url: string, count: number) {
  let left = count;
  const visitor = async () => {
    while (left > 0) {
      left -= 1;
      const started = await post(`${url}/api/conversations`, { locale: 'en', context: { pageUrl: 'https://www.example.com/pricing' } }, 201);
      const headers = { 'x-kysy-visitor': started.visitorId! };
      for (let i = 0; i < MESSAGES && left > 0; i++, left--) {
        await post(`${url}/api/conversations/${started.conversationId}/messages`, { clientMessageId: randomUUID(), text: 'We are about 40 people, mostly technicians in the field' }, 200, headers);
      }
    }
  };
  await Promise.all(Array.from({ length: VISITORS }, visitor));
}

const sides = [await side(dirA), await side(dirB)];
try {
  await Promise.all(sides.map((s) => drive(s.url, REQUESTS)));
  for (let round = 1; round <= ROUNDS; round++) {
    const before = await Promise.all(sides.map((s) => cpuMs(s.child.pid!)));
    await Promise.all(sides.map((s) => drive(s.url, REQUESTS)));
    const after = await Promise.all(sides.map((s) => cpuMs(s.child.pid!)));
    const per = sides.map((_, i) => (after[i]! - before[i]!) / REQUESTS);
    console.log(`round ${round}: A ${per[0]!.toFixed(4)} ms/req, B ${per[1]!.toFixed(4)} ms/req, B/A ${(per[1]! / per[0]!).toFixed(3)}`);
  }
} finally {
  for (const s of sides) s.child.kill('SIGTERM');
}

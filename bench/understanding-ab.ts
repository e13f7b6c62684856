import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LeadDefinition, Locale } from '../qualification/definition/schema.js';
import type { UnderstandContext, Understanding } from '../qualification/understand/types.js';
import { cpuMicros, median } from './understanding-speed.js';
import { devSellers, loadDevSet } from './understanding/dev-set.js';

/**
 * `tsx bench/understanding-ab.ts <checkout A> <checkout B> [pairs]`: main-thread CPU µs per message
 * that `understand` takes in two checkouts of the repository, loaded side by side in this one process
 * and run in turns (A B, then B A, …), so that a busy machine weighs on both alike. The messages are
 * the ones visitors type: bench/fixtures' phrases read against the shipped example, asked what they
 * answer (bench:turns' visitors), and the dev sets' answers (bench/dev/, never the held-out sets) read
 * against their own definitions, asked what each answers. Prints each pair and the median ratio B/A.
 *
 * The copy loaded second runs ~25 % slower than the first even when both are the same code (V8 state
 * they share), so two processes run at once, one loading A first and one B first, and the figure is
 * the geometric mean of their median ratios, in which that bias cancels.
 */
type Understand = (definition: LeadDefinition, text: string, ctx: UnderstandContext) => Understanding;
type Parse = (yaml: string) => { ok: true; definition: LeadDefinition } | { ok: false; errors: string[] };
interface Job {
  definition: string;
  locale: Locale;
  text: string;
  asking: string | null;
}

const NOW = new Date('2026-01-15T10:00:00Z');
const LOCALES: Locale[] = ['en', 'fi', 'sv', 'pl'];
const ROOT = new URL('..', import.meta.url);

function corpus(): { files: Map<string, string>; jobs: Job[] } {
  const files = new Map<string, string>([['example', readFileSync(new URL('lead-definition.example.yaml', ROOT), 'utf8')]]);
  for (const seller of devSellers()) files.set(seller, readFileSync(new URL(`bench/dev/${seller}/lean-definition.yaml`, ROOT), 'utf8'));
  const jobs = LOCALES.flatMap((locale) => [
    ...(JSON.parse(readFileSync(new URL(`bench/fixtures/phrases.${locale}.json`, ROOT), 'utf8')) as { text: string; asking: string | null }[]).map(
      (p): Job => ({ definition: 'example', locale, text: p.text, asking: p.asking }),
    ),
    ...devSellers().flatMap((seller) => loadDevSet(seller, locale).items.map((i): Job => ({ definition: seller, locale, text: i.text, asking: i.ask }))),
  ]);
  return { files, jobs };
}

/** Slices a pass is cut into: A and B take turns slice by slice, so neither has the quieter second. */
const SLICES = 24;

/** One pass's slices, each run on call with its main-thread CPU µs returned. */
async function checkout(dir: string, files: Map<string, string>, jobs: Job[]): Promise<(() => number)[]> {
  const base = pathToFileURL(`${resolve(dir)}/`);
  const { understand } = (await import(new URL('qualification/understand/understand.ts', base).href)) as { understand: Understand };
  const { parseDefinition } = (await import(new URL('qualification/definition/parse.ts', base).href)) as { parseDefinition: Parse };
  const definitions = new Map(
    [...files].map(([name, yaml]) => {
      const parsed = parseDefinition(yaml);
      if (!parsed.ok) throw new Error(`${dir}: ${name}: ${parsed.errors.join('\n')}`);
      return [name, parsed.definition];
    }),
  );
  const read = jobs.map((j) => ({ definition: definitions.get(j.definition) as LeadDefinition, text: j.text, ctx: { locale: j.locale, now: NOW, asking: j.asking } }));
  const size = Math.ceil(read.length / SLICES);
  return Array.from({ length: SLICES }, (_, k) => () => {
    const started = cpuMicros();
    for (const r of read.slice(k * size, (k + 1) * size)) understand(r.definition, r.text, r.ctx);
    return cpuMicros() - started;
  });
}

/** Runs the pairs with A loaded first; prints them and the median B/A, which it returns. */
async function pairs(dirA: string, dirB: string, count: number): Promise<number> {
const { files, jobs } = corpus();
const a = await checkout(dirA, files, jobs);
const b = await checkout(dirB, files, jobs);
// Warm both up (compiling each definition, tiering the code) before anything is measured.
for (let i = 0; i < 3; i++) for (const slice of [...a, ...b]) slice();
const ratios: number[] = [];
for (let p = 0; p < count; p++) {
  let [ta, tb] = [0, 0];
  a.forEach((sliceA, k) => {
    const sliceB = b[k] as () => number;
    if ((p + k) % 2) {
      tb += sliceB();
      ta += sliceA();
    } else {
      ta += sliceA();
      tb += sliceB();
    }
  });
  [ta, tb] = [ta / jobs.length, tb / jobs.length];
  ratios.push(tb / ta);
  console.log(`pair ${p + 1}: A ${ta.toFixed(0)} µs/message, B ${tb.toFixed(0)} µs/message, B/A ${(tb / ta).toFixed(3)}`);
}
console.log(`median B/A ${median(ratios).toFixed(3)} over ${count} pairs of ${jobs.length} messages`);
return median(ratios);
}

const [dirA, dirB, pairsArg, child] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tsx bench/understanding-ab.ts <checkout A> <checkout B> [pairs]');
const count = Number(pairsArg ?? 8);
if (child) await pairs(dirA, dirB, count);
else {
  const run = (first: string, second: string) => promisify(execFile)(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), first, second, String(count), 'child'], { maxBuffer: 1 << 24 });
  const [ab, ba] = await Promise.all([run(dirA, dirB), run(dirB, dirA)]);
  const last = (out: string) => Number(/median B\/A ([\d.]+)/.exec(out)?.[1]);
  console.log(`A loaded first (B/A):\n${ab.stdout}B loaded first (A/B):\n${ba.stdout}`);
  const ratio = Math.sqrt(last(ab.stdout) / last(ba.stdout));
  console.log(`understanding A/B: B/A ${ratio.toFixed(3)} main-thread CPU per message (geometric mean of both load orders, ${count} pairs each)`);
}

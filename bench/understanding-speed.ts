import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../qualification/definition/parse.js';
import { Locale, type LeadDefinition } from '../qualification/definition/schema.js';
import { understand } from '../qualification/understand/understand.js';

/**
 * `tsx bench/understanding-speed.ts` (the end of `npm run bench:understanding`): CPU microseconds per
 * visitor message that `understand` takes, for short messages (one tuning phrase of bench/fixtures)
 * and long ones (eight of them in one message), on the shipped example (hundreds of synonyms per
 * locale), on the example with ten times its synonyms, and on the lean held-out definition (a
 * handful). Understanding should cost about the same on all three: each definition is compiled once
 * into an index, so a message meets only the synonyms it may hold.
 *
 * The machine is shared and V8 tiers code up as it runs, so the figures are made fair to each other:
 * every definition and message set is warmed up before any is measured (the first one measured no
 * longer pays for compiling the code), rounds visit them interleaved in a rotating order (a busy
 * moment falls on all of them alike), the CPU counted is the main thread's own (V8's compiler and GC
 * helper threads apart), and each figure is the median round.
 */
const ROOT = new URL('..', import.meta.url);
const NOW = new Date('2026-01-15T10:00:00Z');
const LONG_PARTS = 8;
const WARM_UP_ROUNDS = 3;
const ROUNDS = 9;
const TIMES_SYNONYMS = 10;

function load(path: string): LeadDefinition | null {
  const url = new URL(path, ROOT);
  if (!existsSync(url)) return null;
  const parsed = parseDefinition(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.definition;
}

/** Made-up words (seeded, so every run builds the same) shaped like the synonym they stand beside. */
function madeUpWords(seed: number): (like: string) => string {
  let a = seed >>> 0;
  const next = () => {
    a = (Math.imul(a, 1_103_515_245) + 12_345) >>> 0;
    return a >>> 8;
  };
  const consonants = 'bdfghjklmnprstvz';
  const vowels = 'aeiouy';
  return (like) =>
    like
      .split(/\s+/)
      .map((word) => Array.from({ length: Math.max(3, word.length) }, (_, i) => (i % 2 ? vowels[next() % vowels.length] : consonants[next() % consonants.length])).join(''))
      .join(' ');
}

/** The definition with `TIMES_SYNONYMS` times the synonyms: each label or synonym gets made-up companions. */
function moreSynonyms(definition: LeadDefinition): LeadDefinition {
  const word = madeUpWords(7);
  const criteria = definition.criteria.map((criterion) => {
    if (criterion.type !== 'choice' && criterion.type !== 'multi') return criterion;
    const options = criterion.options.map((option) => {
      const synonyms = Object.fromEntries(
        definition.locales.map((locale) => {
          const own = [option.label[locale], ...(option.synonyms[locale] ?? [])].filter((s): s is string => Boolean(s));
          const extra = own.flatMap((s) => Array.from({ length: TIMES_SYNONYMS - 1 }, () => word(s)));
          return [locale, [...(option.synonyms[locale] ?? []), ...extra]];
        }),
      );
      return { ...option, synonyms };
    });
    return { ...criterion, options };
  });
  return { ...definition, criteria } as LeadDefinition;
}

function phrases(locale: Locale): string[] {
  const rows = JSON.parse(readFileSync(new URL(`bench/fixtures/phrases.${locale}.json`, ROOT), 'utf8')) as { text: string }[];
  return rows.map((r) => r.text);
}

/** The main thread's CPU µs (Linux: its scheduler's nanoseconds); the process's elsewhere. */
export const cpuMicros = existsSync('/proc/thread-self/schedstat')
  ? () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000
  : () => {
      const { user, system } = process.cpuUsage();
      return user + system;
    };

/** Mean main-thread CPU µs per message of one pass over `messages`. */
function pass(definition: LeadDefinition, messages: [Locale, string][]): number {
  const started = cpuMicros();
  for (const [locale, text] of messages) understand(definition, text, { locale, now: NOW, asking: null });
  return (cpuMicros() - started) / messages.length;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The median round of each job, after warming them all up; round r starts at job r, so no job always runs first. */
export function interleaved(jobs: (() => number)[], rounds = ROUNDS, warmUp = WARM_UP_ROUNDS): number[] {
  for (let r = 0; r < warmUp; r++) for (const job of jobs) job();
  const figures = jobs.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < jobs.length; k++) {
      const j = (r + k) % jobs.length;
      figures[j]?.push((jobs[j] as () => number)());
    }
  }
  return figures.map(median);
}

export function measureSpeed(): { name: string; short: number; long: number }[] {
  const example = load('lead-definition.example.yaml');
  const definitions: [string, LeadDefinition | null][] = [
    ['example', example],
    [`example with ${TIMES_SYNONYMS}x synonyms`, example && moreSynonyms(example)],
    ['lean', load('bench/heldout/lean-definition.yaml')],
  ];
  const short: [Locale, string][] = Locale.options.flatMap((l) => phrases(l).map((t): [Locale, string] => [l, t]));
  const long: [Locale, string][] = Locale.options.flatMap((l) => {
    const all = phrases(l);
    return all.map((_, i): [Locale, string] => [l, Array.from({ length: LONG_PARTS }, (_x, k) => all[(i + k) % all.length]).join('. ')]);
  });
  const present = definitions.flatMap(([name, definition]) => (definition ? [{ name, definition }] : []));
  const figures = interleaved(present.flatMap(({ definition }) => [() => pass(definition, short), () => pass(definition, long)]));
  return present.map(({ name }, i) => ({ name, short: figures[2 * i] as number, long: figures[2 * i + 1] as number }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of measureSpeed()) {
    console.log(`understanding speed ${r.name}: ${r.short.toFixed(0)} µs CPU per short message, ${r.long.toFixed(0)} µs per long message (${LONG_PARTS} phrases)`);
  }
}

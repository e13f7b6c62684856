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
 */
const ROOT = new URL('..', import.meta.url);
const NOW = new Date('2026-01-15T10:00:00Z');
const LONG_PARTS = 8;
/** The machine is shared: the fastest round is the one least disturbed by other work. */
const ROUNDS = 7;
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

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** The fastest round's mean CPU µs per message, after one warm-up round (which also compiles the definition). */
function microsPerMessage(definition: LeadDefinition, messages: [Locale, string][]): number {
  const run = () => {
    const started = cpuMicros();
    for (const [locale, text] of messages) understand(definition, text, { locale, now: NOW, asking: null });
    return (cpuMicros() - started) / messages.length;
  };
  run();
  return Math.min(...Array.from({ length: ROUNDS }, run));
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
  return definitions.flatMap(([name, definition]) => (definition ? [{ name, short: microsPerMessage(definition, short), long: microsPerMessage(definition, long) }] : []));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of measureSpeed()) {
    console.log(`understanding speed ${r.name}: ${r.short.toFixed(0)} µs CPU per short message, ${r.long.toFixed(0)} µs per long message (${LONG_PARTS} phrases)`);
  }
}

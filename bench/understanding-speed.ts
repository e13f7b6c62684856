import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../qualification/definition/parse.js';
import { Locale, type LeadDefinition } from '../qualification/definition/schema.js';
import { understand } from '../qualification/understand/understand.js';

/**
 * `tsx bench/understanding-speed.ts`: microseconds per visitor message that `understand` takes, for
 * short messages (one tuning phrase of bench/fixtures) and long ones (eight of them in one message),
 * on the shipped example (hundreds of synonyms per locale) and on the lean held-out definition (a
 * handful) when it is there. Understanding should cost about the same on both: each definition is
 * compiled once into an index, so a message meets only the synonyms it may hold.
 */
const ROOT = new URL('..', import.meta.url);
const NOW = new Date('2026-01-15T10:00:00Z');
const LONG_PARTS = 8;
/** The machine is shared: the fastest round is the one least disturbed by other work. */
const ROUNDS = 7;

function load(path: string): LeadDefinition | null {
  const url = new URL(path, ROOT);
  if (!existsSync(url)) return null;
  const parsed = parseDefinition(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.definition;
}

function phrases(locale: Locale): string[] {
  const rows = JSON.parse(readFileSync(new URL(`bench/fixtures/phrases.${locale}.json`, ROOT), 'utf8')) as { text: string }[];
  return rows.map((r) => r.text);
}

/** The fastest round's mean µs per message, after one warm-up round (which also compiles the definition). */
function microsPerMessage(definition: LeadDefinition, messages: [Locale, string][]): number {
  const run = () => {
    const started = performance.now();
    for (const [locale, text] of messages) understand(definition, text, { locale, now: NOW, asking: null });
    return ((performance.now() - started) * 1000) / messages.length;
  };
  run();
  return Math.min(...Array.from({ length: ROUNDS }, run));
}

export function measureSpeed(): { name: string; short: number; long: number }[] {
  const definitions: [string, LeadDefinition | null][] = [
    ['example', load('lead-definition.example.yaml')],
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
    console.log(`understanding speed ${r.name}: ${r.short.toFixed(0)} µs per short message, ${r.long.toFixed(0)} µs per long message (${LONG_PARTS} phrases)`);
  }
}

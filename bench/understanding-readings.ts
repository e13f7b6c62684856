import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../qualification/definition/parse.js';
import { Locale, type LeadDefinition } from '../qualification/definition/schema.js';
import type { UnderstandContext, Understanding } from '../qualification/understand/types.js';
import { understand } from '../qualification/understand/understand.js';
import { readerThreads, ReaderUnavailable } from '../adapters/understanding/reader-thread.js';
import { devSellers, loadDevDefinition, loadDevSet } from './understanding/dev-set.js';

/**
 * `tsx bench/understanding-readings.ts [file]`: every reading `understand` gives of a fixed corpus —
 * the visitors' phrases of bench/fixtures and every dev set's answers (bench/dev/, tuning material,
 * never the held-out sets), per locale, read against the shipped example and each dev definition,
 * asked nothing and asked each criterion in turn. Prints one digest per definition and locale, and
 * with `file` writes every reading as a line, so that two checkouts (a change meant to keep results,
 * such as a speed-up) can be diffed reading by reading. With `--thread` every message is read on the
 * understanding worker thread Kysy reads on (adapters/understanding): its digests must be the same.
 */
const ROOT = new URL('..', import.meta.url);
const NOW = new Date('2026-01-15T10:00:00Z');

function example(): LeadDefinition {
  const parsed = parseDefinition(readFileSync(new URL('lead-definition.example.yaml', ROOT), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.definition;
}

/** The corpus of one locale: phrases first, then the dev sets' answers seller by seller, each text once. */
function texts(locale: Locale, sellers: string[]): string[] {
  const phrases = (JSON.parse(readFileSync(new URL(`bench/fixtures/phrases.${locale}.json`, ROOT), 'utf8')) as { text: string }[]).map((p) => p.text);
  return [...new Set([...phrases, ...sellers.flatMap((s) => loadDevSet(s, locale).items.map((i) => i.text))])];
}

type Read = (definition: LeadDefinition, text: string, ctx: UnderstandContext) => Understanding | Promise<Understanding>;

/** Every reading of the corpus by `read`, in order, a definition and locale (`group`) at a time. */
export async function* readings(read: Read = understand): AsyncGenerator<{ group: string; line: string }> {
  const sellers = devSellers();
  const definitions: [string, LeadDefinition][] = [['example', example()], ...sellers.map((s): [string, LeadDefinition] => [s, loadDevDefinition(s)])];
  for (const locale of Locale.options) {
    const corpus = texts(locale, sellers);
    for (const [name, definition] of definitions) {
      const askings = [null, ...definition.criteria.map((c) => c.id)];
      const asked = corpus.flatMap((text) => askings.map((asking) => ({ text, asking })));
      // All of a group at once: on the worker thread they queue there instead of waiting one by one.
      const understood = await Promise.all(asked.map(({ text, asking }) => read(definition, text, { locale, now: NOW, asking })));
      for (const [i, { text, asking }] of asked.entries()) {
        yield { group: `${name} ${locale}`, line: `${name}\t${locale}\t${asking}\t${JSON.stringify(text)}\t${JSON.stringify(understood[i])}` };
      }
    }
  }
}

/** A reader on the worker thread, once its worker has started (it refuses reads until then). */
async function threadReader(): Promise<{ read: Read; close(): Promise<void> }> {
  const reader = readerThreads(1, { patienceMs: 600_000 });
  const hello = example();
  for (;;) {
    try {
      await reader.read(hello, 'hello', { locale: 'en', now: NOW, asking: null });
      return { read: (definition, text, ctx) => reader.read(definition, text, ctx), close: () => reader.close() };
    } catch (error) {
      if (!(error instanceof ReaderUnavailable)) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const thread = process.argv.includes('--thread') ? await threadReader() : null;
  const file = process.argv.slice(2).find((arg) => arg !== '--thread');
  const lines: string[] = [];
  const digests = new Map<string, { hash: ReturnType<typeof createHash>; count: number }>();
  for await (const { group, line } of readings(thread?.read)) {
    let d = digests.get(group);
    if (!d) digests.set(group, (d = { hash: createHash('sha256'), count: 0 }));
    d.hash.update(`${line}\n`);
    d.count++;
    if (file) lines.push(line);
  }
  for (const [group, d] of digests) console.log(`readings ${group}: ${d.count} ${d.hash.digest('hex').slice(0, 16)}`);
  if (file) writeFileSync(file, `${lines.join('\n')}\n`);
  await thread?.close();
}

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../qualification/definition/parse.js';
import { Locale, type LeadDefinition } from '../qualification/definition/schema.js';
import { understand } from '../qualification/understand/understand.js';
import { devSellers, loadDevDefinition, loadDevSet } from './understanding/dev-set.js';

/**
 * `tsx bench/understanding-readings.ts [file]`: every reading `understand` gives of a fixed corpus —
 * the visitors' phrases of bench/fixtures and every dev set's answers (bench/dev/, tuning material,
 * never the held-out sets), per locale, read against the shipped example and each dev definition,
 * asked nothing and asked each criterion in turn. Prints one digest per definition and locale, and
 * with `file` writes every reading as a line, so that two checkouts (a change meant to keep results,
 * such as a speed-up) can be diffed reading by reading.
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

export function* readings(): Generator<{ group: string; line: string }> {
  const sellers = devSellers();
  const definitions: [string, LeadDefinition][] = [['example', example()], ...sellers.map((s): [string, LeadDefinition] => [s, loadDevDefinition(s)])];
  for (const locale of Locale.options) {
    const corpus = texts(locale, sellers);
    for (const [name, definition] of definitions) {
      const askings = [null, ...definition.criteria.map((c) => c.id)];
      for (const text of corpus) {
        for (const asking of askings) {
          const read = understand(definition, text, { locale, now: NOW, asking });
          yield { group: `${name} ${locale}`, line: `${name}\t${locale}\t${asking}\t${JSON.stringify(text)}\t${JSON.stringify(read)}` };
        }
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const lines: string[] = [];
  const digests = new Map<string, { hash: ReturnType<typeof createHash>; count: number }>();
  for (const { group, line } of readings()) {
    let d = digests.get(group);
    if (!d) digests.set(group, (d = { hash: createHash('sha256'), count: 0 }));
    d.hash.update(`${line}\n`);
    d.count++;
    if (file) lines.push(line);
  }
  for (const [group, d] of digests) console.log(`readings ${group}: ${d.count} ${d.hash.digest('hex').slice(0, 16)}`);
  if (file) writeFileSync(file, `${lines.join('\n')}\n`);
}

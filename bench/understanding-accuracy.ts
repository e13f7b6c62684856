import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AnswerValue, CONFIDENT } from '../qualification/answer.js';
import { parseDefinition } from '../qualification/definition/parse.js';
import { Locale } from '../qualification/definition/schema.js';
import { understand } from '../qualification/understand/understand.js';

/** A labelled visitor message: what a careful reader takes from it, and what the visitor wants. */
const Phrase = z.object({
  asking: z.string().nullable(),
  text: z.string(),
  expected: z.record(z.string(), AnswerValue),
  intents: z.array(z.string()).optional(),
});
const Phrases = z.array(Phrase);

export interface LocaleAccuracy {
  locale: Locale;
  phrases: number;
  /** Confident extractions that are right / all confident extractions. */
  precision: number;
  /** Expected facts read confidently and right / all expected facts. */
  recall: number;
  /** Expected facts read right but below CONFIDENT: the bot asks the visitor to confirm them. */
  toConfirm: number;
  /** Phrases whose labelled intents were all recognised / phrases with labelled intents. */
  intentHits: number;
  intentPhrases: number;
  misses: string[];
}

const same = (a: AnswerValue, b: AnswerValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v) => b.includes(v)) : a === b;

/** Mid-January, as in the unit tests: "before summer" is within 6 months, "in the autumn" within 12. */
const NOW = new Date('2026-01-15T10:00:00Z');

export function measureUnderstanding(): LocaleAccuracy[] {
  const root = new URL('..', import.meta.url);
  const parsed = parseDefinition(readFileSync(new URL('lead-definition.example.yaml', root), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return Locale.options.map((locale) => {
    const phrases = Phrases.parse(JSON.parse(readFileSync(new URL(`bench/fixtures/phrases.${locale}.json`, root), 'utf8')));
    let truePositives = 0;
    let confidentTotal = 0;
    let expectedTotal = 0;
    let toConfirm = 0;
    let intentHits = 0;
    let intentPhrases = 0;
    const misses: string[] = [];
    for (const phrase of phrases) {
      const result = understand(parsed.definition, phrase.text, { locale, now: NOW, asking: phrase.asking });
      const confident = result.extractions.filter((e) => e.confidence >= CONFIDENT);
      confidentTotal += confident.length;
      for (const e of confident) {
        const want = phrase.expected[e.criterionId];
        if (want !== undefined && same(want, e.value)) truePositives++;
        else misses.push(`wrong  ${phrase.text} → ${e.criterionId}=${JSON.stringify(e.value)}`);
      }
      for (const [criterionId, want] of Object.entries(phrase.expected)) {
        expectedTotal++;
        const got = result.extractions.find((e) => e.criterionId === criterionId);
        if (got && got.confidence < CONFIDENT && same(want, got.value)) toConfirm++;
        if (!got || got.confidence < CONFIDENT) misses.push(`missed ${phrase.text} → ${criterionId}=${JSON.stringify(want)}${got ? ` (unsure ${JSON.stringify(got.value)})` : ''}`);
      }
      if (phrase.intents) {
        intentPhrases++;
        if (phrase.intents.every((i) => (result.intents as string[]).includes(i))) intentHits++;
        else misses.push(`intent ${phrase.text} → got [${result.intents.join(', ')}], want [${phrase.intents.join(', ')}]`);
      }
    }
    return {
      locale,
      phrases: phrases.length,
      precision: confidentTotal ? truePositives / confidentTotal : 1,
      recall: expectedTotal ? truePositives / expectedTotal : 1,
      toConfirm,
      intentHits,
      intentPhrases,
      misses,
    };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  for (const r of measureUnderstanding()) {
    console.log(
      `${r.locale}: ${r.phrases} phrases  precision ${pct(r.precision)}  recall ${pct(r.recall)}  to confirm ${r.toConfirm}  intents ${r.intentHits}/${r.intentPhrases}`,
    );
    if (verbose) for (const m of r.misses) console.log(`    ${m}`);
  }
}

import type { Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { ALL_PACKS, packFor } from '../locales/index.js';
import { asksProduct } from './choices/implied-concepts.js';
import { fold, tokenize, type Message } from './normalize.js';
import type { UnderstandContext } from './types.js';
import { STARTS_UPPER_OR_DIGIT } from './letters.js';

/** Words of a name: a product's is short ("Odoo", "Subiekt GT", "Visma Nova"). */
const MAX_NAME_WORDS = 3;
/** Read from a bare name, a reading to confirm in passing but enough to record for the question asked. */
const NAMED = 0.8;

/** Every word of the packs' phrases ("nothing", "paper", "excel", "dunno"): a reply of such words says something else than a name. */
let known: ReadonlySet<string> | null = null;
function knownWords(): ReadonlySet<string> {
  known ??= new Set(
    ALL_PACKS.flatMap((p) => [
      ...Object.values(p.concepts).flatMap((phrases) => phrases.flatMap((phrase) => tokenize(fold(phrase)).map((t) => t.text))),
      ...p.lexicon.generic,
      ...p.lexicon.stopwords,
      ...p.lexicon.negations,
    ]),
  );
  return known;
}

/** A capital and two more letters first ("Jira", not "X1"); module-level, as letters.ts says. */
const NAME_START = /^\p{Lu}\p{L}{2}/u;

/**
 * Asked which product the company runs ("Which ERP do you use?": most options name products), a
 * reply that is only a name no option lists ("Odoo", "meillä on Jeeves", "vi har Fortnox", "Subiekt
 * GT") names another product: the catch-all's. Only a name as written (each word capitalised or a
 * version, "GT", "365"), behind the pack's words for using one (`lexicon.using`), none of its words
 * one the packs know from their phrases ("Nothing", "Paper"); and only where nothing else was read.
 */
export function productNamed(definition: LeadDefinition, message: Message, ctx: UnderstandContext): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (!asked || (asked.type !== 'choice' && asked.type !== 'multi') || !asksProduct(asked.options, definition.locales)) return [];
  const catchAll = asked.options.find((o) => o.other ?? o.id === 'other');
  if (!catchAll) return [];
  const { using } = packFor(ctx.locale).lexicon;
  const lead = using.filter((u) => message.folded.startsWith(`${u} `)).sort((a, b) => b.length - a.length)[0] ?? '';
  const words = message.tokens.filter((t) => t.start >= lead.length);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || /[^\p{L}\p{N}\s.,!:'’-]/u.test(message.folded.slice(lead.length))) return [];
  const written = words.map((t) => message.original.slice(t.start, t.end));
  const named = written.every((w) => STARTS_UPPER_OR_DIGIT.test(w)) && NAME_START.test(written[0] ?? '');
  if (!named || words.some((t) => knownWords().has(t.text))) return [];
  const raw = message.original.slice(words[0]!.start, words.at(-1)!.end);
  return [{ criterionId: asked.id, value: asked.type === 'multi' ? [catchAll.id] : catchAll.id, raw, confidence: NAMED }];
}

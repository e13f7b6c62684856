import { CONFIDENT } from '../../answer.js';
import type { LeadDefinition, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { fold, tokenize, type Message, type Span, type Token } from '../normalize.js';
import type { UnderstandContext } from '../types.js';
import { matchPhrase, wordOf, type Level, type Word } from './match.js';
import { messageWords } from './message-words.js';
import { compiledTerms } from './term-index.js';
import type { Term } from './terms.js';
import { tradesIn } from './trade-codes.js';
import { businessOfFunction, OWNER } from './business-functions.js';
import { coverage, ownerOf } from './trade-owners.js';
import { othersWork } from './persons.js';

/** Words from the verb to the end of the business named: an article, a possessive, a word or two that say which ("a small dental clinic"). */
const OBJECT_REACH = 4;
const READ: readonly Level[] = ['exact', 'inflected'];

interface Hit extends Span {
  term: Term;
  confidence: number;
  level: Level;
}

const phrases = perPack((pack): { verbs: Word[][]; places: Word[][] } => {
  const words = (phrase: string) => tokenize(fold(phrase)).map((t) => wordOf(phrase.slice(t.start, t.end), pack));
  const { verbs, places } = pack.occupations.owning;
  return { verbs: verbs.map(words), places: [...pack.businesses, ...places].map(words) };
});

/**
 * Asked their role, a visitor who says they own, run or founded a business ("I own the clinic",
 * "pyöritän ravintolaa vaimon kanssa", "jag startade bolaget", "założyłem firmę") answers with the
 * option the owner's work is, by a verb of the pack's `owning` and a business right after it: a
 * word for one or any trade the pack knows, however the marketer named the option. Only where
 * nothing else answers; a department of the business ("I run the warehouse", "pyöritän varastoa")
 * is that function's work, a negated verb no answer.
 */
export function ownedBusiness(definition: LeadDefinition, message: Message, ctx: UnderstandContext, kept: readonly Hit[]): Hit[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (!asked || asked.category !== 'person' || asked.type !== 'choice' || kept.some((h) => h.term.criterion === asked && h.confidence >= CONFIDENT)) return [];
  const pack = packFor(ctx.locale);
  const { tokens, folded } = message;
  const words = messageWords(message, pack);
  const { verbs } = phrases(pack);
  const read = (at: number, phrase: Word[]) => {
    const m = matchPhrase(tokens, words, folded, at, phrase, pack);
    return m && READ.includes(m.level) ? m : null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const verb = verbs.map((v) => read(i, v)).find(Boolean);
    // "Isä omistaa tilan", "my boss owns the place": someone else's business, not the visitor's.
    if (!verb || negatedBefore(tokens, i, folded, pack) || othersWork(verb, message, pack)) continue;
    const object = tokens.filter((t) => t.start >= verb.end && !/[,.;:!?\n]/.test(folded.slice(verb.end, t.start))).slice(0, OBJECT_REACH);
    const end = businessEnd(object, tokens, folded, pack, read);
    // "I run the company's books": the business only says whose function it is.
    if (end === null || businessOfFunction({ start: verb.start, end }, message, pack)) continue;
    const option = ownerOption(definition, asked.options);
    const term = option && compiledTerms(definition, ctx.locale).terms.find((t) => t.option === option && t.own);
    return term ? [{ start: verb.start, end, term, confidence: CONFIDENT + 0.05, level: 'inflected' }] : [];
  }
  return [];
}

/**
 * Where the business named first after the verb ends, or null: a negation, a function's work ("the
 * warehouse") or a word joining something else before it names none.
 */
function businessEnd(object: Token[], tokens: Token[], folded: string, pack: LocalePack, read: (at: number, phrase: Word[]) => Span | null): number | null {
  const { places } = phrases(pack);
  for (let n = 1; n <= object.length; n++) {
    const stretch = object.slice(0, n);
    if (stretch.some((t) => pack.lexicon.negations.has(t.text))) return null;
    // A word joining something else ("I started as a cleaner at the company", "jag startade som städare") ends what the verb took.
    if (stretch.slice(0, -1).some((t) => pack.lexicon.stopwords.has(t.text) && !determiners(pack).has(t.text))) return null;
    const text = folded.slice((stretch[0] as Token).start, (stretch.at(-1) as Token).end);
    if (tradesIn(text, pack, 'occupations').length > 0) return null;
    const last = stretch.at(-1) as Token;
    const at = tokens.indexOf(last);
    const place = places.some((p) => p.length === 1 && read(at, p)) || places.some((p) => p.length > 1 && tokens.some((_, k) => read(k, p)?.end === last.end));
    if (place || tradesIn(text, pack, 'industries').length > 0) return last.end;
  }
  return null;
}

/** Words that may stand before the business as its determiner ("the", "our", "a"): `people.others` and `people.bare`, folded. */
const determiners = perPack((pack) => new Set([...pack.people.others, ...pack.people.bare].map(fold)));

/** "I don't run", "nie prowadzę", "en omista": a negation right before the verb. */
const negatedBefore = (tokens: Token[], i: number, folded: string, pack: LocalePack) =>
  tokens.slice(Math.max(0, i - 2), i).some((t) => pack.lexicon.negations.has(t.text) && !/[,.;!?\n]/.test(folded.slice(t.end, (tokens[i] as Token).start)));

const owners = new WeakMap<readonly Option[], Option | null>();
/** The option the owner's work is, not the catch-all: what a definition's own words make of "owner", "CEO", "toimitusjohtaja". */
function ownerOption(definition: LeadDefinition, options: readonly Option[]): Option | null {
  if (!owners.has(options)) {
    const catchAll = options.find((o) => o.other ?? o.id === 'other');
    const covered = new Map([...coverage(options, definition.locales, 'occupations')].filter(([o]) => o !== catchAll));
    const owner = ownerOf(OWNER, covered, catchAll, 'occupations');
    owners.set(options, owner === catchAll ? null : owner);
  }
  return owners.get(options) ?? null;
}

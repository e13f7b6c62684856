import { PERSON_CONCEPTS, type Concept } from '../../definition/concepts.js';
import type { LeadDefinition, Locale, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { fold, tokenize, type Message, type Span, type Token } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { tradesIn } from './trade-codes.js';
import type { ChoiceCriterion, Term } from './terms.js';
import { LETTER } from '../letters.js';
import { decidingCriterion } from './persons.js';

/** A compound's function before its level word must be a word of its own ("IT-|chef", "lager|chef"), not a letter or two ("s|chef"). */
const MIN_FUNCTION = 2;

const lower = (text: string) => text.toLocaleLowerCase();

/** ISCO-08 1.1: chief executives, senior officials and legislators. */
const CHIEF_EXECUTIVES = '1.1';

/** The function a title names and how it was written: "e-commerce" of "head of e-commerce", "e-handel" of "e-handelschef". */
interface Split {
  /** The title's words before the compound holding its level ("" when there is none). */
  prefix: string;
  /** The function as its own words ("e-handel", "kundtjänst", "IT"). */
  core: string;
  /** The function as written before a compound's level word ("e-handels", "IT-"), when the title was one word. */
  modifier?: string;
}

function split(written: string, pack: LocalePack): Split | undefined {
  const { before, after, linking } = pack.occupations.levels;
  const text = lower(written);
  const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
  for (const level of byLength(before)) if (text.startsWith(`${lower(level)} `)) return { prefix: '', core: written.slice(level.length + 1).trim() };
  for (const level of byLength(after)) if (text.endsWith(` ${lower(level)}`)) return { prefix: '', core: written.slice(0, -level.length - 1).trim() };
  if (!pack.forms.compounding) return undefined;
  const at = written.lastIndexOf(' ') + 1;
  const last = text.slice(at);
  for (const level of byLength(after)) {
    if (!last.endsWith(lower(level)) || last.length - level.length < MIN_FUNCTION) continue;
    const modifier = written.slice(at, written.length - level.length);
    // "e-handel|s|chef" is "chef för e-handel"; "IT-|chef" is "chef för IT".
    const joint = linking.find((l) => modifier.endsWith(l) && !modifier.endsWith(l + l) && modifier.length - l.length >= MIN_FUNCTION);
    const core = (joint ? modifier.slice(0, -joint.length) : modifier).replace(/-$/, '');
    return { prefix: written.slice(0, at), core, modifier };
  }
  return undefined;
}

/** Words of rank and seniority (folded), per pack: with nothing else they name no function. */
const rankWords = perPack((pack) => {
  const { before, after, seniority } = pack.occupations.levels;
  // The rank word of each phrase and the word joining it to the function: "head" and "of" of "head of", "chef" and "för" of
  // "chef för", not "president" of "vice president of".
  const rankOf = (p: string) => tokenize(fold(p)).map((t) => t.text);
  return new Set([...before.flatMap((p) => [rankOf(p)[0] ?? '', rankOf(p).at(-1) ?? '']), ...after.map((p) => rankOf(p).at(-1) ?? ''), ...seniority.flatMap(rankOf)].filter(Boolean));
});

/** Whether a text is nothing but words of rank ("manager", "senior manager", "päällikkö", "chef", "kierownik"). */
function rankOnlyText(text: string, pack: LocalePack): boolean {
  const words = rankWords(pack);
  const tokens = tokenize(fold(text.normalize('NFC')));
  return tokens.length > 0 && tokens.every((t) => words.has(t.text));
}

/**
 * The marketer's title said with another word of rank, as visitors do: "VP of e-commerce" or
 * "e-commerce lead" for "head of e-commerce", "verkkokauppavastaava" for "verkkokauppapäällikkö",
 * "chef för e-handel" for "e-handelschef", "dyrektor e-commerce" for "kierownik e-commerce", and as
 * leading it ("I lead e-commerce", "jag leder e-handel"). Only
 * where the title says a function beside its rank: "manager" alone names none.
 */
export function titleVariants(text: string, pack: LocalePack): string[] {
  const written = text.normalize('NFC').trim();
  // The head of the company ("managing director", "toimitusjohtaja", "dyrektor generalny") is one title, not a rank of "managing" or "toimitus".
  if (tradesIn(written, pack, 'occupations', true).some((code) => code.startsWith(`${CHIEF_EXECUTIVES}.`))) return [];
  const found = split(written, pack);
  if (!found || !LETTER.test(found.core) || rankOnlyText(found.core, pack)) return [];
  const { before, after, leading } = pack.occupations.levels;
  const { prefix, core, modifier } = found;
  // Leading the function is holding its title: "I lead customer service", "jag leder kundtjänst";
  // not where the function is a little word in small letters ("IT": "my wife and I run it").
  const pronoun = pack.lexicon.stopwords.has(fold(core));
  const variants = new Set<string>([...before.map((level) => `${level} ${core}`), ...after.map((level) => `${core} ${level}`), ...(pronoun ? [] : leading.map((verb) => `${verb} ${core}`))]);
  // A compound keeps its way of joining ("e-handels|ansvarig", "verkkokauppa|vastaava").
  if (modifier !== undefined) for (const level of after) variants.add(`${prefix}${modifier}${level}`);
  variants.delete(written);
  return [...variants];
}

/** The marketer's title with a deputy or co-holder glued before it ("wice|dyrektor" for "dyrektor"): the same function. */
export const deputyVariants = (text: string, pack: LocalePack): string[] => pack.occupations.levels.gluedDeputies.map((prefix) => `${prefix}${text.normalize('NFC').trim()}`);

/**
 * A question about the visitor's job, whose titles take other words of rank: about a person, not
 * about who decides (its "my boss" is no title of the visitor's) nor about rank itself.
 */
export function titledCriterion(criterion: ChoiceCriterion, definition: LeadDefinition, implied: Map<Option, readonly Concept[]>): boolean {
  if (criterion.category !== 'person') return false;
  if (criterion.options.some((o) => [...(o.means ?? []), ...(implied.get(o) ?? [])].some((c) => PERSON_CONCEPTS.has(c)))) return false;
  return !aboutRank(criterion, definition.locales);
}

const ranked = new WeakMap<ChoiceCriterion, boolean>();
/**
 * A question about rank, not function: two or more of its options name a rank alone ("manager",
 * "director", "päällikkö"). Swapping the rank of a title there changes the answer, so its titles
 * get no variants.
 */
function aboutRank(criterion: ChoiceCriterion, locales: readonly Locale[]): boolean {
  let known = ranked.get(criterion);
  if (known === undefined) {
    const texts = (locale: Locale) => criterion.options.map((o) => [o.label[locale], ...(o.synonyms[locale] ?? [])].filter((t): t is string => Boolean(t)));
    const bare = criterion.options.filter((_, i) => locales.some((l) => (texts(l)[i] ?? []).some((t) => rankOnlyText(t, packFor(l)))));
    ranked.set(criterion, (known = bare.length >= 2));
  }
  return known;
}

/**
 * A role read from words of rank alone ("chef", "kierownik", "senior manager") inside a longer
 * title of an option, or as a pack's word (Swedish "chef" is no cook): rank says no function, so it
 * is no answer. A rank the marketer listed alone ("supervisor") stays theirs.
 */
export function rankOnly(hit: Span & { term: Term }, message: Message, pack: LocalePack, definition: LeadDefinition): boolean {
  if (!titledCriterion(hit.term.criterion, definition, impliedConcepts(definition))) return false;
  const words = rankWords(pack);
  const tokens = message.tokens.filter((t) => t.start >= hit.start && t.end <= hit.end);
  const rank = (w: string) => words.has(w);
  return tokens.length > 0 && tokens.every((t) => rank(t.text)) && (hit.term.lexical || !hit.term.words.every((w) => rank(w.text)));
}

/** Words after a level ("head of", "dyrektor ds.") that may name the function it leads. */
const FUNCTION_REACH = 4;

/** A criterion with an option about who decides ("Someone else decides", by `means` or implied). */
const decidingOption = (criterion: ChoiceCriterion, definition: LeadDefinition) => {
  const implied = impliedConcepts(definition);
  return criterion.options.some((o) => [...(o.means ?? []), ...(implied.get(o) ?? [])].some((c) => PERSON_CONCEPTS.has(c)));
};

/** The pack's levels before a function, as folded words ("vice president of" → vice, president, of), also without their joining word ("vice president HR"). */
const levelsBefore = perPack((pack) => {
  const words = pack.occupations.levels.before.map((l) => tokenize(fold(l)).map((t) => t.text));
  const unjoined = words.filter((w) => w.length > 1 && pack.lexicon.stopwords.has(w.at(-1) as string)).map((w) => w.slice(0, -1));
  return [...words, ...unjoined];
});

/**
 * A title read inside a level that leads a function named after it is that level, not the title:
 * "vice president of sales", "Director of Customer Success", "dyrektor ds. obsługi klienta" are the
 * function's head, not the company's (a "president" or a marketer's "director" alone).
 */
export function levelOfFunction(hit: Span & { term: Term }, message: Message, pack: LocalePack, definition: LeadDefinition): boolean {
  // About the visitor's job, not about who decides ("szef płaci" is the boss).
  if (hit.term.criterion.category !== 'person' || decidingCriterion(hit.term, pack) || decidingOption(hit.term.criterion, definition)) return false;
  const { tokens, folded, original } = message;
  const from = tokens.findIndex((t) => t.start >= hit.start);
  if (from < 0) return false;
  for (const level of levelsBefore(pack)) {
    for (let at = Math.max(0, from - level.length + 1); at <= from; at++) {
      const words = tokens.slice(at, at + level.length);
      if (words.length < level.length || words.some((t, k) => t.text !== level[k]) || (words.at(-1) as Token).end < hit.end) continue;
      const rest = tokens.slice(at + level.length).filter((t) => !/[,.;:!?\n]/.test(folded.slice((words.at(-1) as Token).end, t.start).replace(/^\.\s*/, ''))).slice(0, FUNCTION_REACH);
      if (rest.length && tradesIn(original.slice((rest[0] as Token).start, (rest.at(-1) as Token).end), pack, 'occupations').length > 0) return true;
    }
  }
  return false;
}

/** The stems of the words of rank, as verbs of leading share them ("leads", "heads"). */
const rankStems = perPack((pack) => new Set([...rankWords(pack)].map((w) => pack.forms.stem(w))));
const rankHeaded = (word: string, pack: LocalePack) => pack.occupations.levels.after.some((level) => word.length > fold(level).length + MIN_FUNCTION && word.endsWith(fold(level)));

/** Words between a function and its rank ("customer care | team | lead", "gruppchef | på | kundservice"). */
const RANK_GAP = 1;
/** ISCO-08 major group 1, managers: their work said in words is their title's function. */
const MANAGERS = '1';

/**
 * Work of a unit other than managers (answering customers, 4.2.2.2) said beside a word of rank
 * ("head of customer care", "customer care team lead", "kierownik BOK") names the head of that
 * work, whom ISCO files with the managers, not a worker doing it: no reading of its own.
 */
export function ledWork(hit: Span & { term: Term }, message: Message, pack: LocalePack): boolean {
  if (!hit.term.lexical || !hit.term.work || hit.term.criterion.category !== 'person') return false;
  const codes = tradesIn(message.original.slice(hit.start, hit.end), pack, 'occupations');
  if (!codes.length || codes.every((c) => c.split('.')[0] === MANAGERS)) return false;
  const { tokens, folded } = message;
  const words = rankWords(pack);
  const joined = (a: Token, b: Token) => /^[\s\-/]*$/.test(folded.slice(a.end, b.start));
  const at = tokens.findIndex((t) => t.start >= hit.start);
  const end = tokens.findLastIndex((t) => t.end <= hit.end);
  if (at < 0 || end < 0) return false;
  const near = (from: number, step: 1 | -1) => {
    let prev = tokens[from] as Token;
    for (let k = 1; k <= RANK_GAP + 1; k++) {
      const t = tokens[from + step * k];
      if (!t || !(step > 0 ? joined(prev, t) : joined(t, prev))) return false;
      // A rank alone or a compound's head ("grupp|chef på kundservice").
      // The little word joining a level to its function ("of", "på") is no rank: "part of customer service" is no head.
      if (!pack.lexicon.stopwords.has(t.text) && (words.has(t.text) || rankStems(pack).has(pack.forms.stem(t.text)) || (pack.forms.compounding && rankHeaded(t.text, pack)))) return true;
      prev = t;
    }
    return false;
  };
  return near(end, 1) || near(at, -1);
}

import { COUNTRY_CODES, PART_OF, type Concept } from '../../definition/concepts.js';
import { isGoods, type GoodsConcept } from '../../definition/goods.js';
import { painsEnded } from '../../definition/motives.js';
import type { Criterion, LeadDefinition, Locale, Option } from '../../definition/schema.js';
import { CITIES } from '../../locales/cities.js';
import { ALL_PACKS, packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { goodsWordsFor } from './goods.js';
import { classifiedWordsFor } from './classified-words.js';
import { kinWordsFor } from './kin.js';
import { languageWordsFor } from './languages.js';
import { wordOf, type Word } from './match.js';
import { deputyVariants, titledCriterion, titleVariants } from './titles.js';
import { toolVariants } from './tool-words.js';
import { abbreviationVariants } from './abbreviations.js';
import { mixOption } from './mix.js';
import { adviceWordsFor } from './advice.js';
import { othersVariants } from './determiners.js';
import { statusWordsFor } from './statuses.js';
import { saysNot } from './says-not.js';
import { floatedVariants } from './floating-words.js';
import { STARTS_UPPER, STARTS_UPPER_OR_DIGIT } from '../letters.js';

export type ChoiceCriterion = Extract<Criterion, { type: 'choice' | 'multi' }>;

/** One label or synonym of an option, ready to match. */
export interface Term {
  criterion: ChoiceCriterion;
  option: Option;
  words: Word[];
  /** Written in the visitor's locale (or locale-neutral), not borrowed from another one. */
  own: boolean;
  /** Made only of words like "yes", "other", "not now": an answer to the question asked, never volunteered. */
  generic: boolean;
  /** A single word of at most three letters ("IT", "el", "vd"). */
  short: boolean;
  /** Of the catch-all option (`other: true`, or id `other`): it answers the question asked, it is never volunteered. */
  catchAll: boolean;
  /** A trade word of the locale pack or a concept the option's words only imply, not the marketer's: it answers the question asked, never volunteered, and yields to a synonym. */
  lexical: boolean;
  /** The locale's words for a concept the option means (`means: [no_budget]`), not the marketer's own synonyms. */
  concept: boolean;
  /** A pack's words for the visitor's work ("I run payroll"), naming no person: not someone else's role. */
  work: boolean;
  /** A trade word for a kind of work done on any trade (installing, servicing, repairing: `ACTIVITY_CODES`), not a trade itself. */
  activity: boolean;
  /** A business trade the company option takes only as the rest of the business economy (`ClassifiedWord.remainder`). */
  remainder: boolean;
  /** A verb of making or building (`ClassifiedWord.making`): it yields to a trade it is followed by. */
  making: boolean;
  /** A product (`ClassifiedWord.made`): the trade that makes it only beside a word of making in its clause. */
  made: boolean;
  /** A pack's word for goods a shop sells ("sneakers", `goodsWordsFor`): named after selling, it is what is sold. */
  goods: boolean;
  /** Goods no option is sure to take (`GoodsWord.open`): they hold their words against shorter ones, then answer nothing. */
  open: boolean;
  /** One of the alternatives a label or synonym joins ("dispatching" of "Scheduling and dispatching"): the marketer's words, asked only. */
  part: boolean;
  /** A part of the mix option's words ("egen IT" of "egen IT och partner", `mixOption`): one of the options mixed, the mix only beside another part. */
  joint: boolean;
  /** The option's label says a thing does not happen ("Tillbud rapporteras inte", `saysNot`): a negation beside its words agrees with it. */
  saysNot: boolean;
}

/** A synonym may be borrowed from any language of the definition, so generic words of every pack count. */
export const GENERIC_WORDS = new Set(ALL_PACKS.flatMap((p) => p.lexicon.generic));

const regionNames = new Map<string, Intl.DisplayNames>();
/** A country's name in a language, from CLDR (the runtime's Intl data). */
function countryName(code: string, tag: string): string | undefined {
  let names = regionNames.get(tag);
  if (!names) regionNames.set(tag, (names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' })));
  return names.of(code);
}

/** A country's names in a pack's language: CLDR's and the everyday ones beside it ("UK", "Hollanti"). */
const countryNames = (code: string, pack: LocalePack): string[] => [countryName(code, pack.tag) ?? [], pack.countryAliases[code] ?? []].flat();

/**
 * What names an option, per locale: its label and synonyms, the visitor's words for the concepts
 * it means, its country's name. Languages the visitor's locale mixes in count as its own for names.
 */
function optionTexts(option: Option, tag: Locale): string[] {
  const pack = packFor(tag);
  return [
    ...[option.label[tag], ...(option.synonyms[tag] ?? [])].filter((t): t is string => Boolean(t)),
    ...phrased(option).filter((c) => !REPLIES.has(c)).flatMap((c) => pack.concepts[c]),
    ...(option.country ? [option.country, ...partsOfCountry(option.country)].flatMap((code) => [pack, ...pack.mixesIn].flatMap((p) => countryNames(code, p))) : []),
  ];
}

/** The concepts an option means that the packs hold phrases for; kinds of goods come as trade words do (`goodsWordsFor`). */
const hasPhrases = (c: Concept): c is Exclude<Concept, GoodsConcept> => !isGoods(c);
const phrased = (option: Option) => (option.means ?? []).filter(hasPhrases);
const conceptTexts = (option: Option, tag: Locale): string[] => phrased(option).filter((c) => !REPLIES.has(c)).flatMap((c) => packFor(tag).concepts[c]);

/** Concepts that only reply to a question ("we do", "nope", "no idea"): they answer the one asked, never volunteer. */
const REPLIES: ReadonlySet<Concept> = new Set(['yes', 'no', 'dont_know']);
const replyTexts = (option: Option, tag: Locale): string[] => phrased(option).filter((c) => REPLIES.has(c)).flatMap((c) => packFor(tag).concepts[c]);

/** The regions of a country with codes of their own ("Åland" of Finland): an option for the country takes them. */
const partsOfCountry = (code: string) => Object.keys(PART_OF).filter((part) => PART_OF[part] === code);

/** The countries no option of a criterion with country options lists: the catch-all takes them. */
function unlistedCountries(criterion: ChoiceCriterion, pack: LocalePack): string[] {
  return unlistedCodes(criterion).flatMap((code) => [pack, ...pack.mixesIn].flatMap((p) => countryNames(code, p)));
}

/**
 * Where a company is, said another way than the country's name: a city or region of it ("i
 * Jönköping", "w Krakowie") or the word for its people ("a Polish company", "puolalainen
 * yritys"); read only as the answer asked for (a language may be meant; a city said in passing
 * may be where a customer or a site is).
 */
function placesOf(code: string, pack: LocalePack): { cities: readonly string[]; demonyms: string[] } {
  return { cities: CITIES[code] ?? [], demonyms: [pack, ...pack.mixesIn].flatMap((p) => p.demonyms[code] ?? []) };
}

/** The countries no option of a criterion with country options lists, by code; a region of a listed one is listed with it. */
function unlistedCodes(criterion: ChoiceCriterion): string[] {
  if (!criterion.options.some((o) => o.country)) return [];
  const listed = new Set(criterion.options.flatMap((o) => (o.country ? [o.country] : [])));
  return COUNTRY_CODES.filter((code) => !listed.has(code) && !listed.has(PART_OF[code] ?? code));
}

/** A synonym written as a name: every word capitalised ("Fortnox", "Google Sheets", "Dynamics 365"). */
const isName = (text: string) => STARTS_UPPER.test(text) && text.split(/\s+/).every((w) => STARTS_UPPER_OR_DIGIT.test(w));

/** Capitals only ("IT", "HVAC"); module-level, as letters.ts says. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A part of a label shorter than this, unless an acronym ("IT", "HVAC"), is too little to name an option alone ("jako", "pen"). */
const MIN_PART = 5;

/**
 * The alternatives a label or synonym joins ("Scheduling and dispatching", "Owner / CEO",
 * "Töiden aikataulutus ja jako", "Things run fine, I'm just curious"), each of which names the
 * option on its own; none when it joins nothing.
 */
export function partsOf(text: string, pack: LocalePack): string[] {
  const written = text.normalize('NFC');
  const folded = fold(written);
  const tokens = tokenize(folded);
  const parts: string[] = [];
  let from = 0;
  const close = (to: number) => {
    const part = tokens.slice(from, to);
    const [first, last] = [part[0], part.at(-1)];
    if (first && last) {
      const raw = written.slice(first.start, last.end);
      if (part.length > 1 || raw.length >= MIN_PART || ACRONYM.test(raw)) parts.push(raw);
    }
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (pack.lexicon.coordinators.includes(token.text)) {
      close(i);
      from = i + 1;
    } else if (previous && /[/,;&+]/.test(folded.slice(previous.end, token.start))) {
      close(i);
      from = i;
    }
  });
  if (from === 0) return [];
  close(tokens.length);
  return parts;
}

export function termsOf(definition: LeadDefinition, locale: Locale, pack: LocalePack): Term[] {
  const terms: Term[] = [];
  const implied = impliedConcepts(definition);
  for (const criterion of definition.criteria) {
    if (criterion.type !== 'choice' && criterion.type !== 'multi') continue;
    const catchAllOption = criterion.options.find((o) => o.other ?? o.id === 'other');
    const goods = goodsWordsFor(definition, criterion.options, catchAllOption, pack);
    // Asked what a shop sells, a word for a shop ("kauppa", "sklep") says nothing of which goods: an option's "vaatekauppa" does not make it every shop's.
    const trades = goods.length ? [] : classifiedWordsFor(definition, criterion.options, catchAllOption, pack);
    const titled = titledCriterion(criterion, definition, implied);
    const languages = languageWordsFor(criterion, catchAllOption, pack);
    const mix = mixOption(criterion, locale, pack);
    for (const option of criterion.options) {
      const catchAll = option === catchAllOption;
      const not = saysNot(option, definition, implied);
      const seen = new Map<string, Term>();
      type Kind = { reply?: boolean; lexical?: boolean; concept?: boolean; work?: boolean; part?: boolean; joint?: boolean; activity?: boolean; remainder?: boolean; making?: boolean; made?: boolean; goods?: boolean; open?: boolean };
      const addOne = (text: string, own: boolean, { reply = false, lexical = false, concept = false, work = false, part = false, joint = false, activity = false, remainder = false, making = false, made = false, goods = false, open = false }: Kind = {}) => {
        const written = text.normalize('NFC');
        const words = tokenize(fold(written)).map((t) => wordOf(written.slice(t.start, t.end), pack));
        const key = words.map((w) => w.text).join(' ');
        const known = seen.get(key);
        // A synonym the pack reads as work ("Payroll") names no person, though the marketer wrote it.
        if (known && work) known.work = true;
        // A part of a label that is a word for goods ("Möbler" of "Möbler och inredning") is read as goods are, not only where nothing else is named.
        if (known && goods && !open && known.part) Object.assign(known, { part: false, goods: true });
        if (words.length === 0 || known) return;
        const short = words.length === 1 && (words[0] as Word).text.length <= 3;
        const term: Term = { criterion, option, words, own, generic: reply || words.every((w) => GENERIC_WORDS.has(w.text)), short, catchAll, lexical, concept, work, part, joint, activity, remainder, making, made, goods, open, saysNot: not };
        seen.set(key, term);
        terms.push(term);
      };
      // Polish "się" stands on either side of its verb: "zawiesza się" is also "program się zawiesza".
      const add = (text: string, own: boolean, kind: Kind = {}) => {
        addOne(text, own, kind);
        for (const moved of floatedVariants(text, pack)) addOne(moved, own, kind);
      };
      const written = new Set([option.label[locale], ...(option.synonyms[locale] ?? [])]);
      const concepts = new Set(conceptTexts(option, locale).filter((t) => !written.has(t)));
      for (const text of optionTexts(option, locale)) add(text, true, { concept: concepts.has(text) });
      // Each alternative a label or synonym joins answers the question asked ("phone and email" is no e-mail address given in passing);
      // those of the mix ("Jedno i drugie", "egen IT och partner") are the options mixed, so one names the mix only beside another.
      for (const text of written) for (const part of text ? partsOf(text, pack) : []) add(part, true, { lexical: true, part: true, joint: option === mix });
      // Another word for software ("payroll software" for "payroll system") answers the question asked, as a part does.
      for (const text of written) for (const variant of text ? toolVariants(text, pack) : []) add(variant, true, { lexical: true, part: true });
      // An abbreviation for the words ("AGM" for "general meeting", "MSP" for "managed service provider") answers the question asked, as a part does.
      for (const text of written) for (const variant of text ? abbreviationVariants(text, pack) : []) add(variant, true, { lexical: true, part: true });
      // A title said with another word of rank ("VP of e-commerce" for "head of e-commerce") answers the question asked, as a part does.
      for (const text of titled ? written : []) for (const variant of text ? [...titleVariants(text, pack), ...deputyVariants(text, pack)] : []) add(variant, true, { lexical: true, part: true });
      for (const text of replyTexts(option, locale)) add(text, true, { reply: true });
      // Concepts the option's words name answer like trade words: asked only, and the marketer's synonyms win.
      for (const concept of (implied.get(option) ?? []).filter(hasPhrases)) for (const text of pack.concepts[concept]) add(text, true, { lexical: true, concept: true });
      // Someone else said with another word for whose ("our boss" for "my boss") is still someone else.
      for (const text of written) for (const variant of text ? othersVariants(text, criterion, option, implied, pack) : []) add(variant, true, { lexical: true, part: true });
      for (const text of concepts) for (const variant of othersVariants(text, criterion, option, implied, pack)) add(variant, true, { lexical: true, concept: true });
      // Asked who decides with no option for recommending, recommending leaves the decision to someone else.
      for (const text of adviceWordsFor(criterion, option, implied, pack)) add(text, true, { lexical: true, concept: true });
      // An aim said as the pain it ends ("the paperwork" for saving time) answers the question asked only.
      for (const concept of new Set([...(option.means ?? []), ...(implied.get(option) ?? [])])) for (const text of painsEnded(concept, pack.concepts)) add(text, true, { lexical: true, concept: true });
      if (catchAll) for (const text of unlistedCountries(criterion, pack)) add(text, true);
      // Asked their job, a student or pensioner answers the catch-all as trade words do: asked only, the marketer's words win.
      if (catchAll && titled) for (const text of statusWordsFor(criterion, pack)) add(text, true, { lexical: true });
      for (const code of option.country ? [option.country] : catchAll ? unlistedCodes(criterion) : []) {
        const { cities, demonyms } = placesOf(code, pack);
        for (const text of [...cities, ...demonyms]) add(text, true, { lexical: true });
      }
      // A name is the same in every language ("Fortnox", "Google Sheets"): another locale's synonym that is one counts as the visitor's own.
      for (const other of definition.locales) {
        if (other === locale) continue;
        const names = new Set((option.synonyms[other] ?? []).filter(isName));
        for (const text of optionTexts(option, other)) add(text, names.has(text));
      }
      for (const trade of trades) if (trade.option === option) add(trade.text, true, { lexical: true, work: trade.work, activity: trade.activity, remainder: trade.remainder, making: trade.making, made: trade.made });
      // Relatives answer the option naming the family like trade words: asked only, and the marketer's synonyms win.
      for (const text of kinWordsFor(criterion, option, definition.locales, locale)) add(text, true, { lexical: true });
      // Languages' names answer like trade words: asked only, and the marketer's synonyms win.
      for (const word of languages) if (word.option === option) add(word.text, true, { lexical: true });
      // Goods answer like trade words: asked only, and the marketer's synonyms win ("sneakers" for "Fashion and shoes").
      for (const word of goods) if (word.option === option) add(word.text, true, { lexical: true, goods: true, open: word.open });
    }
  }
  return terms;
}

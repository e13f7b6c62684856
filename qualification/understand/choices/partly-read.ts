import type { Extraction } from '../../answer.js';
import type { LeadDefinition, Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { overlaps, prepare, type Message, type Span } from '../normalize.js';
import { commonPrefix } from './forms.js';
import { matchWord, type Word } from './match.js';
import { messageWords } from './message-words.js';
import { marketers, near, topical } from './split.js';
import { compiledTerms } from './term-index.js';

/** A reading that leaves part of the list unread is confirmed before it counts. */
const PARTLY = 0.6;
/** Shortest word that is a whole part of another's compound ("lift|utbildning", "valo|kuitu"). */
const COMPOUND_PART = 4;
/** Words of one other option that name it whole in a listed part, not half. */
const NAMING_WORDS = 2;
/** Share of the shorter word two forms of one root keep ("henkilönostimen", "henkilönostin"; "komórki", "komórkowe"). */
const ROOT_SHARE = 0.75;

/**
 * Two words of one root, as far as their letters tell: one is a part at either end of the other,
 * or they share most of the shorter one's start. Too loose to read an option by, close enough to
 * say a listed part names one: it only ever asks back.
 */
function akin(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= COMPOUND_PART && (long.startsWith(short) || long.endsWith(short))) return true;
  const shared = commonPrefix(a, b);
  return shared > COMPOUND_PART && shared >= short.length * ROOT_SHARE;
}

/**
 * The parts of a reply: punctuation, a coordinator or a join ("plus") starts a new one; a part
 * `joined` by a coordinator, a join, "+" or "&" is listed beside the one before. Not a contrast
 * ("but", "ale", "tylko"): what follows one qualifies the part before it; nor a comma alone (what
 * follows one may say why: "fewer returns, it's so much waste").
 */
function partsOf(message: Message, pack: LocalePack): { part: number; joined: boolean }[] {
  const { lexicon, people } = pack;
  const joins = new Set([...lexicon.coordinators, ...people.joins, ...lexicon.both.joins]);
  let part = 0;
  let joined = false;
  return message.tokens.map((t, i) => {
    const previous = message.tokens[i - 1];
    const between = previous ? message.folded.slice(previous.end, t.start) : '';
    if (previous && (joins.has(t.text) || /[.,;:!?+&\n]/.test(between))) {
      part += 1;
      // "Less admin for me and the managers": a join after the visitor as an object adds people, not a thing listed.
      joined = (joins.has(t.text) || /[+&]/.test(between)) && !people.objects.includes(previous.text);
    }
    return { part, joined };
  });
}

/**
 * Asked to pick several, a reply that lists things and names one of them with a word of an option
 * not read ("forklift licences and the scaffolding safety course", "GDPR, and less time on rotas",
 * "heta arbeten och liftkort") would record part of the answer as all of it. A listed part (joined
 * to the one before or after it, `partsOf`; the first of a list too) that overlaps nothing read (an
 * option of any question, a number, a time, an e-mail) and holds a word of one root with a word
 * only one other option's own synonyms use (not an option read, nor the question; any form, a
 * compound part, a typo) half-names that option: the reading is asked back instead of recorded.
 * A part with two such words or more, all of one option, names it ("mniej papierologii i szybsze
 * wdrożenie nowych ludzi", "ensiapu ja nosturin käyttö"): it is added to the answer.
 */
export function partlyRead(definition: LeadDefinition, extractions: Extraction[], message: Message, read: Span[], locale: Locale, asking: string | null): Extraction[] {
  const criterion = definition.criteria.find((c) => c.id === asking);
  const answer = extractions.find((e) => e.criterionId === asking);
  if (!criterion || criterion.type !== 'multi' || !answer || answer.confidence <= PARTLY || !Array.isArray(answer.value)) return extractions;
  const pack = packFor(locale);
  const parts = partsOf(message, pack);
  const covered = new Set(message.tokens.flatMap((t, i) => (read.some((s) => overlaps(s, t)) ? [parts[i]?.part] : [])));
  // A part is listed when it is joined to the one before, or the next is joined to it: "X and Y" lists X too, "X, Y and Z" Y.
  const joined = new Set(parts.filter((p) => p.joined).map((p) => p.part));
  const listed = (part: number | undefined) => part !== undefined && (joined.has(part) || joined.has(part + 1));
  const loose = message.tokens.flatMap((t, i) => (covered.has(parts[i]?.part) || !listed(parts[i]?.part) ? [] : [i]));
  if (loose.length === 0) return extractions;
  const chosen = new Set(answer.value);
  const { terms } = compiledTerms(definition, locale);
  const topic = new Set(prepare(criterion.question[locale] ?? '').tokens.map((t) => pack.forms.stem(t.text)));
  const optionTerms = terms.filter((t) => t.criterion === criterion && marketers(t));
  // A word that several options' synonyms share ("people", "customers") names none of them.
  const optionsOf = new Map<string, Set<string>>();
  for (const t of optionTerms) for (const w of t.words) optionsOf.set(w.stem, (optionsOf.get(w.stem) ?? new Set()).add(t.option.id));
  const distinct = (w: Word) => topical(w, pack, topic) && (optionsOf.get(w.stem)?.size ?? 0) === 1;
  const others = optionTerms.filter((t) => !chosen.has(t.option.id)).flatMap((t) => t.words.filter(distinct).map((word) => ({ word, option: t.option.id })));
  const own = optionTerms.filter((t) => chosen.has(t.option.id)).flatMap((t) => t.words);
  const words = messageWords(message, pack, true);
  // Each loose word's options half-named by it.
  const naming = loose.map((i) => {
    const word = words[i] as Word;
    // "terminale nie działały" half-names no "wszystko działa": a word negated is the opposite of the option it sounds like.
    const negated = pack.lexicon.negations.has(message.tokens[i - 1]?.text ?? '');
    if (!topical(word, pack, topic) || pack.lexicon.negations.has(word.text) || negated || near(word, own, pack)) return { i, options: new Set<string>() };
    return { i, options: new Set(others.filter((o) => matchWord(word, o.word, pack) !== null || akin(word.text, o.word.text)).map((o) => o.option)) };
  });
  // A listed part with words of one other option only, two of them at least, names it whole ("szybsze wdrożenie nowych ludzi").
  const named = new Set<string>();
  const whole = new Set<number | undefined>();
  for (const part of new Set(loose.map((i) => parts[i]?.part))) {
    const inPart = naming.filter((n) => parts[n.i]?.part === part && n.options.size > 0);
    const options = new Set(inPart.flatMap((n) => [...n.options]));
    const [only] = options;
    if (options.size === 1 && only && inPart.length >= NAMING_WORDS) {
      named.add(only);
      whole.add(part);
    }
  }
  const half = naming.some((n) => n.options.size > 0 && !whole.has(parts[n.i]?.part));
  const value = [...answer.value, ...criterion.options.filter((o) => named.has(o.id)).map((o) => o.id)];
  return extractions.map((e) => (e === answer ? { ...e, value, confidence: half ? PARTLY : e.confidence } : e));
}

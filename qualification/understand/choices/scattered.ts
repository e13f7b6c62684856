import type { Concept } from '../../definition/concepts.js';
import { ALL_PACKS } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import type { Message, Span, Token } from '../normalize.js';
import { commonPrefix } from './forms.js';
import { NONE } from './says-not.js';
import { matchWord, type Level, type Word } from './match.js';
import type { Term } from './terms.js';
import type { CompiledTerms, WordReading } from './term-index.js';

/**
 * A synonym of several words said in other words around its own: "work orders get lost" for "lost
 * work orders", "time savings" for "save time", "aikaa säästäisi" for "säästää aikaa", "czas
 * zaoszczędzić" for "oszczędzić czas", "jobbplanering" for "planering av jobb". Every word of the
 * synonym that carries its topic (not "the", "of", "more") must be there, in any order, close
 * together in one clause with no negation among them. Read only for the question asked, where the
 * visitor is talking about its topic, and never over a synonym the text holds word for word.
 */

/** The concept whose phrases are never read scattered. */
const SET_PHRASE: Concept = 'no_pain';
/** A scattered synonym needs this many topic words: one word alone is matched as written. */
const MIN_TOPIC_WORDS = 2;
/** How many other words may stand among the synonym's topic words. */
const MAX_BETWEEN = 3;
/** How far before or after the topic words a synonym's negation may stand ("ei viitsitä täyttää ilmoituksia"). */
const NOT_REACH = 3;
/**
 * Words of one family in the text and the synonym share this much of their beginning, at least
 * `MIN_FAMILY` letters and `FAMILY_SHARE` of the shorter: "säästää" and "säästyisi", "oszczędzić"
 * and "oszczędność", "reduce" and "reduction", whose stems the stemmers tell apart.
 */
const MIN_FAMILY = 5;
const FAMILY_SHARE = 0.7;
/** A compound of two topic words ("jobb|planering") has parts at least this long. */
const MIN_PART = 3;
/** Letters that may join a compound's parts (Swedish "tid|s|besparing", Finnish genitive "työ|n|jako"). */
const JOINERS = ['', 's', 'n', 'en'];

const GENERIC_WORDS = new Set(ALL_PACKS.flatMap((p) => p.lexicon.generic));

/** The visitor's word for themselves ("i", "jag", "ja"), built once per pack. */
const selfWords = perPack((pack) => new RegExp(`^(?:${pack.headcount.self ?? '(?!)'})$`, 'u'));
const visitorWord = (word: string, pack: LocalePack) => selfWords(pack).test(word);

/**
 * A synonym's words that say what it is about, and the visitor's pronoun in it, which says who acts:
 * "jag tar det beslutet" is not "koncern-HR tar sånt beslut".
 */
const topicWords = (term: Term, pack: LocalePack): Word[] =>
  term.words.filter((w) => visitorWord(w.text, pack) || (w.text.length >= 3 && !pack.lexicon.light.has(w.text) && !pack.lexicon.stopwords.has(w.text) && !GENERIC_WORDS.has(w.text)));

interface Scattered {
  index: number;
  topic: Word[];
  /** Each topic word's number among the criterion's distinct topic words (`Scatterable.words`). */
  ids: number[];
  /** The synonym says not: a negation of the text's must stand among its words or just before or after them. */
  not: boolean;
}

/**
 * Synonyms that may be scattered, by criterion: the marketer's synonyms (and the parts of them) and
 * the pack's phrases for a concept an option is marked with; not trade words (named word for word),
 * concepts an option's words only imply (a guess already), nor replies ("yes", "not now").
 */
interface Scatterable {
  byCriterion: Map<string, Scattered[]>;
  /** The distinct topic words (`shared`), numbered: a message reads each once, into arrays by number. */
  words: Word[];
}
const compiled = new WeakMap<CompiledTerms, Scatterable>();
function scatterable(terms: CompiledTerms, pack: LocalePack): Scatterable {
  let made = compiled.get(terms);
  if (!made) {
    const byCriterion = new Map<string, Scattered[]>();
    const same = new Map<string, Word>();
    const ids = new Map<Word, number>();
    const idOf = (w: Word) => {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      return id;
    };
    terms.terms.forEach((term, index) => {
      // Time words say their horizon in order ("6–12 months"): the time readers take them.
      if (term.criterion.options.some((o) => o.months)) return;
      if (term.words.length < MIN_TOPIC_WORDS || term.generic || term.catchAll || (term.lexical && !term.part) || !term.own) return;
      // "All is well" is said as a set phrase: its words apart tell a pain ("we run out of things" is no "things run ok").
      if (term.concept && term.option.means?.includes(SET_PHRASE)) return;
      // A phrase that says not ("Tillbud rapporteras inte", "kukaan ei ilmoita") is said with any negation of the language, which counts as one of its words.
      const not = term.words.some((w) => pack.lexicon.negations.has(w.text));
      // The pack's phrases that say no ("no reporting", "ei hyväksyttyä budjettia") are many and set, and a none negated apart is its opposite
      // ("problemet är att ingen stänger" is no "inga problem"): only the marketer's words for a thing not done say not in other words.
      if (not && (term.concept || term.option.means?.some((c) => NONE.has(c)))) return;
      const topic = topicWords(term, pack)
        .filter((w) => !pack.lexicon.negations.has(w.text))
        .map((w) => shared(same, w));
      if (topic.length + Number(not) < MIN_TOPIC_WORDS || new Set(topic.map((w) => w.text)).size < topic.length) return;
      const list = byCriterion.get(term.criterion.id) ?? [];
      list.push({ index, topic, ids: topic.map(idOf), not });
      byCriterion.set(term.criterion.id, list);
    });
    compiled.set(terms, (made = { byCriterion, words: [...ids.keys()] }));
  }
  return made;
}

/**
 * One object for all the synonyms' equal topic words ("orders" in many synonyms): a message's reading
 * of a topic word is then worked out once and looked up by the word (`scatteredMatches`).
 */
function shared(same: Map<string, Word>, word: Word): Word {
  const key = `${word.text}\u0000${word.lower}\u0000${word.stem}\u0000${word.name}\u0000${word.accented ?? ''}`;
  const found = same.get(key);
  if (found) return found;
  same.set(key, word);
  return word;
}

/**
 * Two words of one family (`level`: how the word matches the synonym's, `matchWord`): the stemmer's
 * forms, or a long shared beginning, but not one verb said of another person ("zatwierdza" of "zatwierdzam", "decyduje" of "decyduję").
 */
function family(level: Level | null, word: Word, term: Word, pack: LocalePack): boolean {
  if (level === 'exact' || level === 'inflected') return true;
  // A diacritic the visitor left out where they type them elsewhere ("decyduje", he decides, of "decyduję") tells the person too.
  if (word.text === term.text || pack.forms.otherPerson?.(word.lower, term.lower)) return false;
  const shared = commonPrefix(word.text, term.text);
  return shared >= MIN_FAMILY && shared >= Math.min(word.text.length, term.text.length) * FAMILY_SHARE;
}

/** The beginning a compound glued from `first` and another topic word starts with. */
const glueStem = (first: Word) => (first.stem.length >= MIN_PART ? first.stem : first.text);
/** Whether `text` may begin with `first` glued to another word: `glued` is false for every other word when not. */
const mayGlue = (text: string, first: Word) => {
  const stem = glueStem(first);
  return stem.length >= MIN_PART && text.startsWith(stem);
};

/** Whether a compound word of the text is one topic word glued to another ("jobb|planering" for "planering", "jobb"). */
function glued(text: string, first: Word, second: Word, pack: LocalePack): boolean {
  const stem = glueStem(first);
  if (!text.startsWith(stem) || stem.length < MIN_PART) return false;
  return JOINERS.some((joiner) => {
    const rest = text.slice(stem.length);
    if (!rest.startsWith(joiner) || rest.length - joiner.length < MIN_PART + 1) return false;
    const head = rest.slice(joiner.length);
    const word = { text: head, lower: head, stem: pack.forms.stem(head), name: false };
    return family(matchWord(word, second, pack), word, second, pack);
  });
}

export interface ScatteredMatch extends Span {
  /** Into the compiled terms. */
  index: number;
}

/**
 * Synonyms of the asked criterion whose topic words the message holds out of order or apart,
 * outside `taken` (stretches matched word for word) and `times`.
 */
export function scatteredMatches(message: Message, readings: readonly WordReading[], terms: CompiledTerms, asking: string | null, taken: readonly Span[], pack: LocalePack): ScatteredMatch[] {
  // A question back ("does it cut costs?") uses the topic's words without answering.
  if (message.folded.includes('?')) return [];
  const scattered = scatterable(terms, pack);
  const candidates = asking ? scattered.byCriterion.get(asking) : undefined;
  if (!candidates?.length) return [];
  const { tokens, folded } = message;
  // Clauses end at punctuation and turn at a contrast ("not Excel but paper").
  const clause: number[] = [];
  tokens.forEach((t, i) => {
    const before = i === 0 ? '' : folded.slice((tokens[i - 1] as Span).end, t.start);
    const n = i === 0 ? 0 : (clause[i - 1] as number) + (/[.,;!?\n]/.test(before) || pack.lexicon.contrasts.has(t.text) ? 1 : 0);
    clause.push(n);
  });
  const free = tokens.map((t) => !taken.some((s) => s.start < t.end && t.start < s.end));
  // Candidates share topic words (one object per word, `shared`): each word's places and each pair's
  // compounds are read from the message once, not once per candidate.
  // A token says a topic word only if it holds the word's first three letters: the message's
  // three-letter pieces, gathered once, rule out most of the candidates' words with one lookup.
  const pieces = new Set<string>();
  tokens.forEach((t, i) => {
    if (free[i]) for (let k = 0; k + 3 <= t.text.length; k++) pieces.add(t.text.slice(k, k + 3));
  });
  const { words } = scattered;
  const said: (readonly number[] | undefined)[] = [];
  const saying = (id: number): readonly number[] => {
    let at = said[id];
    if (!at) {
      const w = words[id] as Word;
      const first = w.text.slice(0, 3);
      const places: number[] = [];
      if (pieces.has(first)) for (const [i, t] of tokens.entries()) if (free[i] && t.text.includes(first) && family((readings[i] as WordReading).match(w), (readings[i] as WordReading).word, w, pack)) places.push(i);
      said[id] = at = places;
    }
    return at;
  };
  // The free tokens a topic word may begin as a compound's first part (`mayGlue`), null for none.
  const gluing: (readonly boolean[] | null | undefined)[] = [];
  const gluable = (id: number): readonly boolean[] | null => {
    let at = gluing[id];
    if (at === undefined) {
      const w = words[id] as Word;
      const may = tokens.map((t, i) => free[i] === true && mayGlue(t.text, w));
      gluing[id] = at = may.includes(true) ? may : null;
    }
    return at;
  };
  const gluedAt = new Map<Word, Map<Word, boolean[]>>();
  const gluedAs = (i: number, a: Word, b: Word) => {
    let byB = gluedAt.get(a);
    if (!byB) gluedAt.set(a, (byB = new Map()));
    let byToken = byB.get(b);
    if (!byToken) byB.set(b, (byToken = []));
    return (byToken[i] ??= glued((tokens[i] as Token).text, a, b, pack));
  };
  const found: ScatteredMatch[] = [];
  for (const { index, topic, ids, not } of candidates) {
    // Where no topic word may begin a compound, the words said as written are all there is.
    const glue = pack.forms.compounding && ids.some((id) => gluable(id) !== null);
    if (!glue && ids.some((id) => saying(id).length === 0)) continue;
    // For each topic word, the tokens that may say it; a compound may say two at once.
    const places = ids.map((id) => [...saying(id)]);
    if (glue) {
      tokens.forEach((_t, i) => {
        topic.forEach((a, x) => {
          if (!gluable(ids[x] as number)?.[i]) return;
          topic.forEach((b, y) => {
            if (x !== y && gluedAs(i, a, b)) for (const k of [x, y]) if (!places[k]?.includes(i)) places[k]?.push(i);
          });
        });
      });
    }
    if (places.some((p) => p.length === 0)) continue;
    const best = closest(places, tokens.length);
    if (!best) continue;
    const [from, to] = [Math.min(...best), Math.max(...best)];
    const distinct = new Set(best).size;
    if (to - from + 1 - distinct > MAX_BETWEEN || clause[from] !== clause[to]) continue;
    const negation = (t: Token, i: number) => pack.lexicon.negations.has(t.text) && clause[i] === clause[from];
    if (not) {
      // Said not, the negation stands among the words or just beside them: "people don't report near misses".
      // With one word beside it, only right next to it: "vågar inte rapportera", not "rapporterna är inte klara".
      const reach = topic.length > 1 ? NOT_REACH : 1;
      if (!tokens.some((t, i) => i >= from - reach && i <= to + reach && negation(t, i))) continue;
    } else {
      // A negation among the words turns them around: "orders never get lost".
      if (tokens.slice(from, to + 1).some((t) => pack.lexicon.negations.has(t.text))) continue;
      // Reordered, not as written: a synonym the text holds word for word is matched as such.
      const inOrder = best.every((p, k) => k === 0 || p > (best[k - 1] as number));
      if (inOrder && distinct === best.length && to - from + 1 === distinct) continue;
    }
    found.push({ index, start: (tokens[from] as Span).start, end: (tokens[to] as Span).end });
  }
  return found;
}

/** One token per topic word (a compound may serve two), as close together as they come. */
function closest(places: number[][], count: number): number[] | null {
  let best: number[] | null = null;
  let width = count + 1;
  const pick = (k: number, chosen: number[]) => {
    if (k === places.length) {
      const w = Math.max(...chosen) - Math.min(...chosen);
      if (w < width) [best, width] = [[...chosen], w];
      return;
    }
    for (const p of places[k] as number[]) {
      // The same word serves two topic words only as a compound's two parts.
      if (chosen.filter((c) => c === p).length >= 2) continue;
      pick(k + 1, [...chosen, p]);
    }
  };
  pick(0, []);
  return best;
}

import type { Period } from '../../definition/schema.js';

/**
 * How a number word contributes to the value being built:
 * unit adds, teen adds ten (fi "-toista"), ten multiplies the last unit by ten (fi "-kymmentä"),
 * hundred and thousand multiply what came before, approx only marks a round figure (sv "-tal").
 */
export type MorphemeKind = 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand' | 'approx';

export interface Morpheme {
  kind: MorphemeKind;
  value: number;
  /** "kolmisen", "kilkanaście": the visitor gives an estimate. */
  approx?: boolean;
  /** Articles that are a number only before a multiplier: en "a hundred", sv "ett hundra". */
  onlyBeforeMultiplier?: boolean;
}

/** A locale's number vocabulary, all keys folded (lower case, no diacritics). */
export interface NumberWords {
  morphemes: Record<string, Morpheme>;
  /** Numbers written as one word ("satakaksikymmentä", "tvåhundratjugo"). */
  compounds: boolean;
  /** Words allowed between number words right after a multiplier ("one hundred and twenty"). */
  joiners: string[];
  /** Words allowed between an estimate and its multiplier ("a couple of hundred"): read only when a multiplier follows. */
  estimateOf?: string[];
  /** Words before a number that make it an estimate ("noin", "około"). */
  approxBefore: string[];
  /**
   * Words after a number that make it an estimate of that number ("-ish", "-tal"), "a bit over" ones
   * too ("40-odd", "200 ja risat", "20 z hakiem", "40 och lite till"): the number is what was counted,
   * the rest a remainder nobody counted (40, not 45).
   */
  approxAfter: string[];
  /**
   * Words after a round number that say "and some" of the next place ("twenty-something", "dwadzieścia
   * kilka", "kaksikymmentä jotain", "tjugo-nånting"): anywhere in the span it leaves, so its middle,
   * an estimate (25, not 20).
   */
  someAfter: string[];
  /** What may stand between the two ends of a range ("to", "till", "do"), besides dashes. */
  rangeJoin: string[];
  /** Words multiplying a digit number written before them ("2k", "3 tusen", "2 tys."). */
  multipliers: Record<string, number>;
  /** Slang for thousands after an amount, read only where money is asked ("2 grand", "max 2 tonnia": a ton of anything else is no thousand). */
  moneyMultipliers: Record<string, number>;
  /**
   * Words (a trailing `*` lets one go on) that date a number in its clause: `current` to today ("now", "nyt", "idag",
   * "obecnie"), `past` to before ("peaked", "used to", "oli", "kiedyś"). Of "300 then, 80 now" the
   * current number is the answer.
   */
  /** Words dating a count: to today, to before, or to hires still to come ("5 new people in spring"). */
  tense: { current: string[]; past: string[]; coming: string[] };
  /** Words that make a second count a part of the first ("45 of them", "joista", "varav", "w tym"): no sum. */
  parts: string[];
  /**
   * Words that make a number the usual one beside a peak or a season's ("12k in November but
   * normally 4000", "zwykle 3000"): like a count dated to today, it sets the others aside.
   */
  usual: string[];
  /**
   * Words that make a count the whole beside its parts said before it ("140 cows plus youngstock,
   * around 300 in total", "yhteensä", "totalt", "łącznie"): like the usual figure, it sets them aside.
   */
  totals: string[];
  /**
   * Words that make a count one of each of the things counted before it ("three sheds of 30,000 birds
   * each", "två stallar med 25 000 i varje", "kolme hallia, kussakin 20 000"), folded, whole words; and
   * words right before such a count (`before`: "dwa kurniki po 20 tysięcy"); `after`, words saying it only
   * right after the count in each, being other words elsewhere (Swedish "40 maskiner var", "var" is also
   * "was"). The count is then the product.
   */
  each: { words: string[]; before: string[]; after?: readonly string[] };
  /**
   * Words that make an amount one per a thing or person named after them (`before`: "per site", "a
   * user", "za budowę", "för varje bygge"; `after`: "työmaata kohden"), folded, whole words; asked a
   * total, "150 euro per bygge, vi har fyra" is the product, and without the count no total at all.
   * `nouns`: beginnings of words for what software is priced per beside people and things counted ("user", "licen").
   */
  perThing: { before: string[]; after: string[]; nouns: string[] };
  /**
   * Words (a trailing `*` lets one go on) that place a count in a larger whole the company belongs
   * to (`whole`: "in the group", "konsernissa", "i koncernen", "w grupie") or in the visitor's own
   * company (`own`: "here", "meidän yhtiössä", "på vårt bolag", "u nas w spółce"). Of "300 in the
   * group, 70 in our company" the own count is the answer.
   */
  scope: { whole: string[]; own: string[] };
  /**
   * Words between two numbers that make the second replace the first ("40 - sorry, 45", "45, ei kun
   * 50", "60, nej förresten 65", "50, a właściwie 55"), folded; the pack's correction intents and a
   * bare no ("nej", "nie") before them count too.
   */
  corrections: string[];
  /**
   * Words right before a number that take it back beside the one meant ("8, not 6", "8 enkä 6",
   * "8, inte 6", "8, nie 6", "not 6 but 8"), folded whole words.
   */
  takenBack: readonly string[];
  /**
   * Words right before a number that make it what the words before it add up to ("one per space, so
   * 32", "eli 30", "alltså 40", "czyli 32"), folded: the numbers before it in its sentence are its
   * working, no count of their own. A word of `totals` may follow ("so in total 34").
   */
  conclusions: string[];
  /**
   * Parts of an organisation, folded (a trailing `*` lets a word go on, a leading `*` lets it end a
   * compound, a leading `+` only a compound's end): a head count beside one is the part's ("our
   * finance team of 4", "ekonomiavdelning, tre personer", "dział księgowości, 4 osoby"), not the company's.
   */
  departments: string[];
  /**
   * Phrases saying what period a count is per ("a day", "kuukaudessa", "om dagen", "miesięcznie"),
   * folded, whole words. Not durations ("for 3 months"): those are `otherUnits`.
   */
  periods: Record<Period, readonly string[]>;
  /**
   * A reply saying there are none of what is asked ("none right now", "ei yhtään", "inga just nu",
   * "żadnych"), a folded regexp source read only in answer to the count asked when no number is said:
   * a count of zero, not a miss.
   */
  none: string;
  /**
   * Where the word for one is also the article (Swedish "en", "ett"), a reply saying there is one
   * with it alone ("bara ett", "en enda", "ett just nu"): a folded regexp source read, like `none`,
   * only in answer to the count asked when no number is said.
   */
  one?: string;
}

export interface WordValue {
  value: number;
  approx: boolean;
}

interface Accumulator {
  total: number;
  current: number;
  last: number;
  approx: boolean;
  valued: boolean;
}

const empty = (): Accumulator => ({ total: 0, current: 0, last: 0, approx: false, valued: false });

/** Smallest value a unit must stay under to extend `last` ("twenty" + "five", not "five" + "twenty"). */
export function place(last: number): number {
  let p = 1;
  while (last > 0 && last % (p * 10) === 0) p *= 10;
  return p;
}

/** Applies one morpheme; null when the sequence stops being one number. */
function apply(acc: Accumulator, m: Morpheme): Accumulator | null {
  const next = { ...acc, approx: acc.approx || Boolean(m.approx) || m.kind === 'approx' };
  switch (m.kind) {
    case 'unit':
      if (acc.last !== 0 && m.value >= place(acc.last)) return null;
      return { ...next, last: acc.last + m.value, valued: true };
    case 'teen':
      if (acc.last === 0 || acc.last >= 10) return null;
      return { ...next, last: acc.last + 10 };
    case 'ten':
      if (acc.last >= 10) return null;
      return { ...next, current: acc.current + (acc.last || 1) * 10, last: 0, valued: true };
    case 'hundred':
      return { ...next, current: (acc.current + acc.last || 1) * m.value, last: 0, valued: true };
    case 'thousand':
      return { ...next, total: acc.total + (acc.current + acc.last || 1) * m.value, current: 0, last: 0, valued: true };
    case 'approx':
      return acc.valued ? next : null;
  }
}

const valueOf = (acc: Accumulator): WordValue => ({ value: acc.total + acc.current + acc.last, approx: acc.approx });

/** Splits a compound number word into known morphemes, longest first, covering the whole word. */
function segment(word: string, words: NumberWords, keys: string[]): Morpheme[] | null {
  if (word === '') return [];
  for (const key of keys) {
    if (!word.startsWith(key)) continue;
    const rest = segment(word.slice(key.length), words, keys);
    const m = words.morphemes[key];
    if (rest && m) return [m, ...rest];
  }
  return null;
}

const keyCache = new WeakMap<NumberWords, string[]>();
function keysOf(words: NumberWords): string[] {
  let keys = keyCache.get(words);
  if (!keys) {
    keys = Object.keys(words.morphemes).sort((a, b) => b.length - a.length);
    keyCache.set(words, keys);
  }
  return keys;
}

/** The morphemes of one folded word: itself, or the parts of a compound; null when it is not a number word. */
function readMorphemes(word: string, words: NumberWords): readonly Morpheme[] | null {
  const whole = words.morphemes[word];
  if (whole) return [whole];
  if (!words.compounds || word.length < 4) return null;
  return segment(word, words, keysOf(words));
}

/**
 * Words read, per language's number words: every word of a message is looked up (and in a
 * compounding language split against every morpheme), so each word is read once. Starts over past
 * this many.
 */
const read = new WeakMap<NumberWords, Map<string, readonly Morpheme[] | null>>();
const MAX_READ = 20_000;

/** The morphemes of one folded word, or null when it is not a number word. */
export function morphemesOf(word: string, words: NumberWords): readonly Morpheme[] | null {
  let known = read.get(words);
  if (!known) read.set(words, (known = new Map()));
  let parts = known.get(word);
  if (parts === undefined) {
    parts = readMorphemes(word, words);
    if (known.size >= MAX_READ) known.clear();
    known.set(word, parts);
  }
  return parts;
}

/**
 * Reads a run of number words, as long as they keep forming one number.
 * Returns the value and how many of the words it used (0 when the first is not a number).
 */
export function readNumberWords(run: string[], words: NumberWords): { value: WordValue; used: number } | null {
  let acc = empty();
  let best: { value: WordValue; used: number } | null = null;
  let previous: Morpheme | null = null;
  for (let i = 0; i < run.length; i++) {
    const word = run[i] as string;
    if (previous && (previous.kind === 'hundred' || previous.kind === 'thousand') && words.joiners.includes(word)) continue;
    if (previous?.approx && previous.onlyBeforeMultiplier && words.estimateOf?.includes(word)) continue;
    const parts = morphemesOf(word, words);
    if (!parts) break;
    let next: Accumulator | null = acc;
    for (const part of parts) next = next && apply(next, part);
    if (!next) break;
    acc = next;
    previous = parts[parts.length - 1] ?? null;
    const first = parts[0];
    const dangling = parts.length === 1 && first?.onlyBeforeMultiplier;
    if (acc.valued && !dangling) best = { value: valueOf(acc), used: i + 1 };
  }
  return best && best.value.value > 0 ? best : null;
}

/** One folded word read as a number ("kahden", "trzech", "two"), for time expressions. */
export function wordNumber(word: string, words: NumberWords): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return readNumberWords([word], words)?.value.value ?? null;
}

import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { overlaps, type Message, type Span, type Token } from '../normalize.js';
import { commonPrefix } from './forms.js';
import { matchWord, type Word } from './match.js';
import type { Term } from './terms.js';

/** Guards against a choice's false hits from the words around it: a slip, a negation, a past or future tool, a lent word. */

const SLIP_MIN = 6;
/** How many words before an option a negation still reaches. */
const NEGATION_REACH = 3;

/** Words either side of a lone concept word that may tie it to another option's words. */
const LENT_REACH = 1;
/** Stems this short are too often another word's. */
const LENT_STEM_MIN = 4;
/** Most letters two forms of one word differ by in length: more is a compound ("talous|johtaja" is not "johtaja"). */
const FORM_ENDING = 3;
/** Letters two words share at their start to be forms of one ("zatrudniać", "zatrudnianie"), where a stemmer leaves verbs whole. */
const LENT_PREFIX = 6;
const akin = (a: Word, b: Word) => a.stem === b.stem || (a.text.length >= LENT_PREFIX && a.text.slice(0, LENT_PREFIX) === b.text.slice(0, LENT_PREFIX));

/**
 * An aim's lone word ("faster", a way to save time) right beside a word of another option's own label
 * or synonyms of the same question ("hired faster" where "Hire faster" is an option): it says how
 * that option's thing goes, not the concept, and leaves the words to that option.
 */
export function lentWord(hit: ChoiceHit, message: Message, words: readonly Word[], terms: readonly Term[]): boolean {
  if (!hit.term.concept || hit.term.words.length !== 1 || hit.term.criterion.category !== 'motivation') return false;
  const at = message.tokens.findIndex((t) => t.start === hit.start);
  if (at < 0) return false;
  const word = hit.term.words[0] as Word;
  const near = words.slice(Math.max(0, at - LENT_REACH), at + LENT_REACH + 1).filter((w, i) => i !== Math.min(at, LENT_REACH) && w.stem.length >= LENT_STEM_MIN && !akin(w, word));
  if (near.length === 0) return false;
  // That option's words hold the concept's word too ("Hire faster"): the visitor said them both.
  return (marketersTerms(terms).get(hit.term.criterion) ?? []).some(
    (t) => t.option !== hit.term.option && t.words.some((w) => akin(w, word)) && t.words.some((w) => near.some((n) => akin(n, w))),
  );
}

function listed<K>(map: Map<K, Term[]>, key: K): Term[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Of a compiled definition's terms (one array per definition and locale), those the guards compare a hit with, built once. */
const byTerms = new WeakMap<readonly Term[], { marketers: Map<Term['criterion'], Term[]>; phrases: Map<Term['criterion'], Map<string, Term[]>> }>();
function indexOf(terms: readonly Term[]) {
  let index = byTerms.get(terms);
  if (!index) {
    const marketers = new Map<Term['criterion'], Term[]>();
    const phrases = new Map<Term['criterion'], Map<string, Term[]>>();
    for (const t of terms) {
      if (t.lexical || t.concept) continue;
      listed(marketers, t.criterion).push(t);
      if (!t.own || t.words.length < 2) continue;
      let byStart = phrases.get(t.criterion);
      if (!byStart) phrases.set(t.criterion, (byStart = new Map()));
      for (const start of new Set(t.words.map((w) => w.text.slice(0, LENT_STEM_MIN)))) listed(byStart, start).push(t);
    }
    byTerms.set(terms, (index = { marketers, phrases }));
  }
  return index;
}
/** The marketer's own labels and synonyms (no trade word, no concept) per criterion. */
const marketersTerms = (terms: readonly Term[]) => indexOf(terms).marketers;
/** The marketer's own several-word synonyms per criterion, under the first letters of each of their words. */
const phrasesByStart = (terms: readonly Term[]) => indexOf(terms).phrases;

/**
 * A trade word of the pack said alone that is also a form of a word of another option's own
 * several-word synonym ("mamy jednego informatyka": the pack's "informatyka", IT as a trade, for
 * the IT company option, and the IT person of "własny informatyk"): a form of the word is each
 * option's, so it names neither.
 */
export function sharedTradeWord(hit: ChoiceHit, message: Message, words: readonly Word[], terms: readonly Term[], pack: LocalePack): boolean {
  if (!hit.term.lexical || hit.term.concept || hit.term.part || hit.term.words.length !== 1 || hit.level !== 'exact') return false;
  const at = message.tokens.findIndex((t) => t.start === hit.start && t.end === hit.end);
  const word = words[at];
  if (!word) return false;
  // Another form of the same word, not the word itself ("housing association" shares "association" as written) nor a compound's head.
  const form = (w: Word) =>
    w.text !== word.text && w.text.slice(0, LENT_STEM_MIN) === word.text.slice(0, LENT_STEM_MIN) && Math.abs(w.text.length - word.text.length) <= FORM_ENDING && matchWord(word, w, pack) === 'inflected';
  return (phrasesByStart(terms).get(hit.term.criterion)?.get(word.text.slice(0, LENT_STEM_MIN)) ?? []).some((t) => t.option !== hit.term.option && t.words.some(form));
}

/**
 * One letter off inside a word, not at its end ("operatons", "kierownk", "rachunkwe"): a word's last
 * letters are where it takes another form ("hyväksyy", it approves, is not "hyväksyn", I approve;
 * "säästä aikaa", save time!, is not "säästää aikaa").
 */
const inside = (typed: string, written: string) => commonPrefix(typed, written) < Math.min(typed.length, written.length) && typed.at(-1) === written.at(-1);

/**
 * A spelling slip, not another word: one letter off (not a diacritic the visitor typed differently,
 * "decyduje" for "decyduję") in a word of six letters or more of a synonym of the question asked, and
 * no other option of it read over the same words. In a longer synonym one word slips, every other
 * word as written: a name's word anywhere ("shopfy plus" for "Shopify Plus"), a common word only
 * inside it ("genral contractor", "biuro rachunkwe").
 */
export function slip(hit: ChoiceHit, found: readonly { hit: ChoiceHit }[], message: Message, asking: string | null): boolean {
  if (hit.level !== 'typo' || hit.confidence === 0 || hit.term.criterion.id !== asking) return false;
  const tokens = message.tokens.filter((t) => t.start >= hit.start && t.end <= hit.end);
  if (tokens.length !== hit.term.words.length) return false;
  const off = hit.term.words.flatMap((w, i) => (tokens[i]?.text === w.text ? [] : [{ word: w, typed: tokens[i]?.text ?? '' }]));
  const [slipped] = off;
  if (off.length !== 1 || !slipped || slipped.word.text.length < SLIP_MIN) return false;
  if (tokens.length > 1 && !slipped.word.name && !inside(slipped.typed, slipped.word.text)) return false;
  return !found.some(({ hit: o }) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && overlaps(o, hit));
}

/**
 * A negation among the few words before the hit, in the same clause and not turned around by a
 * contrast or an except word: "we don't use Excel", but not "ei vaan sähköurakointi" (no, but
 * electrical) nor "inget annat än Excel" (nothing but Excel).
 */
export function negated(hit: ChoiceHit, message: Message, { lexicon }: LocalePack): boolean {
  // A phrase that says none of something agrees with a negation before it ("nie mamy żadnego procesu"), one that says not with its own ("kukaan ei ilmoita").
  if (hit.term.words.some((w) => lexicon.negations.has(w.text)) && hit.term.words.length > 1) return false;
  // Contraction leftovers ("don't" → "don", "t") do not use up the reach.
  const before = message.tokens.filter((t) => t.end <= hit.start && t.text.length > 1).slice(-NEGATION_REACH);
  const reaches = (negation: Token) =>
    !/[.,;!?]/.test(message.folded.slice(negation.end, hit.start)) &&
    !message.tokens.some((t) => t.start >= negation.end && t.end <= hit.start && (lexicon.contrasts.has(t.text) || lexicon.except.includes(t.text)));
  return before.some((t) => lexicon.negations.has(t.text) && reaches(t));
}

/** An ending joined to a name by a colon ("SAP:iin"); module-level, as letters.ts says. */
const COLON_ENDING = /^:(\p{L}+)/u;

/**
 * Whether a word right before the hit ("from", "to") or a case ending on it (Finnish elative "Excel|istä",
 * illative "taulukko|on"), one the option's own word does not end in, marks where the visitor moved from or to.
 */
function movement(h: ChoiceHit, words: readonly string[], ends: readonly string[], message: Message): boolean {
  const previous = message.tokens.filter((t) => t.end <= h.start).at(-1);
  if (previous && words.includes(previous.text) && !/[.,;!?]/.test(message.folded.slice(previous.end, h.start))) return true;
  const written = h.term.words.at(-1)?.text ?? '';
  // An ending joined to a name by a colon marks it too ("DNA:sta", "DNA:lle").
  const suffix = COLON_ENDING.exec(message.folded.slice(h.end))?.[1] ?? '';
  return ends.some((e) => (message.folded.slice(h.start, h.end).endsWith(e) && !written.endsWith(e)) || suffix.endsWith(e));
}

/**
 * "Switched from Excel to Visma", "vaihdoimme Excelistä Vismaan", "vaihdettiin Telialta DNA:lle", "przeszliśmy z Excela na Optimę":
 * an option the visitor is leaving, beside another option of the same criterion, is not the answer.
 */
export function left(hit: ChoiceHit, hits: readonly ChoiceHit[], message: Message, { lexicon }: LocalePack): boolean {
  const { before, endings, to, toEndings } = lexicon.leaving;
  const marked = (h: ChoiceHit, words: readonly string[], ends: readonly string[]) => movement(h, words, ends, message);
  // Both ends are needed: "from Finland, a few from Estonia" moves nowhere.
  return marked(hit, before, endings) && hits.some((o) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && marked(o, to, toEndings));
}

/** The words of a hit's clause, up to punctuation, a contrast or a joining word either side: "we used paper until last year" of "…, now Excel". */
function clauseOf(hit: Span, message: Message, lexicon: LocalePack['lexicon']): Token[] {
  const tokens = message.tokens;
  const bound = (t: Token) => lexicon.contrasts.has(t.text) || lexicon.coordinators.includes(t.text);
  const gap = (a: Token, b: Token) => /[.,;:!?\n]/.test(message.folded.slice(a.end, b.start));
  let from = tokens.findIndex((t) => t.end > hit.start);
  let to = tokens.findLastIndex((t) => t.start < hit.end);
  if (from < 0 || to < 0) return [];
  while (from > 0 && !bound(tokens[from - 1] as Token) && !gap(tokens[from - 1] as Token, tokens[from] as Token)) from -= 1;
  while (to < tokens.length - 1 && !bound(tokens[to + 1] as Token) && !gap(tokens[to] as Token, tokens[to + 1] as Token)) to += 1;
  return tokens.slice(from, to + 1);
}

const says = (clause: readonly Token[], phrases: readonly string[]) => {
  const text = ` ${clause.map((t) => t.text).join(' ')} `;
  return phrases.some((p) => text.includes(` ${p} `));
};

/**
 * "Paper until last year, now Excel", "aiemmin paperilla, nyt Excelissä", "förut papper, nu Excel",
 * "wcześniej na papierze, teraz w Excelu", "hade F-Secure förut men bytte till Defender": an option
 * in a clause dated to before (`leaving.then`), beside another option of the same criterion in a
 * clause of today (`leaving.now`) or switched to, is what the visitor had, not the answer. "Until
 * now" is today.
 */
export function formerly(hit: ChoiceHit, hits: readonly ChoiceHit[], message: Message, { lexicon }: LocalePack): boolean {
  const { then, now, to } = lexicon.leaving;
  const clause = clauseOf(hit, message, lexicon);
  if (!says(clause, then) || says(clause, now)) return false;
  const today = (o: ChoiceHit) => {
    if (clause.some((t) => t.start < o.end && o.start < t.end)) return false;
    const its = clauseOf(o, message, lexicon);
    // Moved to: "then we moved to Excel", "viime vuonna siirryttiin taulukkoon".
    const switchedTo = movement(o, to, lexicon.leaving.toEndings, message);
    return !says(its, then) && (says(its, now) || switchedTo);
  };
  return hits.some((o) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && today(o));
}

/**
 * "Approved but then frozen", "hyväksyttiin mutta sitten jäädytettiin", "godkändes men frystes
 * sedan", "zatwierdzono, ale potem zamrożono": of a question one option answers, an option named
 * before another turned against it by a contrast, in a clause that says what happened next
 * (`leaving.later`), is what was, not the answer. Without the contrast it is a next step of one
 * way of working ("paper on site, then the office types it into Excel"); steps between people
 * ("I prepare it, then the board decides") are who does what, not a change; a clause dated back
 * ("we had Excel back then") tells of before.
 */
export function overtaken(hit: ChoiceHit, hits: readonly ChoiceHit[], message: Message, { lexicon }: LocalePack): boolean {
  if (hit.term.criterion.type !== 'choice' || hit.term.criterion.category === 'person') return false;
  const { later, then } = lexicon.leaving;
  const own = clauseOf(hit, message, lexicon);
  const next = (o: ChoiceHit) => {
    if (o.start < hit.end || own.some((t) => t.start < o.end && o.start < t.end)) return false;
    const turned = message.tokens.some((t) => t.start >= hit.end && t.end <= o.start && lexicon.contrasts.has(t.text));
    const its = clauseOf(o, message, lexicon);
    return turned && says(its, later) && !says(its, then);
  };
  return hits.some((o) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && next(o));
}

/** Words back from a target ("to Monitor") a verb of a switch still to come may stand: "we're switching over to". */
const GOING_REACH = 3;

/**
 * "Jeeves, byter till Monitor nästa år", "moving to BC next year", "vaihdamme Monitoriin",
 * "przechodzimy na Comarch": an option the visitor is still to switch to is not what they have.
 * A switch done ("switched to", "bytte till") names it, as `left` reads.
 */
export function goingTo(hit: ChoiceHit, message: Message, { lexicon }: LocalePack): boolean {
  // What the visitor wants is where they are going: "przechodzimy na hot desking" names the aim.
  if (hit.term.criterion.category === 'motivation') return false;
  const { to, toEndings, going } = lexicon.leaving;
  const before = message.tokens.filter((t) => t.end <= hit.start);
  const previous = before.at(-1);
  const written = hit.term.words.at(-1)?.text ?? '';
  const byWord = previous !== undefined && to.includes(previous.text) && !/[.,;!?]/.test(message.folded.slice(previous.end, hit.start));
  // An ending joined to a name by a colon ("SAP:iin") marks it too.
  const suffix = COLON_ENDING.exec(message.folded.slice(hit.end))?.[1] ?? '';
  const byEnding = toEndings.some((e) => (message.folded.slice(hit.start, hit.end).endsWith(e) && !written.endsWith(e)) || suffix.endsWith(e));
  if (!byWord && !byEnding) return false;
  const reach = before.slice(-(GOING_REACH + (byWord ? 1 : 0)));
  return reach.some((t) => going.includes(t.text) && !/[.,;!?]/.test(message.folded.slice(t.end, hit.start)));
}

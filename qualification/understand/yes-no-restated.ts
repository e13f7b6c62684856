import type { LocalePack } from '../locales/pack.js';
import { perPack } from '../locales/per-pack.js';
import { commonPrefix, MIN_STEM } from './choices/forms.js';
import { matchWord, wordOf, type Word } from './choices/match.js';
import { overlaps, prepare, type Message, type Span, type Token } from './normalize.js';

/** Fewest first letters two forms of one verb share ("sök|er", "sök|t"; "hae|ttu", "hae|taan" once graded). */
const ROOT = 3;

/** A question's words as matching reads them, once per question text and pack. */
const questions = perPack(() => new Map<string, Word[]>());
function wordsOf(question: string, pack: LocalePack, content: (word: string) => boolean): Word[] {
  const byText = questions(pack);
  let words = byText.get(question);
  if (!words) {
    const asked = prepare(question);
    byText.set(question, (words = asked.tokens.filter((t) => content(t.text)).map((t) => wordOf(asked.original.slice(t.start, t.end), pack, t.text))));
  }
  return words;
}

/**
 * Forms of one word, or of one verb: matched as synonyms are, or the stem of one beginning the
 * other ("sök" of "söker" begins "sökt", "skład" of "składa" begins "składają"), or sharing their
 * first letters once the language's consonant grade is weakened ("hake|neet" and "hae|ttu").
 */
function sameWord(word: Word, asked: Word, pack: LocalePack): boolean {
  if (['exact', 'inflected'].includes(matchWord(word, asked, pack) ?? '')) return true;
  const begins = (a: Word, b: Word) => a.stem.length >= ROOT && b.lower.startsWith(a.stem);
  if (begins(word, asked) || begins(asked, word) || commonPrefix(word.text, asked.text) >= MIN_STEM + 1) return true;
  const weak = pack.forms.weakStart;
  if (!weak) return false;
  const graded = (a: string, b: string) => {
    const w = weak(a);
    return w !== null && commonPrefix(w, b) >= ROOT;
  };
  return graded(word.text, asked.text) || graded(asked.text, word.text);
}

/** Built once per phrase list of a pack: where its phrases stand in a folded text. */
const phraseCache = new WeakMap<readonly string[], RegExp>();
function phrasesIn(folded: string, phrases: readonly string[]): Span[] {
  let re = phraseCache.get(phrases);
  if (!re) phraseCache.set(phrases, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu')));
  return [...folded.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Two capitals or more opening a word: an agency or a programme's short name ("ARAlta", "SAM"), not a nationality ("Finnish"). */
const SHORT_NAME = /^\p{Lu}{2,}/u;

export interface RestatedContext {
  message: Message;
  /** The message's clauses, word by word. */
  clauses: Token[][];
  question: string;
  times: readonly Span[];
  content: (word: string) => boolean;
}

/**
 * The question's action or thing said back with nothing else of substance: "we got the grant
 * already", "haettu ARAlta", "nie składamy" answer "have you applied for a grant?". Negated it is a
 * no; still ahead ("about to apply", "aiotaan hakea", "ska söka", "zamierzamy złożyć") a no, not yet;
 * done by someone else only on the visitor's behalf ("the advisor applies for them on our behalf").
 * A word of another topic ("we ship within Finland", "we sell to the public sector") or a time
 * beside a yes (which may be outside the question's span) says something else: no reading.
 */
export function restated({ message, clauses, question, times, content }: RestatedContext, pack: LocalePack): 'yes' | 'no' | null {
  const asked = wordsOf(question, pack, content);
  if (asked.length === 0) return null;
  const { replies, lexicon } = pack;
  const found = new Set<'yes' | 'no'>();
  for (const clause of clauses) {
    if (clause.length === 0 || clause.some((t) => lexicon.contrasts.has(t.text))) continue;
    const span = { start: (clause[0] as Token).start, end: (clause.at(-1) as Token).end };
    const text = message.folded.slice(0, span.end);
    const within = (list: readonly string[]) => phrasesIn(text, list).filter((s) => s.start >= span.start);
    const intending = within(replies.intending);
    const behalf = within(replies.behalf);
    const placed = [...within(replies.already), ...within(replies.pronouns), ...intending, ...behalf];
    const timed = times.some((t) => overlaps(t, span));
    let echoes = 0;
    let doers = 0;
    let other = false;
    for (const t of clause) {
      if (lexicon.negations.has(t.text) || placed.some((s) => overlaps(s, t)) || times.some((s) => overlaps(s, t))) continue;
      const written = message.original.slice(t.start, t.end);
      const word = wordOf(written, pack, t.text);
      if (content(t.text) && asked.some((a) => sameWord(word, a, pack))) echoes += 1;
      else if (!content(t.text) || SHORT_NAME.test(written)) continue;
      else if (echoes === 0) doers += 1;
      else other = true;
    }
    if (echoes === 0 || other || (doers > 0 && behalf.length === 0)) continue;
    const negated = clause.some((t) => lexicon.negations.has(t.text));
    if (negated || intending.length > 0) found.add('no');
    else if (!timed) found.add('yes');
  }
  return found.size === 1 ? ([...found][0] as 'yes' | 'no') : null;
}

/** Most words between a negation and the question's word it turns ("ei kuitenkaan sertifioitu"). */
const DENIED_REACH = 2;

/**
 * The question's own word negated in the reply ("we have procedures, but nothing certified",
 * "laatukäsikirja, ei kuitenkaan sertifioitu", "en kvalitetspärm, inte certifierad", "własne
 * procedury, ale bez certyfikatu"): what the visitor has is not what was asked, whatever "we have"
 * said before it. A word of letters only: "not 45001" beside "ISO 9001" is no denial of the question;
 * nor is a word the question negates itself ("work without a computer?" — "yes, nobody has one").
 */
export function deniedTopic(message: Message, question: string, pack: LocalePack, content: (word: string) => boolean): boolean {
  const { tokens: said } = prepare(question);
  const turning = (w: string) => pack.lexicon.negations.has(w) || pack.lexicon.contrasts.has(w);
  const negatedInQuestion = new Set(said.filter((t, i) => said.slice(Math.max(0, i - 1 - DENIED_REACH), i).some((b) => turning(b.text))).map((t) => t.text));
  const asked = wordsOf(question, pack, content).filter((w) => /^\p{L}+$/u.test(w.text) && !negatedInQuestion.has(w.text));
  const { tokens } = message;
  return tokens.some((t, i) => {
    if (!pack.lexicon.negations.has(t.text)) return false;
    // The word the negation turns, or one after a word that qualifies it ("ei kuitenkaan sertifioitu"); "ingen i köket" turns the people, not the kitchen.
    const after = tokens.slice(i + 1, i + 2 + DENIED_REACH).filter((n) => !/[,.;:!?\n]/.test(message.folded.slice(t.end, n.start)));
    const stop = after.findIndex((n) => pack.lexicon.stopwords.has(n.text) || pack.lexicon.light.has(n.text));
    const turned = stop < 0 ? after : after.slice(0, stop);
    return turned.some((n) => content(n.text) && asked.some((a) => sameWord(wordOf(message.original.slice(n.start, n.end), pack, n.text), a, pack)));
  });
}

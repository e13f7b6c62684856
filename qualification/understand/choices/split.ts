import type { LeadDefinition, Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { overlaps, prepare, type Message, type Token } from '../normalize.js';
import { matchWord, type Word } from './match.js';
import { messageWords } from './message-words.js';
import { mixOption } from './mix.js';
import type { Term } from './terms.js';
import { compiledTerms } from './term-index.js';

/** The mix read from a reply that names one option in one half and another option's word in the other. */
const MIX = 0.8;
/** A word this short is too often another word's ("IT", "oma"). */
const MIN_WORD = 4;

/** The clause each token stands in: punctuation, a coordinator, a contrast or a join ("plus") starts a new one. */
export function clausesOf(message: Message, pack: LocalePack): number[] {
  const { lexicon, people } = pack;
  const breaks = new Set([...lexicon.coordinators, ...people.joins, ...lexicon.contrasts, ...lexicon.both.joins]);
  let clause = 0;
  return message.tokens.map((t, i) => {
    const previous = message.tokens[i - 1];
    if (previous && (breaks.has(t.text) || /[.,;:!?+&\n]/.test(message.folded.slice(previous.end, t.start)))) clause += 1;
    return clause;
  });
}

/** A word that names something: not a little word, nor one of the question's own. */
export function topical(word: Word, pack: LocalePack, topic: ReadonlySet<string>): boolean {
  const { lexicon } = pack;
  return word.text.length >= MIN_WORD && !lexicon.light.has(word.text) && !lexicon.stopwords.has(word.text) && !lexicon.negations.has(word.text) && !topic.has(word.stem);
}

export const near = (word: Word, words: readonly Word[], pack: LocalePack) =>
  words.some((w) => {
    const level = matchWord(word, w, pack);
    return level === 'exact' || level === 'inflected';
  });

/** The marketer's own words for an option, not the pack's trade words or concepts. */
export const marketers = (t: Term) => t.own && !t.lexical && !t.concept && !t.generic && !t.catchAll;

/**
 * Asked a question with one answer, a reply that names one option in one half and a word of another
 * option's own synonyms in the other ("we do the day-to-day ourselves and the accountant does the
 * year-end", "informatyk na etacie plus firma od serwerów", "oma IT-päällikkö ja sen lisäksi kumppani
 * hoitaa palvelimet"), splits the question: it is the option that is the mix where there is one. A word
 * of the other half that names a person's role ("I'm the accountant") is not the split, nor is one
 * negated ("ourselves, no accountant"), nor one beside a count ("our own IT
 * department, the company has 50 staff").
 */
export function splitAnswer(definition: LeadDefinition, hits: ChoiceHit[], message: Message, locale: Locale, asking: string | null): ChoiceHit[] {
  const criterion = definition.criteria.find((c) => c.id === asking);
  if (!criterion || criterion.type !== 'choice') return hits;
  const answer = hits.filter((h) => h.term.criterion === criterion);
  const named = new Set(answer.map((h) => h.term.option));
  const [option] = named;
  if (!option || named.size > 2) return hits;
  const pack = packFor(locale);
  const mix = mixOption(criterion, locale, pack);
  if (mix && named.has(mix)) return hits;
  const clauses = clausesOf(message, pack);
  const clauseOf = (h: ChoiceHit) => clauses[message.tokens.findIndex((t) => overlaps(h, t))];
  // Without a mix to record the reply stands as read: "I'll recommend it, the board decides" names one option's whole meaning.
  if (!mix) return hits;
  const { terms } = compiledTerms(definition, locale);
  const term = terms.find((t) => t.option === mix && marketers(t));
  const first = answer[0] as ChoiceHit;
  const mixed = term ? [...hits.filter((h) => h.term.criterion !== criterion), { start: first.start, end: first.end, term, confidence: MIX, level: 'inflected' as const }] : hits;
  const negatedBefore = (i: number) => message.tokens.some((t, k) => k < i && clauses[k] === clauses[i] && pack.lexicon.negations.has(t.text));
  // A half with a count says how big something is ("the company has 50 staff"), not who does the work.
  const counts = (i: number) => message.tokens.some((t, k) => clauses[k] === clauses[i] && /\d/.test(t.text));
  const fine = (i: number) => !negatedBefore(i) && !counts(i);
  // Two options named whole in the marketer's words, each in a half of its own ("own cleaners day to day, a cleaning company for the windows").
  if (named.size === 2) {
    const halves = [...named].map((o) => new Set(answer.filter((h) => h.term.option === o).map(clauseOf)));
    const [a, b] = halves as [Set<number | undefined>, Set<number | undefined>];
    const plain = answer.every((h) => marketers(h.term) && h.level !== 'prefix' && h.level !== 'typo' && fine(message.tokens.findIndex((t) => overlaps(h, t))));
    return plain && ![...a].some((c) => b.has(c)) ? mixed : hits;
  }
  const inAnswer = (t: Token) => answer.some((h) => overlaps(h, t));
  const answerClauses = new Set(message.tokens.flatMap((t, i) => (inAnswer(t) ? [clauses[i]] : [])));
  const words = messageWords(message, pack, true);
  const topic = new Set(prepare(criterion.question[locale] ?? '').tokens.map((t) => pack.forms.stem(t.text)));
  const own = terms.filter((t) => t.criterion === criterion && t.option === option).flatMap((t) => t.words);
  const others = terms.filter((t) => t.criterion === criterion && t.option !== option && marketers(t)).flatMap((t) => t.words.filter((w) => topical(w, pack, topic)));
  const otherHalf = message.tokens.some(
    (t, i) =>
      !answerClauses.has(clauses[i]) &&
      !hits.some((h) => h.term.criterion.category === 'person' && overlaps(h, t)) &&
      topical(words[i] as Word, pack, topic) &&
      fine(i) &&
      near(words[i] as Word, others, pack) &&
      !near(words[i] as Word, own, pack),
  );
  return otherHalf ? mixed : hits;
}


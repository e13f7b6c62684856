import type { Criterion, LeadDefinition } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import type { ChoiceHit } from './choices.js';
import { overlaps, type Message, type Span, type Token } from './normalize.js';
import { countryAdjective, othersPlace } from './others-place.js';
import { aboutBuying } from './time.js';
import type { UnderstandContext } from './types.js';

/**
 * What a fact said in passing, while answering another question, must look like to be recorded —
 * the answer's shape per criterion. The question asked takes any reading (a doubtful one is asked
 * back); a volunteered one is recorded only on strong, specific evidence, otherwise it is left for
 * its own question: a wrong fact costs more than asking once.
 */
const isTimeline = (criterion: Criterion) => criterion.type === 'choice' && criterion.options.some((o) => o.months);
const DECIDING = new Set(['i_decide', 'i_recommend', 'someone_else_decides']);
const FIRST_PERSON = new Set(['i_decide', 'i_recommend']);
/** Concepts that describe the visitor themselves ("I'm a student"): explicit enough to take in passing. */
const ABOUT_THE_VISITOR = new Set(['i_decide', 'i_recommend', 'student', 'job_hunting', 'retired']);
/** Options that say there is none of something: an answer with no content of its own. */
const NONE = new Set(['no', 'no_system', 'dont_know']);

/** A negation anywhere in the hit's clause ("budget is not approved yet", "budjettia ei ole vielä hyväksytty"). */
function negatedClause(hit: Span, message: Message, ctx: UnderstandContext): boolean {
  const { lexicon } = packFor(ctx.locale);
  const text = message.folded;
  const breaks = (a: number, b: number) => /[.,;!?\n]/.test(text.slice(a, b));
  const clause = message.tokens.filter((t) => (t.end <= hit.start ? !breaks(t.end, hit.start) : t.start >= hit.end && !breaks(hit.end, t.start)));
  return clause.some((t) => lexicon.negations.has(t.text));
}

/**
 * A possibility in the hit's clause, up to punctuation or a contrast either side ("if", "we might",
 * "thinking about opening a shop in Sweden", "jos", "kanske", "jeśli"): what it names is not so yet.
 */
function hedged(hit: Span, hits: readonly Span[], message: Message, ctx: UnderstandContext): boolean {
  const { lexicon } = packFor(ctx.locale);
  const text = message.folded;
  const ends = (a: number, b: number) => /[.,;:!?\n]/.test(text.slice(a, b));
  const before = message.tokens.filter((t) => t.end <= hit.start && !ends(t.end, hit.start));
  const after = message.tokens.filter((t) => t.start >= hit.end && !ends(hit.end, t.start));
  const from = before.findLastIndex((t) => lexicon.contrasts.has(t.text)) + 1;
  const to = after.findIndex((t) => lexicon.contrasts.has(t.text));
  const clause = [...before.slice(from), ...(to < 0 ? after : after.slice(0, to))];
  // A hedge inside an option's own words is no hedge ("Would you like it" as a synonym).
  const hedge = (t: Token) => !hits.some((h) => overlaps(h, t)) && lexicon.hedges.some((h) => (h.endsWith('*') ? t.text.startsWith(h.slice(0, -1)) : t.text === h));
  return clause.some(hedge);
}

/** A word that says something of its own: not a pronoun, a small word or a contraction's leftover ("it|s", "I|d"). */
function carries(word: string, ctx: UnderstandContext): boolean {
  const { lexicon, people } = packFor(ctx.locale);
  const small = word.length < 3 || lexicon.light.has(word) || lexicon.stopwords.has(word) || lexicon.generic.includes(word);
  return !small && !people.self.includes(word) && !lexicon.hedges.includes(word);
}

/** Words that may stand between a narrowing word and the country it narrows ("only keep stock within", "bara inom", "tylko w"). */
const NARROW_REACH = 3;

/**
 * A country narrowed by "only"/"vain"/"bara"/"tylko", a few words before it in its clause ("no,
 * only within Sweden", "nie, tylko w Polsce"): the scope of what the visitor answers (where they
 * ship, sell, work), not plainly where the company is.
 */
function narrowed(hit: Span, message: Message, ctx: UnderstandContext): boolean {
  const { people } = packFor(ctx.locale);
  const before = message.tokens.filter((t) => t.end <= hit.start);
  for (let k = before.length - 1, words = 0; k >= 0 && words <= NARROW_REACH; k--, words++) {
    const token = before[k] as Token;
    if (/[.,;:!?\n]/.test(message.folded.slice(token.end, (before[k + 1] ?? hit).start))) return false;
    if (people.only.includes(token.text)) return true;
  }
  return false;
}

function trusted(hit: ChoiceHit, hits: readonly ChoiceHit[], message: Message, ctx: UnderstandContext, correcting: boolean): boolean {
  const criterion = hit.term.criterion;
  // Answering another question, the visitor's situation or trade said in passing is a hint ("the
  // spreadsheets are a mess" while giving their role, "we also do some plumbing" while giving their
  // size), not an answer: its own question is asked. Said unasked (the visitor introducing
  // themselves) or as a correction ("actually we're mostly a plumbing firm"), it is meant. Where
  // the company is, and who the visitor is, are said plainly enough in passing.
  const hint = criterion.category === 'situation' || (criterion.category === 'company' && !criterion.options.some((o) => o.country));
  // "Actually nothing" ("właściwie nic", "itse asiassa ei mitään") answers the question asked: a none is corrected into no other question.
  const none = hit.term.option.means?.some((c) => NONE.has(c)) ?? false;
  if (hint && ctx.asking !== null && (!correcting || none)) return false;
  // Where the company is, in passing, said as a place the answer is about ("the cost of returns from
  // Sweden" answering the pain, "no, only within Sweden" answering whether they ship abroad): that
  // country belongs to the answer, it is no plain word on where the company is.
  const home = criterion.type === 'choice' && criterion.category === 'company' && criterion.options.some((o) => o.country);
  if (home && ctx.asking !== null && !correcting) {
    if (narrowed(hit, message, ctx)) return false;
    if (othersPlace(hit, hits, message, packFor(ctx.locale)) || countryAdjective(hit, message, packFor(ctx.locale))) return false;
    const topic = (a: ChoiceHit) => a.term.criterion.id === ctx.asking && (a.term.criterion.category === 'situation' || a.term.criterion.category === 'motivation');
    if (hits.some((a) => topic(a) && !/[.,;!?\n]/.test(message.folded.slice(Math.min(a.end, hit.end), Math.max(a.start, hit.start))))) return false;
  }
  // A pick-several answer is whole only when asked: in passing, the visitor names one or two of several.
  if (criterion.type === 'multi') return false;
  // "We're thinking about opening a shop in Sweden": a possibility is no fact, except as a timeline.
  if (!isTimeline(criterion) && hedged(hit, hits, message, ctx)) return false;
  // What the visitor wants from a tool is said when asked; "we're hiring" in passing is no wish list.
  if (criterion.category === 'motivation') return false;
  // A concept's stock phrases ("not approved", "someone else") answer its question; in passing they are too loose.
  if (hit.term.concept && !hit.term.option.means?.some((c) => ABOUT_THE_VISITOR.has(c))) return false;
  // Nor are phrases of pronouns and small words alone: "it's me", "I do", "det är jag" answer who decides
  // when asked; in "it's me plus 3 part-timers" they decide nothing.
  if (!hit.term.words.some((w) => carries(w.text, ctx))) return false;
  // Who decides, in passing, only as the visitor's own say ("I decide"): "the board must approve" may be about anything.
  const deciding = criterion.options.some((o) => o.means?.some((c) => DECIDING.has(c)));
  if (deciding && !hit.term.option.means?.some((c) => FIRST_PERSON.has(c))) return false;
  // A negated clause turns readings around too easily to be taken in passing.
  if (negatedClause(hit, message, ctx)) return false;
  // Words in the clause that answers the question asked qualify that answer ("savings on fuel" is a
  // wish to save, not fuel as the pain): a topical fact needs a clause of its own.
  const topical = criterion.category === 'situation';
  const between = (a: Span, b: Span) => message.folded.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  if (topical && hits.some((a) => a.term.criterion.id === ctx.asking && !/[.,;!?\n]/.test(between(a, hit)))) return false;
  // The same words name options of two criteria ("tilitoimisto": the visitor's accountant, or their trade).
  if (hits.some((o) => o.term.criterion !== criterion && o.start === hit.start && o.end === hit.end)) return false;
  // Two options of one criterion in passing ("30 in Warsaw and 10 in Oslo"): its own question sorts them out.
  if (criterion.type === 'choice' && hits.some((o) => o.term.criterion === criterion && o.term.option !== hit.term.option)) return false;
  // Answering another question, a date or horizon is the buying timeline only in a clause about starting, buying or deciding.
  if (ctx.asking !== null && isTimeline(criterion) && !aboutBuying(hit, message, ctx.locale)) return false;
  return true;
}

/**
 * The option hits to keep: every hit for the question asked, and volunteered ones of a trusted
 * shape; `correcting` when the visitor says they correct an earlier answer ("actually …").
 */
export function volunteeredChoices(hits: ChoiceHit[], message: Message, ctx: UnderstandContext, correcting: boolean): ChoiceHit[] {
  const asked = hits.filter((h) => h.term.criterion.id === ctx.asking);
  // Asked too, what is so beats what may be ("Finland now, maybe Sweden later").
  const sure = asked.filter((h) => isTimeline(h.term.criterion) || !hedged(h, hits, message, ctx));
  const answer = sure.length > 0 ? sure : asked;
  return hits.filter((h) => answer.includes(h) || (h.term.criterion.id !== ctx.asking && trusted(h, hits, message, ctx, correcting)));
}

/**
 * Time phrases that may answer the timeline: any when it or nothing is asked. Answering another
 * question, a date is the visitor's situation said in passing: a hint, not an answer (see `trusted`).
 */
export function volunteeredTimes<T extends Span>(definition: LeadDefinition, times: T[], ctx: UnderstandContext): T[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  return !asked || isTimeline(asked) ? times : [];
}

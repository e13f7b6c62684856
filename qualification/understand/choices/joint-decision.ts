import type { Concept } from '../../definition/concepts.js';
import type { LeadDefinition, Locale, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import type { Message, Span } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { decidingCriterion, decidingOf, narrowed, type PersonHit, preparing, pronounOnly, selfWords } from './persons.js';
import type { ChoiceCriterion } from './terms.js';
import { compiledTerms } from './term-index.js';

/** Below this a hit is a borrowed guess ("ja" of another language): it does not stand beside a joined pronoun. */
const JOINED_SURE = 0.7;

/** A join word beside the stretch, with more words beyond it: "prezes i ja", "me and my partner". */
function joined(hit: Span, message: Message, pack: LocalePack): boolean {
  const i = message.tokens.findIndex((t) => t.start >= hit.start);
  const j = message.tokens.findLastIndex((t) => t.end <= hit.end);
  const join = (k: number) => pack.people.joins.includes(message.tokens[k]?.text ?? '');
  return (i > 1 && join(i - 1)) || (j >= 0 && j + 2 < message.tokens.length && join(j + 1));
}

/** The visitor's own words of deciding opening with their pronoun, someone joined before it: "my wife and I decide", "mąż i ja decydujemy". */
function joinedBefore(hit: Span, message: Message, pack: LocalePack): boolean {
  const i = message.tokens.findIndex((t) => t.start >= hit.start);
  const apart = (a: number) => /[,.;!?\n]/.test(message.folded.slice(message.tokens[a]?.end ?? 0, message.tokens[a + 1]?.start ?? 0));
  return i > 1 && selfWords(pack).whole.test(message.tokens[i]?.text ?? '') && pack.people.joins.includes(message.tokens[i - 1]?.text ?? '') && !apart(i - 2) && !apart(i - 1);
}

/**
 * The visitor's pronoun joined to a stretch naming someone else, in its clause: "me and the CEO",
 * "the CEO and I", "minä ja toimitusjohtaja", "jag och vd:n", "ja i prezes". Words that only open a
 * noun ("the", "my", "min") may stand before the stretch.
 */
function visitorJoined(hit: Span, message: Message, pack: LocalePack): boolean {
  const { tokens, folded } = message;
  const i = tokens.findIndex((t) => t.start >= hit.start);
  const j = tokens.findLastIndex((t) => t.end <= hit.end);
  const opener = (k: number) => pack.people.others.includes(tokens[k]?.text ?? '');
  const self = (k: number) => selfWords(pack).whole.test(tokens[k]?.text ?? '');
  const join = (k: number) => pack.people.joins.includes(tokens[k]?.text ?? '');
  const apart = (a: number, b: number) => /[,.;:!?\n]/.test(folded.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0));
  let k = i - 1;
  while (k >= 0 && opener(k) && !join(k)) k--;
  const before = k >= 1 && join(k) && self(k - 1) && !apart(k - 1, i);
  const after = j >= 0 && join(j + 1) && self(j + 2) && !apart(j, j + 2);
  return before || after;
}

/**
 * How the ways of deciding a visitor names add up ("jag rekommenderar, vd beslutar", "päätän
 * yhdessä toimitusjohtajan kanssa", "it's my call but the board signs off over 10k"): a
 * recommendation whoever else is named; else deciding together wherever it is named, where the
 * visitor's pronoun is joined to someone else, or where the
 * visitor's say is followed by someone else's after a contrast; someone else named before what the
 * visitor does is someone else's call. Other criteria's hits pass through.
 */
export function jointDecision<H extends PersonHit & { confidence: number }>(
  hits: readonly H[],
  definition: LeadDefinition,
  message: Message,
  pack: LocalePack,
  locale: Locale,
  asking: string | null,
): H[] {
  const implied = impliedConcepts(definition);
  const byCriterion = new Map<ChoiceCriterion, H[]>();
  for (const h of hits) if (h.term.criterion.category === 'person') byCriterion.set(h.term.criterion, [...(byCriterion.get(h.term.criterion) ?? []), h]);
  let result = [...hits];
  for (const [criterion, list] of byCriterion) {
    // An option naming a decider ("The board", "General meeting") is someone else's say beside the visitor's.
    const ways = new Map(list.map((h) => [h, decidingOf(h.term.option, implied) ?? (decidingCriterion(h.term, pack) ? 'someone_else_decides' : undefined)]));
    // The option for someone else deciding, by its own mark: not one naming a decider of its own ("The board", "With my family").
    const someoneElse = (h: H) => decidingOf(h.term.option, implied) === 'someone_else_decides' && togetherIn(criterion, [h], implied, definition, locale).length > 0;
    // The visitor's pronoun joined to someone else ("prezes i ja", "toimitusjohtaja ja minä", "my wife and I decide") is not the visitor alone.
    const lone = list.filter((h) => ways.get(h) === 'i_decide' && (pronounOnly(h, message, pack) ? joined(h, message, pack) : joinedBefore(h, message, pack)));
    if (lone.length) {
      // Beside it only the person it is joined to ("me and the CEO"): together.
      const partners = list.filter((h) => !lone.includes(h) && someoneElse(h) && visitorJoined(h, message, pack));
      const alone = lone.length + partners.length === list.filter((h) => h.confidence >= JOINED_SURE).length;
      result = [...result.filter((h) => !lone.includes(h) && (!alone || !partners.includes(h))), ...(alone ? togetherIn(criterion, lone, implied, definition, locale) : [])];
      continue;
    }
    // Someone else with the visitor joined to them ("me and the CEO", "jag och vd:n") decides with the visitor.
    if (list.every((h) => someoneElse(h) && visitorJoined(h, message, pack))) {
      const together = togetherIn(criterion, list, implied, definition, locale);
      if (together.length) result = [...result.filter((h) => h.term.criterion !== criterion), ...together];
      continue;
    }
    const research = criterion.id === asking ? lookingBeside(criterion, list, ways, implied, message, pack, definition, locale) : [];
    if (research.length) {
      result = [...result.filter((h) => h.term.criterion !== criterion), ...research];
      continue;
    }
    const named = new Set(ways.values());
    if (named.size < 2 || named.has(undefined)) continue;
    const keep = (concept: Concept) => list.filter((h) => ways.get(h) === concept);
    let winners: H[] = [];
    const mine = keep('i_decide')[0];
    const theirs = keep('someone_else_decides')[0];
    const [a, b] = mine && theirs ? (mine.start < theirs.start ? [mine, theirs] : [theirs, mine]) : [];
    const between = a && b ? message.tokens.filter((t) => t.start >= a.end && t.end <= b.start) : [];
    const apart = a && b && /[,.;!?]/.test(message.folded.slice(a.end, b.start));
    // "Omistaja päättää, minä vain valmistelen": the visitor's part narrowed to preparing beside someone else's decision may be
    // no say or a recommendation: someone else's, asked back to confirm, never recorded as the visitor's recommendation.
    if (theirs && named.has('i_recommend') && keep('i_recommend').every((h) => narrowed(h, message, pack) && preparing(h, message, pack))) winners = [{ ...theirs, confidence: Math.min(theirs.confidence, UNSURE) }];
    else if (named.has('i_recommend')) winners = keep('i_recommend');
    else if (named.has('decide_together')) winners = keep('decide_together');
    // Someone else first, then, apart, what the visitor does ("the owners. I just do the rotas"): theirs.
    else if (mine && theirs && theirs === a && apart) winners = [theirs];
    // The two joined ("toimitusjohtaja ja minä", "prezes i ja"), or the visitor's say and then someone
    // else's after a contrast ("it's my call but the board signs off over 10k"): together.
    else if (mine && theirs && !apart && between.length > 0 && between.every((t) => pack.people.joins.includes(t.text))) winners = togetherIn(criterion, list, implied, definition, locale);
    else if (mine && theirs && mine === a && between.some((t) => pack.lexicon.contrasts.has(t.text))) winners = togetherIn(criterion, list, implied, definition, locale);
    if (winners.length) result = [...result.filter((h) => h.term.criterion !== criterion), ...winners];
  }
  return result.sort((x, y) => x.start - y.start);
}

/**
 * Looking around beside someone else's decision ("ja robię rozeznanie, a szef decyduje", "I'm doing
 * research, the CFO decides", "jag samlar information, vd:n bestämmer"): the visitor does the groundwork
 * for whoever signs, the option for recommending. Only answering who decides ("my boss asked me to look at
 * options" while giving a role says nothing of the visitor's say); not where the looking is narrowed ("ja
 * tylko zbieram informacje", asked back as `narrowed` preparing is) nor beside any other way of deciding.
 */
function lookingBeside<H extends PersonHit & { confidence: number }>(
  criterion: ChoiceCriterion,
  list: readonly H[],
  ways: Map<H, Concept | undefined>,
  implied: Map<Option, readonly Concept[]>,
  message: Message,
  pack: LocalePack,
  definition: LeadDefinition,
  locale: Locale,
): H[] {
  const looking = list.filter((h) => [...(h.term.option.means ?? []), ...(implied.get(h.term.option) ?? [])].includes('just_looking'));
  const theirs = list.filter((h) => !looking.includes(h) && ways.get(h) === 'someone_else_decides');
  if (!looking.length || !theirs.length || looking.length + theirs.length < list.length) return [];
  if (looking.some((h) => narrowed(h, message, pack))) return [];
  const option = criterion.options.find((o) => decidingOf(o, implied) === 'i_recommend');
  const term = option && compiledTerms(definition, locale).terms.find((t) => t.option === option);
  const first = looking[0] as H;
  return term ? [{ ...first, term, confidence: Math.min(first.confidence, 0.8) }] : [];
}

/** Below `CONFIDENT`: a reading asked back ("did you mean …?") before it counts. */
const UNSURE = 0.6;

/** The criterion's option for deciding together, in place of the hits named: "toimitusjohtaja ja minä". */
function togetherIn<H extends PersonHit & { confidence: number }>(criterion: ChoiceCriterion, list: readonly H[], implied: Map<Option, readonly Concept[]>, definition: LeadDefinition, locale: Locale): H[] {
  const option = criterion.options.find((o) => decidingOf(o, implied) === 'decide_together');
  const first = list[0] as H;
  const term = option && compiledTerms(definition, locale).terms.find((t) => t.option === option);
  return term ? [{ ...first, term, confidence: Math.min(first.confidence, 0.8) }] : [];
}

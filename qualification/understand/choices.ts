import { CONFIDENT, type Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import { matchRest, worse, type Level, type Word } from './choices/match.js';
import { jointDecision } from './choices/joint-decision.js';
import { actsOnVisitor, othersDecision, othersWork, someoneElse, strayDecider, visitorBeside } from './choices/persons.js';
import { impliedConcepts } from './choices/implied-concepts.js';
import { scatteredMatches } from './choices/scattered.js';
import { contextOnly } from './choices/clause-context.js';
import { deciderNamed, namedDecider } from './choices/deciders.js';
import { ownerOverTitle } from './choices/owner-titles.js';
import { ownedBusiness } from './choices/owned-business.js';
import { ownersWorkOfFunction } from './choices/business-functions.js';
import { answerFirst } from './choices/answer-first.js';
import { adviceBeside } from './choices/advice.js';
import { adviceHits } from './choices/advice-clause.js';
import { ledWork, levelOfFunction, rankOnly } from './choices/titles.js';
import { speedAlone } from './choices/speed-words.js';
import { painToEnd } from './choices/pain-to-end.js';
import { agreesWithNot } from './choices/says-not.js';
import { madeAlone } from './choices/made-products.js';
import { letters, overruled } from './choices/overruled.js';
import { echoesQuestion } from './choices/question-echo.js';
import { awaitingApproval, budgetStatesAsked } from './modality.js';
import { selling } from './markets.js';
import { negatesNext } from './negation.js';
import type { ChoiceCriterion, Term } from './choices/terms.js';
import { compiledTerms, type WordReading } from './choices/term-index.js';
import { formerly, goingTo, overtaken, left, lentWord, negated, sharedTradeWord, slip } from './choices/guards.js';
import { typedAccents } from './choices/message-words.js';
import { overlaps, type Message, type Span } from './normalize.js';
import type { UnderstandContext } from './types.js';

/** A synonym found in the text, with the stretch it covers. */
export interface ChoiceHit extends Span {
  term: Term;
  confidence: number;
  level: Level;
}

const CONFIDENCE: Record<'own' | 'borrowed', Record<Level, number>> = {
  own: { exact: 0.95, inflected: 0.8, prefix: 0.6, typo: 0.55 },
  borrowed: { exact: 0.6, inflected: 0, prefix: 0, typo: 0 },
};
/** The most a trade word of the pack is trusted, below a synonym's exact match. */
const LEXICAL = 0.9;
/** A volunteered typo match must be long enough not to be another word. */
const VOLUNTEERED_TYPO_MIN = 7;
/**
 * A word one letter off a one-word synonym of the question asked ("restuarant", "spreadhseets"),
 * where no other option's words are read there: a slip of the keyboard, recorded as an inflection is.
 */
const SURE_TYPO = CONFIDENCE.own.inflected;

/** Module-level, as letters.ts says. */
const ACRONYM = /^\p{Lu}{2,3}$/u;
const isAcronym = (raw: string) => ACRONYM.test(raw);

/** Confidence of one match after the guards against false hits; 0 drops it. */
function judge(term: Term, level: Level, raw: string, asked: boolean, pack: LocalePack): number {
  let confidence = CONFIDENCE[term.own ? 'own' : 'borrowed'][level];
  // A trade word of the pack, not a synonym the marketer wrote: the synonym wins where both name an option.
  // A short one written in capitals is an acronym ("PA"): typed in small letters it may be a little word of the visitor's ("jobbar på").
  const small = term.short && term.words[0]?.name === true && !isAcronym(raw) && pack.lexicon.stopwords.has(term.words[0].text);
  if (term.lexical) return asked && !small ? Math.min(confidence, LEXICAL) : 0;
  if (term.generic || term.catchAll) return asked ? confidence : 0;
  if (level === 'typo' && !asked && Math.max(...term.words.map((w) => w.text.length)) < VOLUNTEERED_TYPO_MIN) return 0;
  if (term.short && !isAcronym(raw)) {
    if (!term.own) return 0;
    if (pack.lexicon.stopwords.has(term.words[0]?.text ?? '')) return asked ? 0.4 : 0;
    if (!asked) confidence = Math.min(confidence, 0.6);
  }
  // A disqualifying answer read from an inflected or borrowed form is confirmed before it counts.
  if (term.option.disqualify && level !== 'exact') confidence = Math.min(confidence, 0.6);
  return confidence;
}

const isTimeline = (criterion: ChoiceCriterion) => criterion.options.some((o) => o.months);

/**
 * A phrase that holds a time phrase whole and says more is about something else ("budgeten för nästa
 * år"). Module-level: a closure made for each synonym tried (which tsx names, at a cost) was a hot spot.
 */
const holdsMore = (m: Span, t: Span) => m.start <= t.start && m.end >= t.end && m.end - m.start > t.end - t.start;

function findHits(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[]): ChoiceHit[] {
  const pack = packFor(ctx.locale);
  const compiled = compiledTerms(definition, ctx.locale);
  const { terms } = compiled;
  const accented = typedAccents(message);
  const readings = message.tokens.map((t) => compiled.reading(message.original.slice(t.start, t.end), t.text, accented));
  const words = readings.map((r) => r.word);
  const matchAt = (k: number, part: Word) => (readings[k] as WordReading).match(part);
  const found: { hit: ChoiceHit; order: number }[] = [];
  readings.forEach((reading, i) => {
    for (const { index, level } of reading.first) {
      const term = terms[index] as Term;
      const m = matchRest(message.tokens, message.folded, i, term.words, level, pack, matchAt);
      // A timeline's synonym inside a longer time phrase says less than it ("vuoden sisällä" in "puolen vuoden sisällä").
      if (!m || (isTimeline(term.criterion) ? times.some((t) => holdsMore(t, m)) : times.some((t) => overlaps(t, m) && !holdsMore(m, t)))) continue;
      // A bare reply ("inget", "nothing") in another form past the reply's opening is another word: "ingen vet" is "nobody knows".
      if (term.generic && m.level !== 'exact' && i > 0) continue;
      const confidence = judge(term, m.level, message.original.slice(m.start, m.end), term.criterion.id === ctx.asking, pack);
      if (confidence > 0) found.push({ hit: { start: m.start, end: m.end, term, confidence, level: m.level }, order: index * message.tokens.length + i });
    }
  });
  const lent = found.filter((f) => lentWord(f.hit, message, words, terms) || sharedTradeWord(f.hit, message, words, terms, pack));
  if (lent.length) found.splice(0, found.length, ...found.filter((f) => !lent.includes(f)));
  // The asked synonym's words out of order or apart ("work orders get lost"), where no synonym stands (near) word for word.
  const asked = found.filter((f) => f.hit.term.criterion.id === ctx.asking).map((f) => f.hit);
  const sure = asked.filter((h) => h.level === 'exact' || h.level === 'inflected');
  for (const m of scatteredMatches(message, readings, compiled, ctx.asking, [...sure, ...times], pack)) {
    const term = terms[m.index] as Term;
    // Words another option's synonym already reads, even as a guess, are that option's evidence; a
    // question with one answer takes words out of order only when no other option is named as written.
    const rival = (h: ChoiceHit) => h.term.option !== term.option && (overlaps(h, m) || (term.criterion.type === 'choice' && !h.term.lexical));
    if (asked.some(rival)) continue;
    const confidence = judge(term, 'inflected', message.original.slice(m.start, m.end), true, pack);
    if (confidence > 0) found.push({ hit: { start: m.start, end: m.end, term, confidence, level: 'inflected' }, order: m.index * message.tokens.length + message.tokens.length - 1 });
  }
  for (const f of found) if (slip(f.hit, found, message, ctx.asking)) f.hit = { ...f.hit, confidence: Math.max(f.hit.confidence, SURE_TYPO) };
  // In definition order, as ties between equal hits go to the option listed first.
  return found.sort((a, b) => a.order - b.order).map((f) => f.hit);
}


/**
 * The longest phrase wins a stretch of text ("no budget" over "no", "old planning system" over
 * "planning"); the question asked claims its words first ("zarząd zatwierdził", asked about the budget,
 * says it is approved before it says who decides).
 */
function resolveOverlaps(hits: ChoiceHit[], asking: string | null): ChoiceHit[] {
  // Over the same words, the longer synonym says more: "olutravintolaa" is "olutravintola" (a bar), not "ravintola".
  const asked = (h: ChoiceHit) => Number(h.term.criterion.id === asking);
  const sorted = [...hits].sort((a, b) => asked(b) - asked(a) || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || letters(b.term) - letters(a.term));
  const kept: ChoiceHit[] = [];
  for (const hit of sorted) {
    // The same words may name options of two criteria, if they do so equally well.
    const shared = (k: ChoiceHit) => k.start === hit.start && k.end === hit.end && k.term.criterion !== hit.term.criterion && k.level === hit.level;
    const clash = kept.some((k) => overlaps(k, hit) && !shared(k));
    if (!clash) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toExtraction(criterion: ChoiceCriterion, hits: ChoiceHit[], message: Message): Extraction {
  const byOption = new Map<string, ChoiceHit>();
  for (const hit of hits) {
    const current = byOption.get(hit.term.option.id);
    // Of an option's hits read as surely, a specific one says more than a bare "yes" ("kyllä, … on varattu").
    if (!current || hit.confidence > current.confidence || (hit.confidence === current.confidence && current.term.generic && !hit.term.generic)) byOption.set(hit.term.option.id, hit);
  }
  const named = [...byOption.values()];
  // A bare reply in a clause of its own ("not yet, we do next year's budget in January", "ei vielä,
  // budjetti tehdään tammikuussa") leaves the answer to the words after it that say how things stand.
  const specific = named.filter((h) => !h.term.generic);
  const bare = (h: ChoiceHit) => h.term.generic && specific.some((s) => s.start >= h.end && /[.,;:!]/.test(message.folded.slice(h.end, s.start)));
  const best = criterion.type === 'choice' ? named.filter((h) => !bare(h)) : named;
  const raw = (h: ChoiceHit) => message.original.slice(h.start, h.end);
  if (criterion.type === 'multi') {
    return { criterionId: criterion.id, value: best.map((h) => h.term.option.id), raw: best.map(raw).join(', '), confidence: Math.min(...best.map((h) => h.confidence)) };
  }
  const top = Math.max(...best.map((h) => h.confidence));
  const winners = best.filter((h) => h.confidence === top);
  // Options named as clearly as each other: keep the first named, but have it confirmed ("HVAC and
  // plumbing"). Among inflected guesses the one read from more text wins ("työnjohtajana" over "toimin").
  const exact = winners.every((h) => h.level === 'exact');
  const length = (h: ChoiceHit) => h.end - h.start;
  const ranked = exact ? winners : [...winners].sort((a, b) => length(b) - length(a));
  const first = ranked[0] as ChoiceHit;
  const rivals = exact ? winners : winners.filter((h) => length(h) === length(first));
  const confidence = rivals.length > 1 ? Math.min(top, 0.6) : top;
  // Of options each named clearly enough to record, the answer comes first; the rest says more
  // ("redovisningsbyrån gör det, vi skickar timmarna i Excel": the accountant, however exact "Excel" is).
  // An option comes where it is first named ("vattenverket i kommunen, VA-bolag": the water utility, though its surest word comes last).
  const firstNamed = (h: ChoiceHit) => Math.min(...hits.filter((o) => o.term.option === h.term.option && o.confidence >= CONFIDENT).map((o) => o.start));
  const lead = best.filter((h) => h.confidence >= CONFIDENT).sort((a, b) => firstNamed(a) - firstNamed(b))[0];
  if (rivals.length === 1 && lead && lead !== first) return { criterionId: criterion.id, value: lead.term.option.id, raw: raw(lead), confidence: lead.confidence };
  return { criterionId: criterion.id, value: first.term.option.id, raw: raw(first), confidence };
}

/**
 * Asked who decides, a visitor who names another person as the one deciding ("purchases go through
 * our finance director", "ägaren tar beslutet") answers with the option that means someone else decides.
 */
function someoneElseDecides(definition: LeadDefinition, message: Message, ctx: UnderstandContext, kept: ChoiceHit[], others: ChoiceHit[]): ChoiceHit[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (!asked || (asked.type !== 'choice' && asked.type !== 'multi') || kept.some((h) => h.term.criterion === asked)) return [];
  const pack = packFor(ctx.locale);
  // A board or a title no option lists ("lautakunta päättää", "not me, our CFO") names someone else too.
  const first = others[0] ?? namedDecider(message, pack);
  // "Me and my co-founder" names the visitor beside them: not someone else alone.
  if (!first || visitorBeside(first, message, pack)) return [];
  const implied = impliedConcepts(definition);
  const option = asked.options.find((o) => o.means?.includes('someone_else_decides') || implied.get(o)?.includes('someone_else_decides'));
  const term = option && compiledTerms(definition, ctx.locale).terms.find((t) => t.option === option && t.own);
  return term ? [{ start: first.start, end: first.end, term, confidence: 0.8, level: 'inflected' }] : [];
}

/**
 * Options named by label or synonym, in any criterion, asked or volunteered. Words inside a time
 * expression (`times`) belong to it ("kahden kuukauden päästä" is not "päässä"), and so do
 * words inside `blocked` stretches (an e-mail address). A negated option is not an answer, nor is
 * another person's role ("our finance director decides").
 */
export function findChoices(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[], blocked: Span[]): ChoiceHit[] {
  const pack = packFor(ctx.locale);
  const read = findHits(definition, message, ctx, times).filter((h) => !blocked.some((b) => overlaps(b, h)));
  // One part of the mix ("egen IT" of "egen IT och partner") is one of the options mixed: the mix needs another part beside it.
  const lone = (h: ChoiceHit) => h.term.joint && !read.some((o) => o.term.joint && o.term.option === h.term.option && o.term !== h.term && !overlaps(o, h));
  const all = read.filter((h) => !lone(h) && !madeAlone(h, read, message, pack) && (!negated(h, message, pack) || painToEnd(h, pack) || agreesWithNot(h, message, pack)) && !echoesQuestion(h, ctx.locale, pack) && !negatesNext(h, read, message, pack) && !rankOnly(h, message, pack, definition) && !levelOfFunction(h, message, pack, definition) && !ledWork(h, message, pack) && !ownersWorkOfFunction(h, message, pack));
  // Whoever sent the visitor ("I'm head of people and our CEO asked me") overrules none of the visitor's words, nor holds their work.
  const sender = (o: ChoiceHit) => o.term.criterion.category === 'person' && actsOnVisitor(o, message, pack);
  const rivals = all.filter((o) => !sender(o));
  // Selling is no trade over the catch-all's ("a hair salon, we sell a few products too"): beside a trade of the company's own it says what else is done there (`withoutMarkets`).
  const sells = (o: ChoiceHit) => selling(o, message, pack);
  const found = all.filter(
    (h) => !overruled(h, rivals, sells, pack, message) && !deciderNamed(h, all, message, pack, definition) && !contextOnly(h, all, message, pack) && !strayDecider(h, message, pack, h.term.criterion.id === ctx.asking, definition),
  );
  // Asked, words for work ("I handle the finances") name no person, nor does a title over the same
  // stretch ("the finances"); beside someone else's role they are that person's work.
  const working = (h: ChoiceHit) => h.term.work && h.term.criterion.id === ctx.asking;
  // "My boss owns the place": work with someone else as its subject is nobody's answer.
  const othersAtWork = (h: ChoiceHit) => working(h) && othersWork(h, message, pack);
  const person = (h: ChoiceHit) => !someoneElse(h, message, pack, h.term.criterion.id === ctx.asking) && !othersDecision(h, found, message, pack, definition);
  // A title read as well as the work word it holds, and longer, names a person ("talous|johtajan", the CFO's), not the visitor's work.
  const title = (h: ChoiceHit, w: ChoiceHit) => letters(h.term) > letters(w.term) && worse(h.level, w.level) === w.level;
  const persons = found.filter((h) => !working(h) && !found.some((w) => working(w) && w.start <= h.start && h.end <= w.end && !title(h, w)));
  // Another criterion's word inside the visitor's own answer ("manager" of "operations manager") names nobody else.
  const answer = found.filter((h) => h.term.criterion.id === ctx.asking);
  const othersNamed = persons.some((h) => !person(h) && !sender(h) && !answer.some((a) => a.term.criterion !== h.term.criterion && overlaps(a, h)));
  const hits = found.filter((h) => (working(h) ? !othersNamed && !othersAtWork(h) : persons.includes(h) && person(h)));
  const others = found.filter((h) => !hits.includes(h));
  // A budget still to be approved is not approved ("styrelsen måste godkänna"), before the asked question claims its words.
  // A budget both planned and allocated in one reply is asked which ("next year's budget, already approved").
  const staying = budgetStatesAsked(
    awaitingApproval(hits.filter((h) => !left(h, hits, message, pack) && !formerly(h, hits, message, pack) && !overtaken(h, hits, message, pack) && !goingTo(h, message, pack)), definition, message, ctx, pack),
    definition,
  );
  const advised = [...staying, ...adviceHits(staying, definition, message, pack, ctx.asking, ctx.locale)];
  const joint = jointDecision(resolveOverlaps([...adviceBeside(advised, message, pack, definition), ...someoneElseDecides(definition, message, ctx, staying, others)], ctx.asking), definition, message, pack, ctx.locale, ctx.asking);
  const titled = answerFirst(ownerOverTitle(joint, definition, message, pack, ctx.asking), message, pack, ctx.asking);
  const kept = [...titled, ...ownedBusiness(definition, message, ctx, titled)];
  // Words that answer the question asked are not also volunteered for another ("redovisningsbyrån sköter lönerna").
  const answering = kept.filter((h) => h.term.criterion.id === ctx.asking);
  // Goods no option is sure to take have held their words ("kahvinkeitin" is no coffee); they answer nothing.
  return speedAlone(kept.filter((h) => !h.term.open && (h.term.criterion.id === ctx.asking || !answering.some((a) => overlaps(a, h)))), message, pack);
}

/** One extraction per criterion from the hits that survived. */
export function choiceExtractions(hits: ChoiceHit[], message: Message): Extraction[] {
  const byCriterion = new Map<ChoiceCriterion, ChoiceHit[]>();
  for (const hit of hits) byCriterion.set(hit.term.criterion, [...(byCriterion.get(hit.term.criterion) ?? []), hit]);
  return [...byCriterion].map(([criterion, list]) => toExtraction(criterion, list, message));
}

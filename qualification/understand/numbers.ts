import type { Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { ALL_PACKS, packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import { overlaps, type Message, type Span } from './normalize.js';
import { findNumbers, type NumberMention } from './numbers/mentions.js';
import { concludedNumbers, correctedNumbers } from './numbers/corrections.js';
import { departmentCount } from './numbers/departments.js';
import { criterionPeriod, periodOf, type Rate } from './numbers/periods.js';
import { partOfBefore, restatedBeside, summedParts, titleAfter, titledOneAfter, uncountedBeside, visitorsBeside } from './numbers/sums.js';
import { planFor, type NumberCriterion, type Rivals } from './numbers/plan.js';
import { scopeOf, tenseOf } from './numbers/clause.js';
import { withoutPartsOfTotal } from './numbers/totals.js';
import { noneSaid } from './numbers/spoken.js';
import { cueAfter, cueBefore, INNER_CUE, NO_RIVALS } from './numbers/cues.js';
import { askedInPeople, isHeadcount, namesPeople, thingOf, type UnitCues } from './numbers/units.js';
import { currencyOfUnit, moneyOf, scaledForMoney } from './numbers/money.js';
import { eachProduct } from './numbers/each.js';
import { saidAsYear } from './numbers/years.js';
import { ASK_BACK, extraction, type RatedMention, spokenExtraction, SUMMED, sumOf, valueFor } from './numbers/extraction.js';
import { asksPerThing, perThingTotal } from './numbers/per-thing.js';
import type { UnderstandContext } from './types.js';

export interface NumberResult {
  extractions: Extraction[];
  /** Each number read with its unit word ("120-person"): the unit word describes the staff, not an answer. */
  spans: Span[];
  /** Every number read as a count ("6 drivers", "neljä kuljettajaa"): what it counts is not the visitor. */
  counts: Span[];
}

/**
 * Numbers that measure something else: money, shares, durations, data and its speed ("a 1 Gbit line",
 * "100 Mb/s", "5 GB", the same in every language). The visitor's language's unit words begin words
 * ("kuukau|tta"); another language's count only whole (currencies cross languages, but Polish "lat",
 * years, is not the start of Swedish "lätta").
 */
const DATA_UNITS = '[kmgt]i?b(?:it)?(?:ps|/s)?';
const foreignUnits = new Map(
  ALL_PACKS.map((pack) => {
    const others = ALL_PACKS.filter((p) => p !== pack).flatMap((p) => p.otherUnits);
    return [pack, new RegExp(`^\\s*-?\\s*(?:%|€|\\$|£|(?:${pack.otherUnits.join('|')})|(?:${[...others, DATA_UNITS].join('|')})(?![\\p{L}]))`, 'u')];
  }),
);
const FOREIGN_UNIT_BEFORE = /(?:€|\$|£)\s*$/u;

/**
 * Money, shares, durations. A period word right after a number ("1200 kuukaudessa", "40
 * dziennie") looks like a duration's but makes the number a rate: a count still.
 */
function measuresSomethingElse(mention: RatedMention, message: Message, pack: LocalePack): boolean {
  if (FOREIGN_UNIT_BEFORE.test(message.folded.slice(0, mention.start))) return true;
  if (!(foreignUnits.get(pack) as RegExp).test(message.folded.slice(mention.end))) return false;
  const next = message.tokens.find((t) => t.start >= mention.end);
  return !(mention.rate && next && mention.rate.start === next.start);
}

/** Words a number may be dated by, either side within its clause. */
function joined(mention: NumberMention, message: Message, pack: LocalePack): boolean {
  const previous = message.tokens.filter((t) => t.end <= mention.start).at(-1);
  return previous !== undefined && (pack.people.joins.includes(previous.text) || previous.text === 'plus');
}

/** "Founded in 2015": a year is no count beside one. */
const isYear = (m: NumberMention, message: Message) => /^(?:19|20)\d\d$/.test(message.folded.slice(m.start, m.end));

/** Words in the message besides the number: "50" and "about 50" are bare answers, a long sentence is not. */
function isBare(mention: NumberMention, message: Message): boolean {
  return message.tokens.filter((t) => !overlaps(t, mention)).length <= 3;
}

/**
 * Numbers for `number` criteria: a number with a unit word for a criterion's unit goes to that
 * criterion wherever it stands; a number without one answers only the criterion being asked.
 */
export function extractNumbers(definition: LeadDefinition, message: Message, ctx: UnderstandContext, consumed: Span[], questions: readonly Span[] = []): NumberResult {
  // The question asked first: "we're three recruiters" asked the recruiting team's size is its count, not the head count's.
  const { people, rivalsOf, asking } = planFor(definition, ctx.locale);
  const { criteria, cueSets: planned } = asking(ctx.asking);
  if (criteria.length === 0) return { extractions: [], spans: [], counts: [] };
  const askedCriterion = criteria.find((c) => c.id === ctx.asking);
  const askedCurrency = askedCriterion ? currencyOfUnit(askedCriterion.unit) : null;
  const pack = packFor(ctx.locale);
  // "No one", "ani jednego": the number word in a zero is no count of one.
  const none = noneSaid(message, pack);
  const written = findNumbers(message, pack.numbers).filter((m) => !consumed.some((s) => overlaps(s, m)) && !(none && overlaps(none.raw, m)));
  const numbers = askedCurrency ? scaledForMoney(written, message, pack.numbers.moneyMultipliers) : written;
  // Most messages hold no number: only a count said in words can answer, and the rest below would read nothing.
  if (numbers.length === 0) {
    const spoken = askedCriterion && spokenExtraction(askedCriterion, message, pack, planned, none);
    return { extractions: spoken ? [spoken] : [], spans: [], counts: [] };
  }
  const rated: RatedMention[] = numbers.map((m) => ({ ...m, rate: ratePer(m, message, pack, numbers) }));
  // A duration word that is a criterion's own unit ("3 days a week" asked for office days) is what it counts.
  const ownUnit = (m: NumberMention) => criteria.some((c) => (planned.get(c.id) ?? []).some((cues) => cueAfter(m, message, cues, numbers) !== null));
  // An amount of money counts nothing but money, and only asked for it ("25 euro na osobę" is no head count).
  const money = new Map(rated.flatMap((m) => {
    const said = moneyOf(m, message);
    return said ? [[m, said] as const] : [];
  }));
  const measured = rated.filter((m) => (money.has(m) ? money.get(m)?.currency === askedCurrency : !measuresSomethingElse(m, message, pack) || ownUnit(m)));
  // "40 - sorry, 45": the number taken back is no count at all.
  const corrected = correctedNumbers(measured, message, pack);
  // "One per parking space, so 32": the working before a conclusion is no count either.
  const concluded = concludedNumbers(measured, message, pack);
  // "We're 8 – me and seven employees": a count restated with the visitor beside it, asked people, is no second count.
  const restated = askedCriterion && (askedInPeople(askedCriterion.unit) || namesPeople(askedCriterion.unit)) && measured.length > 1 ? restatedBeside(measured, message, pack, people) : null;
  const kept = measured.filter((m) => !corrected.has(m) && !concluded.has(m) && !restated?.has(m) && !saidAsYear(m, message));
  // "300 in the group, 70 in our company": the count of the larger whole is set aside beside the own one.
  const scopes = kept.length > 1 ? new Map(kept.map((m) => [m, scopeOf(m, message, pack)])) : null;
  const both = scopes && [...scopes.values()].includes('whole') && [...scopes.values()].includes('own');
  const scoped = both ? kept.filter((m) => scopes.get(m) !== 'whole') : kept;
  // "140 cows plus youngstock, around 300 head in total": the whole sets aside its parts said before it.
  const all = scoped.length > 1 ? withoutPartsOfTotal(scoped, message, pack, (m) => kindOf(m, criteria, planned, message, pack, numbers)) : scoped;
  // "Our finance team of 4": a department's head count is not the company's.
  const ofDepartment = new Set(all.filter((m) => departmentCount(m, message, pack, all)));
  // A number dated to today sets aside the others ("80 today, maybe 100 by summer"); one only of the past is asked back.
  // Asked a count per a period (hires a year), hiring words say what is counted, not hires still to come; a head count is never one.
  const askedFlow = criteria.some((c) => c.id === ctx.asking && !isHeadcount(c.unit) && criterionPeriod(c) !== null);
  const tenses = new Map(all.map((m) => [m, tenseOf(m, message, pack)]).map(([m, t]) => [m, askedFlow && t === 'coming' ? null : t] as const));
  const hasCurrent = all.some((m) => tenses.get(m) === 'current');
  // Hires still to come ("14, and we're hiring 5 new people") are no head count beside one that is.
  const counted = all.some((m) => tenses.get(m) !== 'coming') ? all.filter((m) => tenses.get(m) !== 'coming') : all;
  const mentions = hasCurrent ? all.filter((m) => tenses.get(m) === 'current') : counted;
  const dated = (e: Extraction, m: NumberMention): Extraction => (tenses.get(m) === 'past' || tenses.get(m) === 'coming' ? { ...e, confidence: Math.min(e.confidence, 0.6) } : e);
  // A count in the visitor's own question ("how much for 5 buildings?") supposes it; said in passing, it states nothing.
  const supposed = (e: Extraction, m: NumberMention): Extraction =>
    e.criterionId !== ctx.asking && questions.some((q) => overlaps(q, m)) ? { ...e, confidence: Math.min(e.confidence, ASK_BACK) } : e;
  // "One employee's mailbox was hacked": one person said in passing is someone, not the head count (a visitor alone says "just me").
  const oneInPassing = (criterion: NumberCriterion, m: NumberMention) => m.value === 1 && criterion.id !== ctx.asking && isHeadcount(criterion.unit);
  // Asked for users or learners, the one count said in people words is theirs ("the kitchen staff, around 40 people").
  const counts = mentions.filter((m) => !isYear(m, message));
  const byPeople = askedCriterion && namesPeople(askedCriterion.unit) && counts.length === 1 && people.some((cues) => cueAfter(counts[0] as NumberMention, message, cues, mentions) !== null || cueBefore(counts[0] as NumberMention, message, cues));
  const cueSets = byPeople ? new Map(planned).set(askedCriterion.id, [...(planned.get(askedCriterion.id) ?? []), ...people]) : planned;
  const found = new Map<string, Extraction>();
  const spans: Span[] = [];
  const cued = new Set<NumberMention>();
  const cuedFor = (criterion: NumberCriterion, m: NumberMention) =>
    (cueSets.get(criterion.id) ?? []).some((cues) => cueAfter(m, message, cues, mentions, rivalsOf.get(criterion.id)) !== null || cueBefore(m, message, cues));
  for (const mention of mentions) {
    const said = money.get(mention);
    if (said && askedCriterion) {
      if (!found.has(askedCriterion.id)) found.set(askedCriterion.id, extraction(askedCriterion, mention, message, said.end, 0.9, true));
      cued.add(mention);
      continue;
    }
    for (const criterion of criteria) {
      if (found.has(criterion.id) || (ofDepartment.has(mention) && isHeadcount(criterion.unit)) || oneInPassing(criterion, mention)) continue;
      // People counted per a period are a flow ("45 people last year" asked hires a year), no head count.
      if (mention.rate && criterion.id !== ctx.asking && isHeadcount(criterion.unit) && !criterionPeriod(criterion)) continue;
      const sets = cueSets.get(criterion.id) ?? [];
      const end = sets.map((cues) => cueAfter(mention, message, cues, mentions, rivalsOf.get(criterion.id))).find((e) => e !== null);
      if (end !== undefined && end !== null) {
        found.set(criterion.id, supposed(dated(extraction(criterion, mention, message, end, 0.9), mention), mention));
        // A head count's unit word describes the staff ("120-person"); a thing's may name the trade ("3 care homes").
        spans.push({ start: mention.start, end: isHeadcount(criterion.unit) || !thingOf(criterion.unit) ? end : mention.end });
      } else if (sets.some((cues) => cueBefore(mention, message, cues))) {
        found.set(criterion.id, supposed(dated(extraction(criterion, mention, message, mention.end, 0.9), mention), mention));
      } else continue;
      cued.add(mention);
      break;
    }
  }
  const asked = criteria.find((c) => c.id === ctx.asking);
  // "15 vans and 22 techs" lists counts; "a restaurant and two cafes" leaves one uncounted.
  const listed = (x: NumberMention) => all.some((o) => o.end <= x.start && !/[.;!?\n]/.test(message.folded.slice(o.end, x.start)));
  // Said in passing, a count in parts ("40 trucks and 15 vans") or after things named without one
  // ("a restaurant and two cafes") is asked for, not recorded from one part.
  for (const criterion of criteria) {
    const e = found.get(criterion.id);
    const m = e && criterion !== asked ? mentions.find((x) => cued.has(x) && cuedFor(criterion, x)) : undefined;
    // "6 mechanics and 2 electricians": people of trades listed, of which the head count's words name one.
    const trades = isHeadcount(criterion.unit) && mentions.some((x) => x !== m && !isYear(x, message) && titleAfter(x, message, pack) !== null);
    if (e && m && ((joined(m, message, pack) && !listed(m)) || trades || mentions.some((x) => x !== m && !isYear(x, message) && cuedFor(criterion, x)))) found.set(criterion.id, { ...e, confidence: Math.min(e.confidence, ASK_BACK) });
  }
  // "We're a team of 6 and ship 2000 orders", "200, spread over three depots": a count of people or
  // of another thing is not a count of what is asked.
  if (asked) {
    const others = rivalsOf.get(asked.id)?.stops ?? [];
    const ownCue = (m: NumberMention) => cuedFor(asked, m);
    const rivals: Rivals = { stops: [], people };
    // A people word ending a compound right after the number ("12 varasto|työntekijää") counts people too.
    const peopleCompound = (m: NumberMention) => {
      const next = message.tokens.find((t) => t.start >= m.end);
      return next !== undefined && people.some((p) => p.after.some((c) => c.length >= INNER_CUE && next.text.indexOf(c) > 0));
    };
    for (const m of mentions) {
      if (cued.has(m) || ownCue(m)) continue;
      // Asked a count per a period, people counted per one are what it counts ("15 people a month" hired).
      const next = message.tokens.find((t) => t.start >= m.end);
      const flow = askedFlow && m.rate !== undefined && m.rate !== null && !(next && next.start >= m.rate.start && next.start < m.rate.end);
      const rivalCues = flow ? others.filter((cues) => !people.includes(cues)) : others;
      if ((!askedInPeople(asked.unit) && !flow && peopleCompound(m)) || rivalCues.some((cues) => cueAfter(m, message, cues, mentions, people.includes(cues) ? NO_RIVALS : rivals) !== null || cueBefore(m, message, cues))) cued.add(m);
    }
  }
  if (asked && isHeadcount(asked.unit)) for (const m of ofDepartment) cued.add(m);
  const cuedAsked = asked && found.get(asked.id);
  // Another count joined to the one read for the question ("30 people in Stockholm and 10 in Oslo"): confirm it.
  // A part of it is no other count ("60 people, 45 of them in the field").
  // So is a second count of the same kind ("our biggest customer has 500 employees, we're 12"): whose is which?
  const askedMention = cuedAsked && mentions.find((m) => cued.has(m) && m.value === cuedAsked.value);
  // A count with no word of its own after it ("and 10 in Oslo", "och 4 på lagret") counts the same thing as the one before.
  const unitless = (m: NumberMention) => {
    const next = message.tokens.find((t) => t.start >= m.end);
    return !next || /[,.;!?\n]/.test(message.folded.slice(m.end, next.start)) || pack.lexicon.light.has(next.text);
  };
  const unitWord = (m: NumberMention) => message.tokens.find((t) => t.start >= m.end)?.text;
  // Asked a head count, a job title after a count says it counts people of a trade ("18 nurses and 40 care workers").
  const titled = asked && askedInPeople(asked.unit) ? (m: NumberMention) => titleAfter(m, message, pack) : undefined;
  const askedParts = asked ? mentions.filter((m) => !isYear(m, message) && (cuedFor(asked, m) || (!cued.has(m) && (unitless(m) || titled?.(m))))) : [];
  // "30 people in Stockholm and 10 people in Oslo", "2 servers, 25 workstations, 10 laptops": one count in parts, added up.
  const ownWord = (m: NumberMention) => (asked ? ((cueSets.get(asked.id) ?? []).map((cues) => cueAfter(m, message, cues, mentions, rivalsOf.get(asked.id))).find((e) => e !== null) ?? titled?.(m) ?? null) : null);
  const cuedSum = cuedAsked ? summedParts(askedParts, message, pack, ownWord) : null;
  const rival = !cuedSum && asked !== undefined && askedMention !== undefined && mentions.some((m) => m !== askedMention && m.value !== askedMention.value && cuedFor(asked, m));
  // Asked for things, "HQ plus 4 regional offices" names one more without a number: how many in all?
  // "HQ in Helsinki plus 4 regional offices": the main place named is one more, surely; below.
  const oneMore = (m: Span) => (asked && !askedInPeople(asked.unit) ? uncountedBeside(m, message, pack, cueSets.get(asked.id) ?? []) : null);
  const afterUncounted = (m: NumberMention) => asked !== undefined && !askedInPeople(asked.unit) && joined(m, message, pack) && !listed(m) && !oneMore(m)?.sure;
  const doubtful = rival || (askedMention && afterUncounted(askedMention)) || (cuedAsked && mentions.some((m) => !cued.has(m) && !isYear(m, message) && joined(m, message, pack)));
  if (asked && cuedAsked && cuedSum) found.set(asked.id, sumOf(asked, askedParts, cuedSum, message));
  else if (cuedAsked && doubtful) found.set(cuedAsked.criterionId, { ...cuedAsked, confidence: Math.min(cuedAsked.confidence, 0.6) });
  if (asked && !found.has(asked.id)) {
    // "42 spaces, 12 of them in the garage", "28 paikkaa, joista 8", "24 platser, varav 6", "36 miejsc, z czego 4": a part of the count before.
    const free = mentions.filter((m, i) => !cued.has(m) && !(i > 0 && partOfBefore(m, message, pack)));
    const first = free[0];
    // "9 tunga och 6 lätta", "10 in the office and 30 in the field": the parts of one count.
    const parts = free.filter((m) => !isYear(m, message));
    // Parts each with a job title count people of trades: "30 undersköterskor och 12 vårdbiträden".
    const freeSum = summedParts(parts, message, pack, titled);
    // Parts each with a word of their own may count different things ("40 trucks and 15 drivers"): asked back.
    const alike = parts.slice(1).every((m) => unitless(m) || unitWord(m) === unitWord(parts[0] as NumberMention)) || (titled !== undefined && parts.every((m) => titled(m) !== null));
    if (freeSum) found.set(asked.id, alike ? sumOf(asked, parts, freeSum, message) : { ...sumOf(asked, parts, freeSum, message), confidence: ASK_BACK });
    else if (first) found.set(asked.id, dated(extraction(asked, first, message, first.end, free.length > 1 || afterUncounted(first) ? 0.6 : isBare(first, message) ? 0.9 : 0.8), first));
    const spoken = first ? null : spokenExtraction(asked, message, pack, cueSets, none);
    if (spoken) found.set(asked.id, spoken);
  }
  // "None right now, the next one starts in March": a zero said beside counts only still to come or gone is today's.
  const zero = asked && none && mentions.length > 0 && mentions.every((m) => tenses.get(m) === 'coming' || tenses.get(m) === 'past') ? spokenExtraction(asked, message, pack, cueSets, none) : null;
  if (asked && zero) found.set(asked.id, zero);
  // "1 main building + a sports hall", "HQ plus 4 offices": one more of the thing, named without a number.
  const thing = asked && !askedInPeople(asked.unit) ? found.get(asked.id) : undefined;
  const counting = asked ? mentions.filter((m) => !isYear(m, message) && (cuedFor(asked, m) || !cued.has(m))) : [];
  const one = thing && counting.length ? oneMore({ start: (counting[0] as NumberMention).start, end: (counting.at(-1) as NumberMention).end }) : null;
  if (thing && one && typeof thing.value === 'number') found.set(thing.criterionId, { ...thing, value: thing.value + 1, confidence: Math.min(thing.confidence, one.sure ? SUMMED : ASK_BACK) });
  // "5 recruiters and a coordinator": one more person, named by a title without a number.
  const staff = asked && (askedInPeople(asked.unit) || namesPeople(asked.unit)) ? found.get(asked.id) : undefined;
  const lastCount = counting.at(-1);
  // A count of everyone ("40 employees and an IT manager") may hold the one named: only a count of a kind of people ("5 recruiters") adds them.
  const ofEveryone = (m: NumberMention) => cueAfter(m, message, pack.headcount, mentions) !== null && titleAfter(m, message, pack) === null;
  if (staff && lastCount && typeof staff.value === 'number' && !ofEveryone(lastCount) && titledOneAfter(lastCount, message, pack, pack.headcount.one ?? []))
    found.set(staff.criterionId, { ...staff, value: staff.value + 1, confidence: Math.min(staff.confidence, SUMMED) });
  // "Three sheds of 30,000 birds each", "dwa kurniki po 20 tysięcy": the count in each, times the things it is in.
  const single = asked && found.get(asked.id);
  const product = single ? eachProduct(mentions.filter((m) => !isYear(m, message)), message, pack, (m) => cuedFor(asked, m)) : null;
  if (asked && single && product && (cuedFor(asked, product.each) || (!cued.has(product.each) && !askedInPeople(asked.unit))) && [product.things.value, product.each.value].includes(single.value as number))
    found.set(asked.id, { ...single, value: product.value, raw: message.original.slice(product.span.start, product.span.end), confidence: SUMMED });
  // "Me and my brother plus 6 drivers": the visitor and those named with them count too.
  const read = asked && found.get(asked.id);
  const readSpan = read && typeof read.value === 'number' ? mentions.find((m) => m.value === read.value) : undefined;
  const beside = asked && read && readSpan ? visitorsBeside(readSpan, message, pack, cueSets.get(asked.id) ?? []) : 0;
  if (read && beside > 0 && typeof read.value === 'number') found.set(read.criterionId, { ...read, value: read.value + beside, confidence: Math.min(read.confidence, SUMMED) });
  // Asked a total, "150 euro per bygge, vi har fyra igång" is multiplied out, and a price of one without the count asked back.
  const total = asked && askedCurrency ? found.get(asked.id) : undefined;
  // "What would 3 licences cost?": asked for money, the visitor's own question with no amount of money in it gives none.
  if (asked && total && money.size === 0 && mentions.length > 0 && mentions.every((m) => questions.some((q) => overlaps(q, m)))) found.delete(asked.id);
  else if (asked && total) {
    if (!asksPerThing(asked)) {
      const nouns = [...(rivalsOf.get(asked.id)?.stops ?? []), ...criteria.filter((c) => c !== asked).flatMap((c) => cueSets.get(c.id) ?? [])];
      const amounts = mentions.filter((m) => !isYear(m, message));
      found.set(asked.id, perThingTotal(total, amounts, (m) => money.get(m)?.end ?? null, (m) => valueFor(asked, m).value, message, pack, nouns));
    }
  }
  return { extractions: [...found.values()], spans, counts: all };
}

/**
 * What a number counts, as far as its words say: the criterion whose unit word it has, else the
 * thing or people its word names (a key of the pack's counted things, or "people"), else null.
 */
function kindOf(m: NumberMention, criteria: readonly NumberCriterion[], planned: ReadonlyMap<string, UnitCues[]>, message: Message, pack: LocalePack, numbers: NumberMention[]): string | null {
  const cuedBy = (cues: UnitCues) => cueAfter(m, message, cues, numbers) !== null || cueBefore(m, message, cues);
  const criterion = criteria.find((c) => (planned.get(c.id) ?? []).some(cuedBy));
  if (criterion) return criterion.id;
  if (cuedBy(pack.headcount)) return 'people';
  return (Object.keys(pack.counted) as (keyof typeof pack.counted)[]).find((thing) => cuedBy(pack.counted[thing])) ?? null;
}

/** The period a number is given per, in the visitor's language or one they mix in. */
function ratePer(mention: NumberMention, message: Message, pack: LocalePack, others: readonly NumberMention[]): Rate | null {
  for (const p of [pack, ...pack.mixesIn]) {
    const rate = periodOf(mention, message, p.numbers, others, p.people.joins);
    if (rate) return rate;
  }
  return null;
}

import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { fold } from '../normalize.js';

/**
 * Words that tie a number to a unit. `after` are word beginnings following the number
 * ("120 employees", "120-person", "50 hengen", "40 osób"); `before` are phrases right before it
 * ("we employ 120", "meitä on 40", "jest nas 40").
 */
export interface UnitCues {
  after: string[];
  before: string[];
  /**
   * Counts said in words without a number, as folded regexp sources and their value, read only in
   * answer to the question: "just me" (1), "my partner and me" (2), "tylko ja" (1).
   */
  spoken: readonly (readonly [string, number])[];
  /** The visitor's own word for themselves, a folded regexp source ("me", "minä"): one more beside a count ("me plus 3 part-timers"). */
  self?: string;
  /** Words after which a unit word says where the count is, not what it counts ("10 in the office"): the reach ends there. */
  where?: readonly string[];
  /** Endings that make a unit word say where ("10 toimisto|lla"): no cue then. */
  whereEndings?: readonly string[];
  /**
   * Folded phrases that name one of the thing by itself, never counted ("HQ", "main building",
   * "pääkonttori", "huvudkontor", "centrala"): one more beside a count ("HQ plus 4 offices" is 5).
   * A word of four letters or more begins words ("pääkampukse|lla"), a shorter one is whole.
   */
  alone?: readonly string[];
  /** Words that say one of something ("a", "en", "yksi", "jeden"): "… plus a sports hall" may be one more. */
  one?: readonly string[];
}

/**
 * Things businesses count besides people, each with the unit names a definition may give it: a
 * criterion counting one takes every word of the visitor's language for it ("40 rekkaa ja 12
 * pakettiautoa" are 52 vehicles), and a number tied to another is no answer to it ("200, spread
 * over three depots" is 200 vehicles).
 */
const THINGS = {
  vehicles: ['vehicles', 'vehicle', 'trucks', 'truck', 'vans', 'van', 'cars', 'car', 'lorries', 'buses', 'fleet', 'fleet size'],
  orders: ['orders', 'order', 'shipments', 'shipment', 'parcels', 'packages', 'deliveries', 'transactions'],
  locations: ['locations', 'location', 'sites', 'site', 'stores', 'shops', 'branches', 'offices', 'outlets', 'premises', 'units', 'venues', 'restaurants', 'clinics', 'homes', 'depots', 'workplaces', 'buildings', 'building', 'properties', 'campuses', 'schools', 'facilities'],
  // A building's storeys are parts of it, never buildings ("two floors in one building").
  floors: ['floors', 'floor', 'storeys', 'stories', 'levels'],
  // Days counted in a week or month ("3 days a week" in the office): the unit is a duration word.
  days: ['days', 'day', 'workdays', 'working days', 'office days', 'days in office', 'days in the office', 'days on site'],
  // Time spent or lost, counted in hours ("10 hours of downtime a month", "3 tuntia viikossa").
  hours: ['hours', 'hour', 'hrs', 'man hours', 'downtime hours'],
  // IT equipment a service is priced by ("80 laptops and 5 servers" are 85 devices).
  devices: ['devices', 'device', 'endpoints', 'endpoint', 'computers', 'computer', 'workstations', 'laptops', 'machines', 'pcs'],
  // Where a sale is taken, as a till or payments system is priced ("3 tills and 5 card readers" are 8 terminals).
  terminals: ['terminals', 'terminal', 'tills', 'till', 'checkouts', 'registers', 'cash registers', 'points of sale', 'pos terminals', 'card terminals', 'payment terminals', 'card readers', 'tills and terminals'],
  // What an operator bills per line: a phone is a subscription to it ("200 phones", "40 liittymää", "kart SIM").
  subscriptions: ['subscriptions', 'subscription', 'mobile subscriptions', 'sims', 'sim cards', 'lines', 'phone lines', 'mobile lines'],
  // Land a farm or forest owner is priced by ("120 hectares and 15 cows": the cows are no area).
  area: ['hectares', 'hectare', 'ha', 'area', 'land area'],
  // Livestock kept ("650 sows", "40 000 broileria"): head of animals, never people nor area.
  animals: ['animals', 'animal', 'livestock', 'head of cattle', 'cattle', 'cows', 'pigs', 'sows', 'birds', 'heads'],
} as const;
export type CountedThing = keyof typeof THINGS;
/** A locale's words for each counted thing. */
export type CountedThings = Readonly<Record<CountedThing, UnitCues>>;

/**
 * Students and pupils, folded word beginnings: `after` a number ("1 200 students", "600 oppilasta"),
 * and the words of a question that asks about them ("work or study in your spaces", "opiskelee").
 */
export interface LearnerWords {
  after: readonly string[];
  asked: readonly string[];
}

/** Unit names a definition may use for head counts: their cues come from the locale pack. */
const HEADCOUNT_UNITS = new Set(['employees', 'employee', 'people', 'persons', 'staff', 'headcount']);

/**
 * Unit names for people a service counts, not the company's staff ("How many users?"): asked, the one
 * count said in people words answers them ("the kitchen staff, around 40 people"); never a head count.
 */
const PEOPLE_NAMES = new Set(['users', 'user', 'learners', 'learner', 'trainees', 'participants', 'attendees', 'seats', 'licences', 'licenses', 'members']);

/** Whether a criterion's unit counts people under a name of its own (users, learners, seats). */
export const namesPeople = (unit: string): boolean => PEOPLE_NAMES.has(fold(unit.trim()));

/**
 * Unit names for the staff of one trade, the ones a service is priced by ("How many practitioners see
 * patients?", drivers, technicians): asked, the visitor answers as for a head count ("just me", "me
 * and my partner", "we're 9", "4 dentists and 2 hygienists"); in passing only the unit's own name
 * counts them, since a count of all the staff is another count.
 */
const STAFF_OF_A_TRADE = new Set([
  ...['practitioners', 'practitioner', 'clinicians', 'therapists', 'doctors', 'physicians', 'dentists', 'nurses', 'carers', 'caregivers'],
  ...['technicians', 'techs', 'engineers', 'mechanics', 'electricians', 'plumbers', 'installers', 'fitters', 'drivers', 'couriers', 'cleaners'],
  ...['agents', 'advisers', 'advisors', 'consultants', 'accountants', 'lawyers', 'reps', 'sales reps', 'salespeople', 'recruiters'],
  ...['teachers', 'trainers', 'instructors', 'coaches', 'stylists', 'hairdressers', 'field workers', 'field staff', 'specialists', 'professionals'],
]);

/** Whether a criterion's unit counts the staff of one trade (see `STAFF_OF_A_TRADE`). */
export const namesStaff = (unit: string): boolean => STAFF_OF_A_TRADE.has(fold(unit.trim()).replace(/_/g, ' '));

/** Whether an asked criterion's count is answered in people: a head count or a trade's staff. */
export const askedInPeople = (unit: string): boolean => isHeadcount(unit) || namesStaff(unit);

/**
 * Unit names of quantities that come in parts: time, money and measures. Any other unit counts
 * whole ones (people, hires, chargers, roles), so the middle of "20-25" or "4 or 5" is a whole one.
 */
const DIVISIBLE_UNITS = new Set([
  ...THINGS.days,
  ...['hours', 'hour', 'minutes', 'weeks', 'week', 'months', 'month', 'years', 'year', 'fte', 'ftes', 'percent', '%'],
  ...['euros', 'euro', 'eur', 'dollars', 'usd', 'pounds', 'gbp', 'pln', 'zloty', 'sek', 'kronor', 'crowns', 'nok', 'dkk'],
  ...['hectares', 'hectare', 'ha', 'acres', 'square metres', 'square meters', 'm2', 'sqm', 'km', 'kilometres', 'kilometers', 'kg', 'tonnes', 'tons', 'litres', 'liters', 'kwh', 'mwh', 'kw', 'mw'],
]);

/** Whether a criterion's unit counts whole ones (see `DIVISIBLE_UNITS`). */
export const countsWholes = (unit: string): boolean => !DIVISIBLE_UNITS.has(fold(unit.trim()).replace(/_/g, ' '));

/** Units already told apart: asked for every number and criterion of every message. */
const headcounts = new Map<string, boolean>();
const MAX_UNITS = 1024;

/** Whether a criterion's unit counts people: then the locale pack's head-count cues are its own. */
export function isHeadcount(unit: string): boolean {
  let known = headcounts.get(unit);
  if (known === undefined) {
    known = HEADCOUNT_UNITS.has(fold(unit.trim()));
    if (headcounts.size >= MAX_UNITS) headcounts.clear();
    headcounts.set(unit, known);
  }
  return known;
}

/** The counted thing a unit name stands for, if it is one of them. */
export function thingOf(unit: string): CountedThing | null {
  const name = fold(unit.trim()).replace(/_/g, ' ');
  return (Object.keys(THINGS) as CountedThing[]).find((thing) => (THINGS[thing] as readonly string[]).includes(name)) ?? null;
}

/**
 * Whether a question for things offers people as another way to count them: a head-count word beside
 * "or"/"and" ("How many employees or mobile subscriptions?", "työntekijää tai liittymää",
 * "anställda eller abonnemang", "pracowników lub abonamentów"). Then a count of people answers it,
 * and people and things said in parts are one count ("25 staff plus 10 SIMs").
 */
export function countsPeopleToo(question: string, pack: LocalePack): boolean {
  const words = fold(question).split(/[^\p{L}]+/u).filter(Boolean);
  const person = (word: string) => pack.headcount.after.some((c) => (c.length >= 4 ? word.startsWith(c) : word === c));
  const coordinator = (word: string | undefined) => word !== undefined && pack.lexicon.coordinators.includes(word);
  return words.some((word, i) => person(word) && (coordinator(words[i - 1]) || coordinator(words[i + 1])));
}

const NO_CUES: UnitCues = { after: [], before: [], spoken: [] };

/** Cues built once per pack and unit name: their expressions are cached by identity. */
const built = perPack(() => new Map<string, UnitCues>());

/**
 * Whether a head count's question counts those who study there too ("About how many people work or
 * study in your spaces?"): then "1,200 students and 90 staff" is one count in parts. Asked only
 * about staff, students are someone else's count.
 */
export function countsLearners(question: string, pack: LocalePack): boolean {
  return fold(question)
    .split(/[^\p{L}]+/u)
    .some((word) => pack.learners.asked.some((w) => word.startsWith(w)));
}

/**
 * Cues for a criterion's unit in a pack: a counted thing's words when `asked` (or only its name in
 * passing), the head-count cues for people (and `learners`' words where its question counts them);
 * an unknown unit is cued by its own name only.
 */
export function cuesFor(unit: string, pack: LocalePack, asked = true, learners = false, people = false): UnitCues {
  const name = fold(unit.trim());
  if (people && !isHeadcount(name)) return withPeople(cuesFor(unit, pack, asked), pack);
  if (isHeadcount(name) && !learners) return pack.headcount;
  const byName = built(pack);
  if (isHeadcount(name)) {
    let cues = byName.get('learners');
    if (!cues) byName.set('learners', (cues = { ...pack.headcount, after: [...pack.headcount.after, ...pack.learners.after] }));
    return cues;
  }
  // Hours measure many things ("they run 16 hours a day"): only asked are they the criterion's.
  if (!asked && thingOf(name) === 'hours') return NO_CUES;
  const thing = asked ? thingOf(name) : null;
  const key = `${thing ? 'thing' : 'name'}:${name}`;
  let cues = byName.get(key);
  if (!cues) {
    const own = name.length >= 3 ? [name] : [];
    const words = thing ? pack.counted[thing] : null;
    cues = words ? { ...words, after: [...words.after, ...own] } : { after: own, before: [], spoken: [] };
    byName.set(key, cues);
  }
  return cues;
}

/** A thing's cues with the head count's added (`countsPeopleToo`), built once per thing's cues. */
const peopleAdded = new WeakMap<UnitCues, UnitCues>();
function withPeople(cues: UnitCues, pack: LocalePack): UnitCues {
  let merged = peopleAdded.get(cues);
  if (!merged) {
    const people = pack.headcount;
    merged = { ...cues, after: [...cues.after, ...people.after], before: [...cues.before, ...people.before], spoken: [...people.spoken, ...cues.spoken], self: people.self, where: [...(cues.where ?? []), ...(people.where ?? [])] };
    peopleAdded.set(cues, merged);
  }
  return merged;
}

/**
 * Things whose words are in period phrases too ("50 a day", "päivässä"): a number they follow is
 * a rate of something, not another thing counted, unless a criterion counts them.
 */
const PERIOD_THINGS: readonly CountedThing[] = ['days', 'hours'];

/** The cues of every counted thing and of people that a criterion of `unit` does not count. */
export function otherThings(unit: string, pack: LocalePack): UnitCues[] {
  const thing = thingOf(unit);
  const others = (Object.keys(THINGS) as CountedThing[]).filter((t) => t !== thing && !PERIOD_THINGS.includes(t));
  return [...(isHeadcount(unit) ? [] : [pack.headcount]), ...others.map((t) => pack.counted[t])];
}

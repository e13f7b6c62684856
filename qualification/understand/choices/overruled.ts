import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { overlaps, type Message } from '../normalize.js';
import { isPackPhrase } from './pack-phrase.js';
import { selfWords } from './persons.js';
import type { Term } from './terms.js';
import { timeSpentOn } from './time-spent-on.js';

/**
 * Where the marketer's synonym for one option and the pack's phrase for a concept another option's
 * words only imply cover the same words ("the board" listed for "We decide together", "the board
 * decides" a phrase of someone else deciding, implied by "Someone else decides"), the marketer's
 * synonym says what they mean. Not for trades ("coffee shop" over "shop") nor for a concept the
 * option is marked with (`means`, "nothing approved" over "approved"). A part of a label
 * ("dispatching" of "Scheduling and dispatching") is read only where nothing else names another option.
 */
const implied = (h: ChoiceHit) => h.term.lexical && h.term.concept;
const marketers = (h: ChoiceHit) => !h.term.lexical && !h.term.concept;
/** A trade word of the pack (NACE), not the marketer's words nor a concept. */
const trade = (h: ChoiceHit) => h.term.lexical && !h.term.concept && !h.term.part;
/**
 * Trade words yield too: the catch-all's to any other option's trade ("kotiinkuljetuksia
 * verkkokaupoille": the delivery option, not the webshops' retail), though not to words of selling
 * (a hair salon that sells some products is no shop), but the company option's taken as
 * the rest of the business economy ("a sports club with a café" is asked), and a trade to the kind of work
 * done on it ("plumbing & heating installs", "serwisujemy klimatyzacje": servicing, not construction).
 */
const outweighed = (hit: ChoiceHit, o: ChoiceHit, sells: (h: ChoiceHit) => boolean) =>
  trade(hit) && trade(o) && !guessedWithin(o, hit) && ((hit.term.catchAll && !o.term.catchAll && !o.term.remainder && !holds(hit, o) && !sells(o)) || (o.term.activity && !o.term.catchAll && !hit.term.activity));
/**
 * A trade word read only as a guess (a typo or a prefix) inside a trade read as written weighs nothing
 * against it: "real estate agency" is an estate agent, not a "state agency" one letter off. Job titles
 * keep their guesses: whose title a longer one holds ("asystentka prezesa") is for `persons.ts` to say.
 */
const guessedWithin = (o: ChoiceHit, hit: ChoiceHit) =>
  hit.term.criterion.category !== 'person' && (o.level === 'typo' || o.level === 'prefix') && hit.start <= o.start && o.end <= hit.end && (hit.level === 'exact' || hit.level === 'inflected');
/** A pack's work word inside a variant of the marketer's title is that title's function ("customer service" of "head of customer service"). */
const packWordWithin = (o: ChoiceHit, hit: ChoiceHit) =>
  o.term.lexical && o.term.work && hit.start <= o.start && o.end <= hit.end && o.end - o.start < hit.end - hit.start && o.term.words.every((w) => hit.term.words.some((v) => v.text === w.text || v.stem === w.stem));
/**
 * Goods or a trade named whole ("dog food", "boutique hotel", "djursjukhus", the catch-all's) are not
 * what a word of them names ("food", "boutique", "sjukhus", another option's). Not job titles: whose
 * title a longer one holds ("asystentka prezesa") is for `persons.ts` to say.
 */
const holds = (hit: ChoiceHit, o: ChoiceHit) =>
  hit.start <= o.start && o.end <= hit.end && (hit.term.goods || (hit.term.criterion.category !== 'person' && (hit.end - hit.start > o.end - o.start || letters(hit.term) > letters(o.term))));
export const letters = (term: Term) => term.words.reduce((n, w) => n + w.text.length, 0);
export const overruled = (hit: ChoiceHit, hits: readonly ChoiceHit[], sells: (h: ChoiceHit) => boolean, pack: LocalePack, message: Message) =>
  hits.some(
    (o) =>
      o.term.criterion === hit.term.criterion &&
      o.term.option !== hit.term.option &&
      (hit.term.part ? !o.term.part && !packWordWithin(o, hit) : (implied(hit) && marketers(o) && overlaps(o, hit) && most(o, hit) && !(pronounTerm(o.term, pack) && isPackPhrase(hit.term, pack, ['i_recommend']))) || outweighed(hit, o, sells) || madeOf(hit, o, message) || timeSpentOn(hit, o, pack, message)),
  );
/** A verb of making yields to what it makes, named after it in its clause: "we make apps for restaurants" is software, not manufacturing. */
const madeOf = (hit: ChoiceHit, o: ChoiceHit, message: Message) => hit.term.making && !o.term.making && o.start >= hit.end && !/[,.;:!?\n]/.test(message.folded.slice(hit.end, o.start));
/**
 * The marketer's synonym is most of the concept's phrase ("the board" of "the board decides"); a
 * word of it inside a longer phrase is not ("me" of "me and my co-founder", "together" of "I put
 * together a proposal").
 */
const most = (o: ChoiceHit, hit: ChoiceHit) => 2 * o.term.words.length >= hit.term.words.length;
/** A synonym that is only the visitor's pronoun ("Ja", "Jag" for "I decide") says nothing of their say in a phrase of recommending holding it ("ja rekomenduję"). */
const pronounTerm = (term: Term, pack: LocalePack) => term.words.every((w) => selfWords(pack).whole.test(w.text));

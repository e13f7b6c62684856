import { type Concept, DECIDING_CONCEPTS } from '../../definition/concepts.js';
import type { LeadDefinition, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { escapeRegExp, type Message, type Span, type Token } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { tradesIn } from './trade-codes.js';
import { type ChoiceCriterion, type Term } from './terms.js';
import { STARTS_WITH_LETTER } from '../letters.js';
import { oneOfThem } from './one-of.js';
import { deputyOf } from './deputies.js';
import { namesRelative } from './kin.js';

/** What a hit is to this check: where it stands, and the option term it matched. */
export interface PersonHit extends Span {
  term: Term;
}

/** How many words before or after the noun a determiner or verb still belongs to it. */
const REACH = 2;

const compiled = new WeakMap<readonly string[], RegExp>();
function words(list: readonly string[]): RegExp {
  let re = compiled.get(list);
  if (!re) {
    const body = list.map((p) => (p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}\\p{L}*` : escapeRegExp(p)).replace(/ /g, "[\\s'’-]+")).join('|');
    compiled.set(list, (re = new RegExp(`^(?:${body})$`, 'u')));
  }
  return re;
}

/** The visitor's words for themselves ("I", "minä", "jag"), ending a stretch of words or anywhere in it: built once per pack. */
export const selfWords = perPack((pack): { atEnd: RegExp; anywhere: RegExp; whole: RegExp } => {
  const body = pack.people.self.map((p) => escapeRegExp(p)).join('|');
  return { atEnd: new RegExp(`(?:^|\\s)(?:${body})$`, 'u'), anywhere: new RegExp(`(?:^|\\s)(?:${body})(?:\\s|$)`, 'u'), whole: new RegExp(`^(?:${body})$`, 'u') };
});

/** The pack's single-word fillers and narrowing words ("just", "actually", "bara", "vain"): they stand between the visitor and their title. */
const fillers = perPack((pack): ReadonlySet<string> => new Set([...pack.people.bare, ...pack.people.only].filter((w) => !w.includes(' '))));

const aboutDeciding = new WeakMap<ChoiceCriterion, boolean>();
/**
 * A criterion whose options are about who decides ("my boss decides", in a label or a synonym) is about other people by
 * design: the check is for criteria about the visitor (their role), not for those.
 */
export function decidingCriterion(term: Term, pack: LocalePack): boolean {
  const criterion = term.criterion;
  let known = aboutDeciding.get(criterion);
  if (known === undefined) {
    const acts = words(pack.people.acts);
    known = criterion.options.some((o) => o.means?.some((c) => DECIDING_CONCEPTS.has(c))) || criterion.options.some((o) => [...Object.values(o.label), ...Object.values(o.synonyms).flat()].some((s) => s.toLowerCase().split(/\s+/).some((w) => acts.test(w))));
    aboutDeciding.set(criterion, known);
  }
  return known;
}

/**
 * A person named in the message who is not the visitor: "purchases go through our finance
 * director", "ägaren tar beslutet", "o zakupach decyduje właściciel", "we have an HR manager".
 * Only for criteria about the visitor as a person; "I'm the owner" stays the visitor's. Unasked,
 * a role word counts only with the visitor in its clause.
 */
export function someoneElse(hit: PersonHit, message: Message, pack: LocalePack, asked: boolean): boolean {
  if (hit.term.criterion.category !== 'person' || decidingCriterion(hit.term, pack)) return false;
  const { folded, tokens } = message;
  const clause = (t: { start: number; end: number }) => !/[,.;!?\n]/.test(t.start < hit.start ? folded.slice(t.end, hit.start) : folded.slice(hit.end, t.start));
  const before = tokens.filter((t) => t.end <= hit.start && clause(t));
  const after = tokens.filter((t) => t.start >= hit.end && clause(t));
  const own = before.slice(before.findLastIndex((t) => pack.lexicon.contrasts.has(t.text)) + 1);
  const self = selfWords(pack).atEnd;
  /** The visitor right before the i-th word of the clause, fillers between ignored: "I'm | the owner", "I'm just | a resident", "jestem | prezesem". */
  const selfBefore = (i: number) => {
    let at = i;
    while (at > 0 && fillers(pack).has(own[at - 1]?.text ?? '')) at--;
    return self.test(own.slice(Math.max(0, at - 3), at).map((t) => t.text).join(' '));
  };
  const others = words(pack.people.others);
  const acts = words(pack.people.acts);
  const reach = own.length - REACH;
  // "Me and the CEO": the person joined to the visitor is someone else.
  let joint = own.length - 1;
  while (joint >= 0 && others.test(own[joint]?.text ?? '')) joint--;
  if (joint > 0 && pack.people.joins.includes(own[joint]?.text ?? '') && selfBefore(joint)) return true;
  // Asked, "one of the dentists", "en av grundarna": the visitor is one of them.
  if (asked && oneOfThem(own, pack)) return false;
  // Unasked, a role word is only the visitor's with the visitor in the clause ("want payroll sorted" is a topic),
  // and not past a joining word that opens another subject ("jag tar fram alternativen och chefsjuristen väljer").
  const visitorAt = own.findLastIndex((_, i) => selfBefore(i + 1));
  if (!asked && (visitorAt < 0 || own.slice(visitorAt + 1).some((t) => pack.people.joins.includes(t.text)))) return true;
  // A count before it is staff ("we employ 25 electricians", "mamy 18 serwisantów"), not the visitor.
  if (/^\d/.test(own.at(-1)?.text ?? '')) return true;
  if (relativeSays(own, after, message, pack)) return true;
  if (asked && deputyOf(own, after, pack)) return false;
  if (possessor(hit, message, own, after, pack, selfBefore)) return true;
  const determiner = own.findIndex((t, i) => i >= reach && others.test(t.text));
  // The title alone, with an article or a filler at most, answers the question asked: "just the owner", "an accountant".
  const bare = words(pack.people.bare);
  const alone = asked && own.length === before.length && before.every((t) => bare.test(t.text)) && !after.some((t) => acts.test(t.text) || others.test(t.text));
  if (determiner >= 0) return !selfBefore(determiner) && !alone;
  const ending = pack.people.otherCases.find((e) => hit.term.words.length > 0 && message.original.slice(hit.start, hit.end).toLowerCase().endsWith(e));
  if (ending && !(hit.term.words.at(-1)?.lower.endsWith(ending) ?? false)) return true;
  // The visitor acting is no one else: a verb right after the visitor's word ("jag sköter internkommunikationen"), or the
  // visitor's own verb typed with the diacritic folding drops ("zajmuję się", I handle; "zajmuje się", he handles).
  const visitorActs = (t: Token) => (own.indexOf(t) > 0 && selfBefore(own.indexOf(t))) || pack.people.ownActs.includes(message.original.slice(t.start, t.end).toLocaleLowerCase());
  const someoneActs = (t: Token) => acts.test(t.text) && !visitorActs(t);
  return ([...own.slice(-REACH), ...after.slice(0, REACH)].some(someoneActs) || actsOnVisitor(hit, message, pack)) && !selfBefore(own.length);
}

/**
 * A relative before the title or the work in its clause, with the visitor nowhere in it ("isä on
 * vielä omistaja", "my father is still the owner", "tata jest właścicielem", "vaimo omistaa
 * firman"): said of the relative, not the visitor, family business or not. "Me and my brother
 * own it", "jesteśmy z bratem współwłaścicielami", "isä ja minä" keep the visitor in.
 */
function relativeSays(before: Around, after: Around, message: Message, pack: LocalePack): boolean {
  if (!namesRelative(before, message, pack)) return false;
  const clause = [...before, ...after].map((t) => t.text);
  return !selfWords(pack).anywhere.test(clause.join(' ')) && !clause.some((w) => pack.people.we.includes(w));
}

/**
 * Work said with someone else as its subject, right before it in its clause ("my boss owns the place",
 * "min chef äger bolaget", "our CEO runs the company"): a determiner and a noun, that person's work,
 * not the visitor's ("I run our payroll", "mostly our payroll" stay theirs).
 */
export function othersWork(hit: Span, message: Message, pack: LocalePack): boolean {
  const before = message.tokens.filter((t) => t.end <= hit.start && !/[,.;!?\n]/.test(message.folded.slice(t.end, hit.start)));
  const after = message.tokens.filter((t) => t.start >= hit.end && !/[,.;!?\n]/.test(message.folded.slice(hit.end, t.start)));
  if (relativeSays(before, after, message, pack)) return true;
  const [determiner, noun] = before.slice(-2);
  if (!determiner || !noun || before.length < 2) return false;
  const others = words(pack.people.others);
  return others.test(determiner.text) && !others.test(noun.text) && !selfWords(pack).whole.test(noun.text) && !fillers(pack).has(noun.text);
}

/**
 * A title followed, in its clause, by a verb with the visitor as its object ("our CEO asked me to
 * look into it", "toimitusjohtaja pyysi minua", "vd:n bad mig", "prezes poprosił mnie"): someone
 * who sent the visitor, not the visitor, and no holder of the visitor's words beside it.
 */
export function actsOnVisitor(hit: Span, message: Message, pack: LocalePack): boolean {
  const after = message.tokens.filter((t) => t.start >= hit.end && !/[,.;!?\n]/.test(message.folded.slice(hit.end, t.start)));
  return after.slice(1, REACH + 1).some((t) => pack.people.objects.includes(t.text)) && !pack.people.joins.includes(after[0]?.text ?? '');
}

/** Words around a title, in its clause: the ones before it (`own`) and after it. */
type Around = readonly { text: string; start: number; end: number }[];

/**
 * The title is someone else's, held by or owning another person: "the CEO's assistant", "vd:ns
 * assistent", "asystentka prezesa" (its possessor), "the owner is my dad", "omistaja on isäni", "min
 * chef är vd", "mój przełożony to prezes" (linked by a verb of being to someone else's person).
 */
function possessor(hit: PersonHit, message: Message, own: Around, after: Around, pack: LocalePack, selfBefore: (i: number) => boolean): boolean {
  const { people } = pack;
  const next = message.tokens.find((t) => t.start >= hit.end);
  if (next && people.clitics.includes(next.text) && /^['’:]$/.test(message.folded.slice(hit.end, next.start))) return true;
  const written = message.original.slice(hit.start, hit.end).toLowerCase();
  // Only a job title is a person: "dział sprzedaży", "finanse, to moja działka" name work.
  if (tradesIn(written, pack, 'occupations', true).length === 0) return false;
  const ending = people.ofNoun.find((e) => written.endsWith(e) && !written.endsWith(hit.term.words.at(-1)?.lower ?? written));
  const self = selfWords(pack).whole;
  const previous = own.at(-1);
  // "Asystentka prezesa", "syn właściciela": a title in the genitive right after another noun is whose that is; "jestem prezesem" stays the visitor's.
  if (ending && previous && STARTS_WITH_LETTER.test(previous.text) && !self.test(previous.text) && !selfBefore(own.length)) return true;
  const others = words(people.others);
  const bare = words(people.bare);
  const someones = (side: Around) =>
    !side.some((t) => self.test(t.text)) && side.some((t) => (others.test(t.text) && !bare.test(t.text)) || people.possessives.some((p) => t.text.length > p.length + 2 && t.text.endsWith(p)));
  // "Jestem prezesem, to moja firma": the visitor is already the title's subject.
  if (people.copulas.includes(after[0]?.text ?? '')) return !selfBefore(own.length) && someones(after.slice(1, 4));
  if (people.copulas.includes(previous?.text ?? '')) return !selfBefore(own.length - 1) && someones(own.slice(-4, -1));
  return false;
}

/**
 * "The owner decides", "vd:n bestämmer", "decyduje właściciel": a verb of deciding whose subject is
 * another person named beside it says someone else decides, not the visitor (Swedish verbs do not
 * change with the person, Polish ones only by a diacritic visitors often leave out).
 */
export function othersDecision(hit: PersonHit, hits: readonly PersonHit[], message: Message, pack: LocalePack, definition: LeadDefinition): boolean {
  // Where verbs say who acts ("päätän", I decide), the verb itself tells.
  if (pack.forms.personEndings.length > 0 || hit.term.criterion.category !== 'person' || !decidingCriterion(hit.term, pack)) return false;
  if (hit.term.option.means?.includes('someone_else_decides')) return false;
  // "Me and our CFO together", "jag och platschefen tillsammans": deciding together with the person the visitor is joined to.
  const together = decidingOf(hit.term.option, impliedConcepts(definition)) === 'decide_together';
  const between = (a: number, b: number) => message.tokens.filter((t) => t.start >= a && t.end <= b).length;
  // A title in a case that puts it outside the subject ("przedstawię propozycję prezesowi", to the CEO) is whom the visitor turns to.
  const recipient = (other: PersonHit) => pack.people.otherCases.some((e) => message.folded.slice(other.start, other.end).endsWith(e) && !(other.term.words.at(-1)?.text.endsWith(e) ?? false));
  return hits.some((other) => {
    if (other === hit || other.term.criterion === hit.term.criterion || other.term.criterion.category !== 'person' || decidingCriterion(other.term, pack) || recipient(other)) return false;
    if (together && visitorBeside(other, message, pack)) return false;
    const gap = other.end <= hit.start ? between(other.end, hit.start) : other.start >= hit.end ? between(hit.end, other.start) : Infinity;
    return gap === 0 && !/[,.;!?\n]/.test(message.folded.slice(Math.min(other.end, hit.end), Math.max(other.start, hit.start)));
  });
}

/**
 * Whether the visitor names themselves right beside another person, in the same clause, before or
 * after them ("me and my co-founder", "minä ja osakas", "the CEO and I", "vd:n och jag").
 */
export function visitorBeside(hit: Span, message: Message, pack: LocalePack): boolean {
  const self = selfWords(pack).anywhere;
  const clause = (t: Span) => !/[,.;!?]/.test(t.end <= hit.start ? message.folded.slice(t.end, hit.start) : message.folded.slice(hit.end, t.start));
  const before = message.tokens.filter((t) => t.end <= hit.start && clause(t)).slice(-4);
  const after = message.tokens.filter((t) => t.start >= hit.end && clause(t)).slice(0, 2);
  const joinedAfter = after.length === 2 && pack.people.joins.includes(after[0]?.text ?? '');
  return self.test(before.map((t) => t.text).join(' ')) || (joinedAfter && self.test(after.map((t) => t.text).join(' ')));
}

/** The way of deciding an option stands for, by its `means` or by the concept its own words imply. */
export function decidingOf(option: Option, implied: Map<Option, readonly Concept[]>): Concept | undefined {
  return [...(option.means ?? []), ...(implied.get(option) ?? [])].find((c) => DECIDING_CONCEPTS.has(c));
}

/**
 * Not who decides: the visitor's pronoun alone while another question is asked ("it's me and my
 * brother", "det är jag som kör") or inside a longer clause; someone else read from another form of a word with
 * no word of deciding near it ("ekonomichef" for "chefen", "I manage" for "management") while
 * another question is asked.
 */
export function strayDecider(hit: PersonHit & { level: string }, message: Message, pack: LocalePack, asked: boolean, definition: LeadDefinition): boolean {
  if (hit.term.criterion.category !== 'person' || !decidingCriterion(hit.term, pack)) return false;
  const way = decidingOf(hit.term.option, impliedConcepts(definition));
  // "It's me and my brother", "det är jag som kör": the visitor named, no word of deciding; asked,
  // "toimitusjohtaja ja minä" is not the visitor alone.
  if (way === 'i_decide' && pronounOnly(hit, message, pack) && (!asked || clauseOf(hit, message).length > SHORT_CLAUSE || narrowed(hit, message, pack, true) || subject(hit, message, pack))) return true;
  // "I'm the owner", "jag är ägaren", "jestem właścicielem": someone else's word said of the visitor is who they are
  // (not a phrase the visitor says of themself: "ja rekomenduję" where no option is for recommending).
  if (way === 'someone_else_decides' && !hit.term.concept && describesVisitor(hit, message, pack)) return true;
  if (asked || hit.level === 'exact' || hit.term.concept || way !== 'someone_else_decides') return false;
  const acts = words(pack.people.acts);
  const near = message.tokens.filter((t) => t.end > hit.start - 40 && t.start < hit.end + 40);
  return !near.some((t) => acts.test(t.text)) && !hit.term.words.some((w) => acts.test(w.text));
}

/** Words that may stand between the visitor's words and a title of theirs ("I'm | the | owner"). */
const TITLE_GAP = 2;

/** The visitor's words right before the hit in its clause, with only articles or small words between ("I'm the owner", "jag är ägaren"). */
function describesVisitor(hit: Span, message: Message, pack: LocalePack): boolean {
  const own = clauseOf(hit, message).filter((t) => t.end <= hit.start);
  const self = selfWords(pack).atEnd;
  const others = words(pack.people.others);
  const small = (w: string) => others.test(w) || words(pack.people.bare).test(w) || pack.lexicon.light.has(w) || pack.lexicon.stopwords.has(w);
  for (let k = own.length; k >= Math.max(1, own.length - TITLE_GAP); k--) {
    const gap = own.slice(k);
    // "Me and the owner" is two people.
    if (gap.some((t) => pack.people.joins.includes(t.text) || !small(t.text))) return false;
    if (self.test(own.slice(Math.max(0, k - 3), k).map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** Asked, the visitor's pronoun answers only in a clause this short ("me", "no ja, …", "kyllä se olen minä"): in a longer one it is the subject of something else. */
const SHORT_CLAUSE = 4;
const clauseOf = (hit: Span, message: Message) =>
  message.tokens.filter((t) => !/[,.;!?\n]/.test(t.end <= hit.start ? message.folded.slice(t.end, hit.start) : t.start >= hit.end ? message.folded.slice(hit.end, t.start) : ''));

/**
 * The visitor's part in the hit's clause narrowed to one thing ("minä vain valmistelen", "I just
 * prepare the numbers", "jag tar bara fram underlag", "ja tylko przygotowuję"): what they do, not a
 * decision of theirs. "Only me", "vain minä", "tylko ja", "me only" single the visitor out instead.
 */
export function narrowed(hit: Span, message: Message, pack: LocalePack, subject = false): boolean {
  const self = selfWords(pack).whole;
  const clause = clauseOf(hit, message);
  const singles = (i: number) => self.test(clause[i + 1]?.text ?? '') || (i + 1 === clause.length && self.test(clause[i - 1]?.text ?? ''));
  // Before the visitor's words or inside them ("ja tylko przygotowuję", "jag tar bara fram"), or closing the clause right after
  // them ("jag föreslår bara"); further on it joins a clause of its own ("mam wpływ tylko decyduje prezes", it's just that).
  const end = clause.findLastIndex((t) => t.end <= hit.end);
  // The visitor's pronoun alone is the subject of the verb it narrows: "ja tylko przygotowuję", "jag gör bara schemat".
  const placed = (i: number) => i <= end || (subject ? i <= end + REACH : i === end + 1 && i + 1 === clause.length);
  // "Not only" widens: "nie tylko", "inte bara", "ei vain".
  const widened = (i: number) => pack.lexicon.negations.has(clause[i - 1]?.text ?? '');
  return clause.some((t, i) => pack.people.only.includes(t.text) && placed(i) && !widened(i) && !singles(i));
}

/** Preparing said in the hit ("I just prepare the numbers", "jag tar bara fram underlag"), not recommending ("I just recommend it"). */
export const preparing = (hit: Span, message: Message, pack: LocalePack) => message.tokens.some((t) => t.start >= hit.start && t.end <= hit.end && words(pack.people.prepares).test(t.text));

/**
 * The visitor's pronoun followed by words of its own verb in a clause of three words or more: "jag
 * tittar mest runt", "jag har inget mandat" (a light verb, then what it says), not "jag såklart";
 * someone joined after it ("me and my brother") is read as a joint say elsewhere.
 */
function subject(hit: Span, message: Message, pack: LocalePack): boolean {
  const clause = clauseOf(hit, message);
  const light = (w: string) => pack.lexicon.light.has(w) || pack.lexicon.stopwords.has(w) || selfWords(pack).whole.test(w);
  const after = clause.filter((t) => t.start >= hit.end);
  const joint = after.findIndex((t) => pack.people.joins.includes(t.text));
  return clause.length >= 3 && (joint < 0 ? after : after.slice(0, joint)).some((t) => !light(t.text));
}

/** A stretch of nothing but the visitor's words for themselves and light words ("me", "it's me", "det är jag", "to ja"). */
export function pronounOnly(hit: Span, message: Message, pack: LocalePack): boolean {
  const self = selfWords(pack).whole;
  const tokens = message.tokens.filter((t) => t.start >= hit.start && t.end <= hit.end);
  return tokens.some((t) => self.test(t.text)) && tokens.every((t) => self.test(t.text) || pack.lexicon.light.has(t.text) || pack.lexicon.stopwords.has(t.text) || t.text.length <= 2);
}

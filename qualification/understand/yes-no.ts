import type { Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import { perPack } from '../locales/per-pack.js';
import { matchWord, wordOf, type Word } from './choices/match.js';
import { impliedConcepts } from './choices/implied-concepts.js';
import { fold, prepare, tokenize, type Message, type Span, type Token } from './normalize.js';
import type { Intent, UnderstandContext } from './types.js';
import { deniedTopic, restated } from './yes-no-restated.js';

/**
 * How a language answers a yes/no question with an amount instead of a yes or a no: "do you ship
 * abroad?" — "a few orders to Norway every week", "jonkin verran Saksaan", "en del till Tyskland",
 * "trochę na Słowację". Folded phrases, read at the start of the reply only.
 */
export interface AmountWords {
  /** Some of the thing asked, said as so ("a few", "some", "occasionally", "jonkin verran", "en del", "trochę"): a yes. */
  some: readonly string[];
  /** Next to none of it ("hardly any", "barely", "tuskin", "knappt", "prawie wcale"): a no. */
  none: readonly string[];
}

/**
 * How a language frames a yes or a no inside a longer reply: "we're a state-funded school, so yes",
 * "nej vi är ett aktiebolag". Folded phrases.
 */
export interface ReplyWords {
  /** Words that draw a conclusion before a closing yes or no ("so", "eli", "så", "więc"). */
  so: readonly string[];
  /** Words that open a statement right after a bare no ("we", "olemme", "vi", "jesteśmy"): "no we're private" is a no. */
  subjects: readonly string[];
  /** Words that go on after a bare no without turning it ("but", "mutta", "men", "ale"): "nej men vi får massor av nätfiskemejl" is a no. */
  yet: readonly string[];
  /** Words that put the action asked still ahead ("about to", "aiotaan", "ska", "zamierzamy"): restated with them it is a no, not yet. */
  intending: readonly string[];
  /** Words that say someone does it for the visitor ("on our behalf", "meidän puolesta", "åt oss", "za nas"): the doer named is no one else's yes. */
  behalf: readonly string[];
  /** Words that place a restated action without changing it ("already", "jo", "redan", "już", "every year"). */
  already: readonly string[];
  /** Pronouns that stand for the thing asked ("them", "ne", "dem", "je"). */
  pronouns: readonly string[];
  /**
   * A verb said back for a yes or a no, as languages without a bare yes answer ("ollaan", we are;
   * "det är vi"; "ei olla"): folded, read only as the reply's first clause whole, since inside a
   * sentence the verb goes on ("ollaan yksityinen", we are private).
   */
  verbReplies: { yes: readonly string[]; no: readonly string[] };
}

/** A yes or no said in so many words ("yes", "ei vielä", "inte än"). */
const SAID = 0.9;
/** An amount said for the yes or no: sure enough to record, less than the word itself. */
const AMOUNT = 0.8;
/** A yes beside the question's own word negated: the no it may be is asked back. */
const DENIED = 0.6;

/** Replies that are not an answer, whatever amount they name ("a few questions first?"). */
const ASIDE: readonly Intent[] = ['why', 'skip', 'human', 'question', 'abuse', 'wait'];

/** Whether the folded text opens with one of the phrases, as whole words. */
function opens(folded: string, phrases: readonly string[]): boolean {
  const text = folded.replace(/^[^\p{L}\p{N}]+/u, '');
  return phrases.some((p) => text.startsWith(p) && !/[\p{L}\p{N}]/u.test(text[p.length] ?? ''));
}

/**
 * An amount at the start of the reply, in a message that says nothing to turn it: no negation
 * ("some, not anymore"), no contrast ("a few, but…"), no maybe or time ("a few next year" is not
 * yet so). What it leaves open is asked back.
 */
function amount(message: Message, times: readonly Span[], { lexicon, amounts }: LocalePack): 'yes' | 'no' | null {
  const { tokens, folded } = message;
  const none = opens(folded, amounts.none);
  const some = !none && opens(folded, amounts.some);
  if (!none && !some) return null;
  const hedged = (w: string) => lexicon.hedges.some((h) => (h.endsWith('*') ? w.startsWith(h.slice(0, -1)) : w === h));
  if (times.length > 0 || tokens.some((t) => lexicon.contrasts.has(t.text) || hedged(t.text))) return null;
  if (some && tokens.some((t) => lexicon.negations.has(t.text))) return null;
  return some ? 'yes' : 'no';
}

const words = (phrases: readonly string[]) => phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');
const expressions = perPack((pack): { closing: RegExp; noThen: RegExp } => {
  const { intents, replies } = pack;
  return {
    // "…, so yes", "eli kyllä", "så jag tror ja", "więc chyba tak": a yes or no closing the reply after a conclusion word, a few words between.
    closing: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words(replies.so)})(?:\\s+[\\p{L}\\p{N}]+){0,3}?\\s+(?:(${words(intents.yes)})|(${words(intents.no)}))[^\\p{L}\\p{N}]*$`, 'u'),
    // "no we're a private company", "nej vi är ett aktiebolag", "nie jesteśmy", "nej men…": a no opening a statement.
    noThen: new RegExp(`^[^\\p{L}\\p{N}]*(?:${words(intents.no)})\\s+(?:${words([...replies.subjects, ...replies.yet])})(?![\\p{L}\\p{N}])`, 'u'),
  };
});

/** The question's topic words ("public", "sector", "organisation"), as matching reads them; once per question text and pack. */
const topics = perPack(() => new Map<string, Word[]>());
function topicOf(question: string, pack: LocalePack): Word[] {
  const byText = topics(pack);
  let topic = byText.get(question);
  if (!topic) {
    const asked = prepare(question);
    byText.set(question, (topic = asked.tokens.filter((t) => content(t.text, pack)).map((t) => wordOf(asked.original.slice(t.start, t.end), pack, t.text))));
  }
  return topic;
}
const content = (word: string, pack: LocalePack) => word.length >= 4 && !pack.lexicon.light.has(word) && !pack.lexicon.stopwords.has(word);

/** The message's words, clause by clause: punctuation ends a clause. */
function clausesOf(message: Message): Token[][] {
  const clauses: Token[][] = [[]];
  message.tokens.forEach((t, i) => {
    const previous = message.tokens[i - 1];
    if (previous && /[,.;:!?\n]/.test(message.folded.slice(previous.end, t.start))) clauses.push([]);
    (clauses.at(-1) as Token[]).push(t);
  });
  return clauses;
}

/**
 * The question's own word said back as a clause of its own ("public, so we'd tender", "julkinen,
 * hankintalain piirissä") is a yes; negated ("private foundation, not public", "inte offentlig, men…")
 * a no. A clause with other words says something else; clauses that disagree say nothing.
 */
function echoed(message: Message, question: string, pack: LocalePack): 'yes' | 'no' | null {
  const topic = topicOf(question, pack);
  if (topic.length === 0) return null;
  const { lexicon } = pack;
  const echoes = (t: Token) => {
    const word = wordOf(message.original.slice(t.start, t.end), pack, t.text);
    return topic.some((term) => ['exact', 'inflected'].includes(matchWord(word, term, pack) ?? ''));
  };
  const found = new Set<'yes' | 'no'>();
  for (const clause of clausesOf(message)) {
    if (clause.some((t) => lexicon.contrasts.has(t.text))) continue;
    const said = clause.filter((t) => !lexicon.negations.has(t.text) && content(t.text, pack));
    if (said.length > 0 && said.every(echoes)) found.add(clause.some((t) => lexicon.negations.has(t.text)) ? 'no' : 'yes');
  }
  return found.size === 1 ? ([...found][0] as 'yes' | 'no') : null;
}

/** The packs' yes and no phrases as their words, once per pack: a clause is one when its words are. */
const barePhrases = perPack((pack) => {
  const key = (p: string) => tokenize(fold(p)).map((t) => t.text).join(' ');
  const { verbReplies } = pack.replies;
  const phrases = new Map<string, 'yes' | 'no'>([...pack.concepts.no, ...verbReplies.no].map((p) => [key(p), 'no'] as const));
  for (const p of [...pack.concepts.yes, ...verbReplies.yes]) phrases.set(key(p), 'yes');
  return phrases;
});

/** A first clause, or the whole reply, that is a yes or a no phrase whole ("we don't, forestry gets little", "nie mamy, za dużo papierów", "ollaan"). */
function bareFirst(clauses: Token[][], pack: LocalePack): 'yes' | 'no' | null {
  const first = clauses[0];
  return first ? (barePhrases(pack).get(first.map((t) => t.text).join(' ')) ?? null) : null;
}

/**
 * The answer to a yes/no question being asked: a yes or a no ("yep", "ei vielä", "inte än"), or an
 * amount of what was asked ("a few orders to Norway every week" is a yes, "hardly any" a no).
 */
export function yesNo(definition: LeadDefinition, message: Message, ctx: UnderstandContext, intents: readonly Intent[], times: readonly Span[]): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'yes_no') return [];
  const raw = message.original.trim();
  if (intents.includes('affirm')) return [{ criterionId: asked.id, value: 'yes', raw, confidence: SAID }];
  if (intents.includes('deny')) return [{ criterionId: asked.id, value: 'no', raw, confidence: SAID }];
  if (intents.some((i) => ASIDE.includes(i))) return [];
  const pack = packFor(ctx.locale);
  const { closing, noThen } = expressions(pack);
  if (noThen.test(message.folded)) return [{ criterionId: asked.id, value: 'no', raw, confidence: SAID }];
  const closed = closing.exec(message.folded);
  if (closed) return [{ criterionId: asked.id, value: closed[1] === undefined ? 'no' : 'yes', raw, confidence: AMOUNT }];
  const question = asked.question[ctx.locale] ?? '';
  const clauses = clausesOf(message);
  const bare = bareFirst(clauses, pack);
  if (bare) return [{ criterionId: asked.id, value: bare, raw, confidence: AMOUNT }];
  const value = amount(message, times, pack) ?? echoed(message, question, pack) ?? restated({ message, clauses, question, times, content: (w) => content(w, pack) }, pack);
  return value ? [{ criterionId: asked.id, value, raw, confidence: AMOUNT }] : [];
}

/**
 * A yes to the yes/no question asked, however read ("we have…", "mamy…", "on meillä…"), beside the
 * question's own word negated ("…but nothing certified" asked for a certified system): the no it
 * may be is asked back instead.
 */
export function deniedYes(definition: LeadDefinition, extractions: Extraction[], message: Message, ctx: UnderstandContext): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'yes_no' || !extractions.some((e) => e.criterionId === asked.id && e.value === 'yes')) return extractions;
  const pack = packFor(ctx.locale);
  if (!deniedTopic(message, asked.question[ctx.locale] ?? '', pack, (w) => content(w, pack))) return extractions;
  return extractions.map((e) => (e.criterionId === asked.id ? { ...e, value: 'no', confidence: Math.min(e.confidence, DENIED) } : e));
}

/** Words in a reply that is a yes or a no and nothing more ("nope", "nej tyvärr", "tak"). */
const BARE = 3;

/**
 * Asked a choice whose options answer it as a yes and a no ("Yes, budgeted" / "No budget", by their
 * label's first word in the visitor's language, or else the options meaning an approved budget and
 * none), a bare yes or no is that option: "nope", "nej", "tak" asked "is there a budget?"; so is one
 * opening a longer reply that names no option and does not turn it ("yes, max 3k a year", "nah, we don't"). An option
 * labelled as not knowing ("Nie wiem", "En tiedä") is no "nie" or "en".
 */
export function bareReplyOption(definition: LeadDefinition, message: Message, ctx: UnderstandContext, intents: readonly Intent[]): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'choice' || intents.some((i) => ASIDE.includes(i))) return [];
  const affirm = intents.includes('affirm');
  if (affirm === intents.includes('deny')) return [];
  const pack = packFor(ctx.locale);
  const [first = [], ...rest] = clausesOf(message);
  // Opening a longer reply, the yes or no is a clause of its own, not turned by what follows ("no, but the board meets in March").
  const alone = bareFirst([first], pack) === (affirm ? 'yes' : 'no');
  const turned = rest.flat().some((t) => pack.replies.yet.includes(t.text));
  if (message.tokens.length > BARE && (!alone || rest.length === 0 || turned)) return [];
  const replies = new Set(pack.concepts[affirm ? 'yes' : 'no'].map((p) => fold(p)));
  const unsure = new Set(pack.concepts.dont_know.map((p) => fold(p)));
  const firstWord = (label: string | undefined) => tokenize(fold(label ?? ''))[0]?.text ?? '';
  const labelled = asked.options.filter((o) => replies.has(firstWord(o.label[ctx.locale])) && !o.means?.includes('dont_know') && !unsure.has(fold(o.label[ctx.locale] ?? '')));
  const concept = affirm ? 'budget_allocated' : 'no_budget';
  const implied = impliedConcepts(definition);
  const meaning = asked.options.filter((o) => o.means?.includes(concept) || implied.get(o)?.includes(concept));
  const [option, ...more] = labelled.length ? labelled : meaning;
  return option && more.length === 0 ? [{ criterionId: asked.id, value: option.id, raw: message.original.trim(), confidence: SAID }] : [];
}

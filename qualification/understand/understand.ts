import type { Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import { choiceExtractions, findChoices, type ChoiceHit } from './choices.js';
import { oneOfThem } from './choices/one-of.js';
import { splitAnswer } from './choices/split.js';
import { partlyRead } from './choices/partly-read.js';
import { pronounReply } from './choices/pronoun-reply.js';
import { impliedConcepts } from './choices/implied-concepts.js';
import { decidingOf } from './choices/persons.js';
import { emailSpans, extractContact } from './contact.js';
import { addressesBot } from './directives.js';
import { setsField } from './field-setting.js';
import { productNamed } from './product-names.js';
import { detectIntents, personRequests, questionSpans, skipSpans } from './intents.js';
import { overlaps, prepare, type Message, type Span } from './normalize.js';
import { withoutMarkets } from './markets.js';
import { withoutExcepted, withoutNegatedAfter } from './negation.js';
import { extractNumbers } from './numbers.js';
import { budgetWithheld } from './numbers/no-budget.js';
import { aboutSomethingElse, askingAboutTime, asksTimeline, extractTimeline, findTimes } from './time.js';
import type { Intent, UnderstandContext, Understanding } from './types.js';
import { volunteeredChoices, volunteeredTimes } from './volunteer.js';
import { bareReplyOption, deniedYes, yesNo } from './yes-no.js';

/** Intents that mean the message is not an answer to the question asked. */
const NOT_AN_ANSWER: Intent[] = ['why', 'skip', 'human', 'question', 'abuse', 'empty', 'wait'];

/** What the visitor asks about ("does it work for builders?") is a guess about them, to be confirmed. */
const ASKED_ABOUT = 0.6;
function asked<T extends Span & { confidence: number }>(found: T, questions: Span[]): T {
  return questions.some((q) => overlaps(q, found)) ? { ...found, confidence: Math.min(found.confidence, ASKED_ABOUT) } : found;
}

/**
 * A bare no ("not yet", "ei vielä", "inte än") beside a date and the question's own topic ("not yet,
 * we do next year's budget in January", "jeszcze nie, budżet ustalamy w styczniu") says more than its
 * words: a plan, maybe. Asked back, not recorded as the no.
 */
function qualifiedByTime(hit: ChoiceHit, times: Span[], message: Message, ctx: UnderstandContext): ChoiceHit {
  const pack = packFor(ctx.locale);
  const no = hit.term.generic && hit.term.words.some((w) => pack.lexicon.negations.has(w.text));
  if (!no || hit.term.option.months || !times.some((t) => !overlaps(t, hit))) return hit;
  const content = (word: string) => word.length >= 4 && !pack.lexicon.light.has(word) && !pack.lexicon.stopwords.has(word);
  const topic = new Set(prepare(hit.term.criterion.question[ctx.locale] ?? '').tokens.filter((t) => content(t.text)).map((t) => pack.forms.stem(t.text)));
  const restates = message.tokens.some((t) => !overlaps(t, hit) && content(t.text) && topic.has(pack.forms.stem(t.text)));
  return restates ? { ...hit, confidence: Math.min(hit.confidence, ASKED_ABOUT) } : hit;
}

/**
 * A request for a person and the answer asked for, told apart: staff words that the asked
 * question's own option reads whole ("kundtjänst", "asiakaspalvelutiimiä" for customer service) are
 * the answer, not a request; the pack's words in a real request ("someone from sales", "zadzwoni
 * handlowiec") name no option.
 */
function personAsked(hits: ChoiceHit[], message: Message, ctx: UnderstandContext, intents: Intent[]): { hits: ChoiceHit[]; intents: Intent[] } {
  if (!intents.includes('human')) return { hits, intents };
  // A staff word alone ("säljare", asked the visitor's role) is the answer too.
  const whole = (r: Span) => message.tokens.every((t) => overlaps(r, t));
  const answers = (r: Span) => hits.some((h) => h.term.criterion.id === ctx.asking && ((!h.term.catchAll && h.start <= r.start && r.end <= h.end) || (whole(r) && overlaps(r, h))));
  const requests = personRequests(message, ctx.locale).filter((r) => !answers(r));
  if (requests.length === 0) return { hits, intents: intents.filter((i) => i !== 'human') };
  // The pack's words (a job title, a trade) inside the request are whom they want; the marketer's own words still answer ("telefonicznie i na papierze").
  return { hits: hits.filter((h) => !((h.term.lexical || h.term.catchAll) && requests.some((r) => overlaps(r, h)))), intents };
}

/** Most words between a count and what it counts ("6 full-time drivers"). */
const COUNTED_REACH = 2;
/** A hit right after a number in its clause: what the number counts ("one of the owners" is a part, the visitor among them). */
function counted(hit: Span, counts: Span[], message: Message, ctx: UnderstandContext): boolean {
  const pack = packFor(ctx.locale);
  const { parts } = pack.numbers;
  // "Yksi osakkaista", "jednym z dentystów": one of them is the visitor, no count of staff.
  if (oneOfThem(message.tokens.filter((t) => t.end <= hit.start), pack)) return false;
  return counts.some((c) => {
    if (c.end > hit.start || /[,.;:!?\n]/.test(message.folded.slice(c.end, hit.start))) return false;
    const between = message.tokens.filter((t) => t.start >= c.end && t.end <= hit.start);
    return between.length <= COUNTED_REACH && !between.some((t) => parts.includes(t.text));
  });
}

/** The surest extraction per criterion, the one being asked first, then in definition order. */
function best(definition: LeadDefinition, ctx: UnderstandContext, all: Extraction[]): Extraction[] {
  const byCriterion = new Map<string, Extraction>();
  for (const e of all) {
    const current = byCriterion.get(e.criterionId);
    if (!current || e.confidence > current.confidence) byCriterion.set(e.criterionId, e);
  }
  const order = definition.criteria.map((c) => c.id).sort((a, b) => Number(b === ctx.asking) - Number(a === ctx.asking));
  return order.flatMap((id) => byCriterion.get(id) ?? []);
}

/** A capital after punctuation ("hej, Karin Berg"); module-level, as letters.ts says. */
const NAME_AFTER_PUNCTUATION = /[,!.]\s*\p{Lu}/u;

/**
 * Reads one visitor message deterministically: the facts it states about any criterion and
 * what else the visitor wants. No IO, no model; the same text, context and date give the same result.
 */
export function understand(definition: LeadDefinition, text: string, ctx: UnderstandContext): Understanding {
  const message = prepare(text);
  const intents = detectIntents(message, ctx.locale);
  // Nothing said, or only "hmm, let me think": nothing to read.
  if (intents.includes('empty') || intents.includes('wait')) return { extractions: [], intents };
  const questions = questionSpans(message, ctx.locale);
  const timeline = asksTimeline(definition, ctx);
  const times = findTimes(message, ctx.locale, ctx.now).map((t) => asked(t, timeline ? askingAboutTime(t, questions, message) : questions));
  const emails = emailSpans(message);
  const pack = packFor(ctx.locale);
  // "Zero idea" is not knowing: a word inside it ("zero") is no answer; the whole phrase may be ("not sure" for "Don't know").
  const skips = intents.includes('skip') ? skipSpans(message, ctx.locale) : [];
  const inSkip = (h: Span) => skips.some((s) => s.start <= h.start && h.end <= s.end && h.end - h.start < s.end - s.start);
  const found = withoutExcepted(withoutNegatedAfter(withoutMarkets(findChoices(definition, message, ctx, times, emails), message, pack, questions), message, pack), message, pack)
    .filter((h) => !inSkip(h))
    // What the visitor's own plain question names ("does it work with Outlook?", "toimiiko se Netvisorin kanssa?") is asked about:
    // a question to answer, no answer nor a guess to confirm; so is what only the catch-all takes in any question ("courses in Arabic?").
    .filter((h) => !questions.some((q) => overlaps(q, h) && (q.plain || h.term.catchAll)))
    .map((h) => asked(h, questions));
  const { hits, intents: asIntended } = personAsked(found, message, ctx, intents);
  // Digits inside an option's phrase ("Dynamics 365", "0-3 months") are not head counts.
  const phrasesWithDigits = hits.filter((h) => /\d/.test(message.folded.slice(h.start, h.end)));
  const numbers = extractNumbers(definition, message, ctx, [...times, ...phrasesWithDigits, ...emails], questions);
  // "a hundred technicians" counts staff; only an exact synonym there also names an option ("40 plumbers").
  // Counted people are never the visitor: "me plus 6 drivers" gives no role, nor does "neljä kuljettajaa".
  const choices = hits.filter(
    (h) =>
      (h.level === 'exact' || !numbers.spans.some((s) => overlaps(s, h))) &&
      // Deciding together beside the people counted ("me and the two other partners together") is no counted person.
      !(h.term.criterion.category === 'person' && counted(h, numbers.counts, message, ctx) && decidingOf(h.term.option, impliedConcepts(definition)) !== 'decide_together') &&
      // What a count counts ("60 trucks") is no trade said in passing, unless a synonym says it word for word.
      !(h.term.criterion.category === 'company' && !h.term.criterion.options.some((o) => o.country) && h.term.criterion.id !== ctx.asking && h.level !== 'exact' && counted(h, numbers.counts, message, ctx)) &&
      !(h.term.option.months && aboutSomethingElse(h, message, ctx.locale)),
  );
  const facts: Extraction[] = [
    ...choiceExtractions(volunteeredChoices(splitAnswer(definition, choices, message, ctx.locale, ctx.asking), message, ctx, asIntended.includes('correction')).map((h) => qualifiedByTime(h, times, message, ctx)), message),
    ...extractTimeline(definition, message, ctx, volunteeredTimes(definition, times, ctx)),
    ...numbers.extractions,
    ...yesNo(definition, message, ctx, asIntended, times),
  ];
  // "No budget yet" asked for an amount of money passes the question, as "don't know" does.
  const passes = !facts.some((f) => f.criterionId === ctx.asking) && !asIntended.includes('skip') && budgetWithheld(definition, message, ctx, times, emails);
  const heard: Intent[] = passes ? [...asIntended, 'skip'] : asIntended;
  // "Nope" asked "is there a budget?": the option that is the no, where nothing else answers.
  if (!facts.some((f) => f.criterionId === ctx.asking)) facts.push(...bareReplyOption(definition, message, ctx, heard));
  // "Jag", "jag, jag äger bolaget" asked who decides: the visitor, where nothing else answers.
  if (!facts.some((f) => f.criterionId === ctx.asking)) facts.push(...pronounReply(definition, message, ctx, heard));
  // "Hi!" is small talk, but "hej, Karin Berg" answers a question for a name.
  const named = definition.criteria.find((c) => c.id === ctx.asking)?.type === 'text' && NAME_AFTER_PUNCTUATION.test(message.original);
  const chatter = message.tokens.length <= 3 && heard.some((i) => i === 'greeting' || i === 'thanks') && !named;
  const notAnAnswer = chatter || heard.some((i) => NOT_AN_ANSWER.includes(i));
  const contact = extractContact(definition, message, ctx, notAnAnswer);
  // A name or company name is just that: "Erik Svensson" is no country, "Rör & Co AB" no trade.
  const nameGiven = contact.some((e) => e.criterionId === ctx.asking);
  const read = deniedYes(definition, partlyRead(definition, best(definition, ctx, nameGiven ? contact : [...facts, ...contact]), message, [...found, ...times, ...emails, ...questions, ...skips, ...numbers.spans], ctx.locale, ctx.asking), message, ctx);
  // "Odoo", asked which ERP: a name no option lists, where nothing else was read.
  const extractions = read.length === 0 && heard.length === 0 ? productNamed(definition, message, ctx) : read;
  // "Set budget to allocated", `{"budget": "allocated"}` or "budget: approved" talks to the bot: nothing it names is recorded.
  if (addressesBot(text) || setsField(definition, text)) return { extractions: [], intents: heard };
  return { extractions, intents: heard };
}

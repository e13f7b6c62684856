import type { KnowledgeAnswer } from '../ports/model.js';
import { findFaq } from './faq.js';
import { notUnderstood } from './not-understood.js';
import { answersChanged, localized, say, type Draft } from './draft.js';
import type { Heard } from './hear.js';
import type { Taken } from './take-answers.js';

export interface DetourContext {
  /** The criterion the bot had asked about when the message came. */
  asked: string | null;
  /** The bot had asked for consent. */
  consentAsked: boolean;
  /** The message was already dealt with as a yes/no. */
  handled: boolean;
  /** The company's content's answer to the visitor's question, looked up before the turn. */
  knowledge?: KnowledgeAnswer | null;
}

/**
 * A question to the company: the answer from the company's content (with where it comes from), else
 * the best FAQ entry, else the honest "a person can answer that" — unless the "question" was only a
 * hesitant answer ("maybe plumbing?").
 */
export function answerQuestion(draft: Draft, text: string, answered = false, knowledge: KnowledgeAnswer | null = null): void {
  if (knowledge) {
    say(draft, [knowledge.text, ...knowledge.sources.map((s) => `${s.title}: ${s.url}`)].join('\n'));
    return;
  }
  const faq = findFaq(draft.definition, text, draft.state.locale);
  if (faq) say(draft, localized(draft, faq.answer));
  else if (!answered) say(draft, draft.copy.faqNoMatch);
}

/**
 * What the visitor said besides answering: each intent gets its short reply before the flow goes on.
 * Returns whether the visitor asked for a person.
 */
export function detours(draft: Draft, heard: Heard, taken: Taken, ctx: DetourContext): boolean {
  const { copy, state } = draft;
  const intents = new Set(heard.intents);
  const criterion = draft.definition.criteria.find((c) => c.id === ctx.asked);
  const open = criterion && !state.answers[criterion.id] && !state.skipped.includes(criterion.id) && !state.pending;
  const consentOpen = ctx.consentAsked && state.asking === 'consent';
  const before = draft.replies.length;

  if (intents.has('abuse')) say(draft, copy.calm);
  // "Let me think" gets time, not "didn't catch that".
  else if (intents.has('empty') || intents.has('wait')) say(draft, copy.empty);
  else if (intents.has('greeting')) say(draft, copy.hello);
  if (open && intents.has('why')) {
    say(draft, localized(draft, criterion.why));
  } else if (consentOpen && intents.has('why')) {
    say(draft, copy.consentWhy);
  } else if (open && (intents.has('skip') || intents.has('deny'))) {
    // A bare "no" to a question that is not yes/no means "rather not say".
    state.skipped.push(criterion.id);
    answersChanged(draft);
    draft.events.push({ type: 'criterion_skipped', criterionId: criterion.id });
    say(draft, copy.skipped);
  }
  if (intents.has('question') && heard.text) answerQuestion(draft, heard.text, taken.recorded > 0, ctx.knowledge);
  const said = draft.replies.length > before;
  if (intents.has('thanks') && !said) say(draft, copy.welcome);
  const wantsHuman = intents.has('human');
  if (draft.replies.length > before || wantsHuman || ctx.handled) return wantsHuman;
  if (consentOpen) say(draft, taken.contactWithheld ? copy.consentFirst : copy.yesOrNo);
  else if (open && taken.volunteered === 0) notUnderstood(draft, criterion, heard);
  return false;
}

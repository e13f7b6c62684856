import { CONFIDENT, type Answer } from '../../qualification/answer.js';
import { withoutContactData } from '../../qualification/understand/contact-data.js';
import type { Criterion } from '../../qualification/definition/schema.js';
import { localized, type Draft } from './draft.js';
import type { Heard } from './hear.js';
import { recordAnswer } from './record-answer.js';

export interface Taken {
  /** Answers recorded from this message, of any kind. */
  recorded: number;
  /** Non-contact facts recorded that were not the question asked. */
  volunteered: number;
  /** Contact details the visitor typed before consent: not kept. */
  contactWithheld: boolean;
}

const NOT_AN_ANSWER = new Set(['skip', 'why', 'human', 'question', 'abuse', 'empty', 'wait']);

function criterionById(draft: Draft, id: string | null): Criterion | undefined {
  return id === null ? undefined : draft.definition.criteria.find((c) => c.id === id);
}

function clicked(draft: Draft, criterion: Criterion, choice: string): Answer | null {
  const at = draft.now.toISOString();
  if (criterion.type === 'choice' || criterion.type === 'multi') {
    const option = criterion.options.find((o) => o.id === choice);
    if (!option) return null;
    const value = criterion.type === 'multi' ? [option.id] : option.id;
    return { criterionId: criterion.id, value, raw: localized(draft, option.label), source: 'button', confidence: 1, at };
  }
  if (criterion.type === 'yes_no' && (choice === 'yes' || choice === 'no')) {
    const raw = choice === 'yes' ? draft.copy.yes : draft.copy.no;
    return { criterionId: criterion.id, value: choice, raw, source: 'button', confidence: 1, at };
  }
  return null;
}

/** Plain replies the extractors leave alone: a yes/no to a yes/no question, free text to a text question. */
function typedReply(draft: Draft, criterion: Criterion, heard: Heard): Answer | null {
  const text = heard.text?.trim() ?? '';
  const at = draft.now.toISOString();
  const base = { criterionId: criterion.id, raw: text, source: 'asked' as const, confidence: 1, at };
  if (criterion.type === 'yes_no') {
    const yes = heard.intents.includes('affirm');
    const no = heard.intents.includes('deny');
    return yes !== no ? { ...base, value: yes ? 'yes' : 'no' } : null;
  }
  if (criterion.type === 'text' && text && !heard.intents.some((i) => NOT_AN_ANSWER.has(i))) return { ...base, value: text };
  return null;
}

/**
 * Everything the message says about the criteria goes through `recordAnswer`. A doubtful reading
 * of the question asked waits for the visitor's yes (`pending`); doubtful side remarks are dropped.
 */
export function takeAnswers(draft: Draft, heard: Heard, asked: string | null): Taken {
  const taken: Taken = { recorded: 0, volunteered: 0, contactWithheld: false };
  const askedCriterion = criterionById(draft, asked);
  if (heard.choice !== null) {
    const answer = askedCriterion ? clicked(draft, askedCriterion, heard.choice) : null;
    if (answer && recordAnswer(draft, answer)) taken.recorded += 1;
    return taken;
  }
  const corrects = heard.intents.includes('correction');
  for (const { extraction, source } of heard.found) {
    const criterion = criterionById(draft, extraction.criterionId);
    if (!criterion) continue;
    if (criterion.category === 'contact' && draft.state.consent !== 'granted') {
      taken.contactWithheld = true;
      continue;
    }
    if (extraction.confidence < CONFIDENT) {
      if (criterion.id === asked && !draft.state.pending) {
        draft.state.pending = extraction;
        draft.state.guess = { criterionId: criterion.id, value: extraction.value, text: withoutContactData(heard.text ?? '') };
      }
      continue;
    }
    if (!recordAnswer(draft, { ...extraction, source, at: draft.now.toISOString() }, { corrects })) continue;
    taken.recorded += 1;
    if (criterion.id !== asked && criterion.category !== 'contact') taken.volunteered += 1;
  }
  const stillOpen = askedCriterion && !draft.state.answers[askedCriterion.id] && !draft.state.pending;
  if (stillOpen) {
    const answer = typedReply(draft, askedCriterion, heard);
    if (answer && recordAnswer(draft, answer)) taken.recorded += 1;
  }
  return taken;
}

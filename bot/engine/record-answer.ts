import type { Answer, AnswerSource, AnswerValue } from '../../qualification/answer.js';
import type { Criterion } from '../../qualification/definition/schema.js';
import { answersChanged, type Draft } from './draft.js';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const TEXT_MAX = 500;

/** The value in the criterion's canonical form, or null when it does not fit the criterion. */
export function validateValue(criterion: Criterion, value: AnswerValue): AnswerValue | null {
  switch (criterion.type) {
    case 'choice':
      return typeof value === 'string' && criterion.options.some((o) => o.id === value) ? value : null;
    case 'multi': {
      const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      const known = [...new Set(ids)].filter((id) => criterion.options.some((o) => o.id === id));
      return known.length > 0 && known.length === new Set(ids).size ? known : null;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'yes_no':
      return value === 'yes' || value === 'no' ? value : null;
    case 'email': {
      const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
      return EMAIL.test(email) && email.length <= 254 ? email : null;
    }
    case 'text': {
      const text = typeof value === 'string' ? value.trim().slice(0, TEXT_MAX) : '';
      return text.length > 0 ? text : null;
    }
  }
}

function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Answers the visitor gave to the question itself: a passing mention elsewhere does not replace them. */
const OWNED: ReadonlySet<AnswerSource> = new Set(['asked', 'button']);
/** Readings of a message about something else. */
const INCIDENTAL: ReadonlySet<AnswerSource> = new Set(['volunteered', 'model']);

export interface RecordOptions {
  /** The visitor corrects themselves ("actually I'm the CFO"): an incidental reading may replace an owned answer. */
  corrects?: boolean;
}

/**
 * The one way an answer enters a conversation, whether asked, clicked, volunteered, read by a model
 * or carried over from an earlier visit: validated against its criterion, and contact data only
 * with consent. An answer to the question asked survives incidental mentions in answers to other
 * questions; only an explicit self-correction or a new answer to the same question replaces it.
 * Returns whether it was recorded.
 */
export function recordAnswer(draft: Draft, answer: Answer, options: RecordOptions = {}): boolean {
  const criterion = draft.definition.criteria.find((c) => c.id === answer.criterionId);
  if (!criterion) return false;
  if (criterion.category === 'contact' && draft.state.consent !== 'granted') return false;
  const value = validateValue(criterion, answer.value);
  if (value === null) return false;
  const existing = draft.state.answers[criterion.id];
  if (existing && sameValue(existing.value, value)) return false;
  // A contact detail is the visitor's own and the newest one is where they want to be reached.
  const owned = existing && OWNED.has(existing.source) && criterion.category !== 'contact';
  if (owned && INCIDENTAL.has(answer.source) && !options.corrects) return false;
  const recorded: Answer = { ...answer, value };
  draft.state.answers[criterion.id] = recorded;
  draft.state.skipped = draft.state.skipped.filter((id) => id !== criterion.id);
  answersChanged(draft);
  draft.events.push({ type: 'answer_recorded', answer: recorded });
  settleGuess(draft, recorded);
  return true;
}

/** An answer ends the doubt about its criterion; a button other than the doubtful reading corrects it. */
function settleGuess(draft: Draft, answer: Answer): void {
  const guess = draft.state.guess;
  if (!guess || guess.criterionId !== answer.criterionId) return;
  delete draft.state.guess;
  if (answer.source !== 'button' || sameValue(guess.value, answer.value)) return;
  const optionId = Array.isArray(answer.value) ? answer.value[0] : String(answer.value);
  if (optionId !== undefined) draft.events.push({ type: 'guess_corrected', criterionId: answer.criterionId, optionId });
}

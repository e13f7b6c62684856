import type { Draft } from './draft.js';
import { consentVersion, consentWording } from './question.js';
import type { Heard } from './hear.js';
import { recordAnswer } from './record-answer.js';

export interface Resolved {
  heard: Heard;
  /** The message was the awaited yes or no. */
  handled: boolean;
}

function yesOrNo(heard: Heard, skipMeansNo: boolean): 'yes' | 'no' | null {
  if (heard.choice === 'yes' || heard.choice === 'no') return heard.choice;
  if (heard.choice !== null) return null;
  const yes = heard.intents.includes('affirm');
  const no = heard.intents.includes('deny') || (skipMeansNo && heard.intents.includes('skip'));
  return yes === no ? null : yes ? 'yes' : 'no';
}

/** The yes/no is spent: it must not also answer the next question. */
function consumed(heard: Heard): Heard {
  return { ...heard, choice: null, intents: heard.intents.filter((i) => i !== 'affirm' && i !== 'deny' && i !== 'skip') };
}

/** The visitor's reply to "did you mean …?". New words for the same criterion win over a bare yes. */
export function resolvePending(draft: Draft, heard: Heard): Resolved {
  const pending = draft.state.pending;
  if (!pending) return { heard, handled: false };
  draft.state.pending = null;
  const restated = heard.found.some((f) => f.extraction.criterionId === pending.criterionId);
  const reply = restated ? null : yesOrNo(heard, false);
  if (reply === 'yes') {
    recordAnswer(draft, { ...pending, source: 'asked', confidence: 1, at: draft.now.toISOString() });
  } else if (reply === 'no') {
    draft.replies.push({ text: draft.copy.confirmDenied });
  }
  return reply ? { heard: consumed(heard), handled: true } : { heard, handled: false };
}

/** The visitor's reply to the consent question; "skip" counts as no. */
export function resolveConsent(draft: Draft, heard: Heard): Resolved {
  if (draft.state.asking !== 'consent') return { heard, handled: false };
  const reply = yesOrNo(heard, true);
  if (!reply) return { heard, handled: false };
  const consent = reply === 'yes' ? 'granted' : 'denied';
  // The wording of the question just answered: the phase that asked it has not moved on yet.
  const text = consentWording(draft);
  draft.state.consent = consent;
  draft.state.asking = null;
  draft.events.push({ type: 'consent_changed', consent, text, textVersion: consentVersion(draft.state.locale, text) });
  return { heard: consumed(heard), handled: true };
}

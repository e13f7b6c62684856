import type { Criterion } from '../../qualification/definition/schema.js';
import { closestOptions } from '../../qualification/understand/suggest.js';
import type { Choice } from '../conversation.js';
import { localized, type Draft } from './draft.js';
import type { Heard } from './hear.js';
import { choicesFor, questionText } from './question.js';

/** The Skip button's choice id; option ids are lower_snake_case, so none can be this. */
export const SKIP_CHOICE = '_skip';

/**
 * The reply to an answer the bot did not understand, worded for the question: the two or three
 * options closest to the visitor's words as buttons ("Did you mean A or B?"), else the question
 * again with how to answer it; a Skip button only where skipping is allowed. The opener takes
 * turns, so the bot never says the same fallback twice in a row.
 */
export function notUnderstood(draft: Draft, criterion: Criterion, heard: Heard): void {
  const { copy, state } = draft;
  const missed = state.missed ?? 0;
  state.missed = missed + 1;
  const parts = [copy.notCaught[missed % 2]];
  const choosing = criterion.type === 'choice' || criterion.type === 'multi';
  const near = choosing && heard.text ? closestOptions(draft.definition, criterion.id, heard.text, state.locale) : [];
  const suggested = choosing ? near.flatMap((id) => criterion.options.filter((o) => o.id === id)) : [];
  let choices: Choice[] | undefined;
  if (suggested.length > 0) {
    const labels = suggested.map((o) => localized(draft, o.label));
    parts.push(copy.didYouMean(labels.length > 1 ? `${labels.slice(0, -1).join(', ')} ${copy.or} ${labels.at(-1)}` : (labels[0] as string)));
    choices = suggested.map((o) => ({ id: o.id, label: localized(draft, o.label) }));
  } else {
    parts.push(questionText(draft, criterion), copy.answerHint[criterion.type]);
    choices = choicesFor(draft, criterion);
  }
  if (!criterion.required) {
    parts.push(copy.skipHint);
    choices = [...(choices ?? []), { id: SKIP_CHOICE, label: copy.skip }];
  }
  draft.replies.push({ text: parts.join(' '), ...(choices ? { choices } : {}), asking: criterion.id });
  // Clicks are not answers the bot failed to read: only typed words go to the review queue (C10).
  if (heard.text !== null) draft.events.push({ type: 'answer_not_understood', criterionId: criterion.id });
}

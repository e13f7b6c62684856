import type { Extraction } from '../../qualification/answer.js';
import type { Criterion } from '../../qualification/definition/schema.js';
import type { Choice, Reply } from '../conversation.js';
import { localized, type Draft } from './draft.js';

export function yesNoChoices(draft: Draft): Choice[] {
  return [
    { id: 'yes', label: draft.copy.yes },
    { id: 'no', label: draft.copy.no },
  ];
}

export function choicesFor(draft: Draft, criterion: Criterion): Choice[] | undefined {
  if (criterion.type === 'choice' || criterion.type === 'multi') {
    return criterion.options.map((o) => ({ id: o.id, label: localized(draft, o.label) }));
  }
  if (criterion.type === 'yes_no') return yesNoChoices(draft);
  return undefined;
}

function variantOf(draft: Draft, criterion: Criterion) {
  const id = draft.state.variants[criterion.id];
  return id === undefined ? undefined : criterion.variants.find((v) => v.id === id);
}

/**
 * Puts the criterion's question to the visitor (in the conversation's A/B variant when it has one).
 * `question_asked` is counted when a question is first put, not when it is repeated after a detour.
 */
/** The criterion's question as this conversation puts it (its A/B variant, if any). */
export function questionText(draft: Draft, criterion: Criterion): string {
  return localized(draft, variantOf(draft, criterion)?.question ?? criterion.question);
}

export function ask(draft: Draft, criterion: Criterion): void {
  const variant = variantOf(draft, criterion);
  const reply: Reply = { text: questionText(draft, criterion), asking: criterion.id };
  const choices = choicesFor(draft, criterion);
  if (choices) reply.choices = choices;
  draft.replies.push(reply);
  if (draft.state.asking !== criterion.id) {
    draft.events.push({ type: 'question_asked', criterionId: criterion.id, variant: variant?.id ?? null });
    delete draft.state.missed;
  }
  draft.state.asking = criterion.id;
}

/** How an understood value reads back to the visitor: option labels, never option ids. */
export function displayValue(draft: Draft, criterion: Criterion, extraction: Extraction): string {
  const value = extraction.value;
  if (criterion.type === 'choice' || criterion.type === 'multi') {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids
      .map((id) => criterion.options.find((o) => o.id === id))
      .map((o, i) => (o ? localized(draft, o.label) : ids[i]))
      .join(', ');
  }
  if (criterion.type === 'yes_no') return value === 'yes' ? draft.copy.yes : draft.copy.no;
  return String(value);
}

/** A value understood without confidence is read back for a yes/no before it is recorded. */
export function askConfirmation(draft: Draft, criterion: Criterion, extraction: Extraction): void {
  draft.state.pending = extraction;
  draft.state.asking = criterion.id;
  draft.replies.push({
    text: draft.copy.confirm(displayValue(draft, criterion, extraction)),
    choices: yesNoChoices(draft),
    asking: criterion.id,
  });
}

/** The consent question as the visitor reads it: for contact details (before a handoff) or for follow-up email (nurture). */
export function consentWording(draft: Pick<Draft, 'copy' | 'definition' | 'state'>): string {
  const { copy, definition } = draft;
  const company = definition.company.name;
  const privacy = definition.privacyPolicy ? copy.consentPrivacy(definition.privacyPolicy) : '';
  const question = draft.state.phase === 'follow_up' ? copy.followUpAsk(company) : copy.consentAsk(company);
  return [question, privacy].filter(Boolean).join(' ');
}

/**
 * Which wording a consent answered: `<locale>:<FNV-1a hash of the text>`. Kept with the consent, so
 * what a person agreed to can be told later, and a changed wording is a new version.
 */
export function consentVersion(locale: string, wording: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < wording.length; i++) hash = Math.imul(hash ^ wording.charCodeAt(i), 0x01000193);
  return `${locale}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

export function askConsent(draft: Draft): void {
  draft.replies.push({ text: consentWording(draft), choices: yesNoChoices(draft), asking: 'consent' });
  draft.state.asking = 'consent';
}

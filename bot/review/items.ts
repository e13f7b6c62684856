import { REMOVED_EMAIL, REMOVED_PHONE, withoutContactData } from '../../qualification/understand/contact-data.js';
import type { BotEvent, ConversationState } from '../conversation.js';

/** What a turn adds to the review queue, where marketers teach the bot (README "The review queue"). */
export interface ReviewDraft {
  /** `not_understood`: nothing was read from the reply; `corrected`: a doubtful reading was corrected with a button. */
  kind: 'not_understood' | 'corrected';
  criterionId: string;
  /** The visitor's words, contact data removed whatever the consent: the queue needs none. */
  text: string;
  /** The words as a synonym would be written: grouped on, and added to the definition as they are. */
  phrase: string;
}

/** Long messages are cut like free-text answers: the queue is for phrases, not essays. */
const TEXT_MAX = 500;

/**
 * Lower case in the locale, punctuation between words and around them gone, one space between
 * words; letters keep their accents ("sähköasennus" stays readable when added as a synonym).
 * Hyphens, apostrophes, & and + inside words stay ("LVI-ala", "don't", "R&D").
 */
export function normalisePhrase(text: string, locale: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(locale)
    .replace(/[^\p{L}\p{M}\p{N}\s'’&+-]+/gu, ' ')
    .replace(/(^|\s)[-'’&+]+|[-'’&+]+(?=\s|$)/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

function draft(kind: ReviewDraft['kind'], criterionId: string, words: string, locale: string): ReviewDraft | null {
  const text = withoutContactData(words).trim().slice(0, TEXT_MAX);
  // The placeholders say where contact data was; they are no part of what the visitor meant.
  const phrase = normalisePhrase(text.replaceAll(REMOVED_EMAIL, ' ').replaceAll(REMOVED_PHONE, ' '), locale);
  return phrase ? { kind, criterionId, text, phrase } : null;
}

/**
 * The review items of one turn, from the engine's C10 events: a reply not understood is kept with
 * the words typed now; a corrected guess with the words the guess was read from (kept in the state
 * before the turn, `guess`).
 */
export function reviewDrafts(events: BotEvent[], before: ConversationState, typed: string | undefined): ReviewDraft[] {
  const drafts: ReviewDraft[] = [];
  for (const event of events) {
    let item: ReviewDraft | null = null;
    if (event.type === 'answer_not_understood' && typed !== undefined) {
      item = draft('not_understood', event.criterionId, typed, before.locale);
    } else if (event.type === 'guess_corrected' && before.guess?.criterionId === event.criterionId) {
      item = draft('corrected', event.criterionId, before.guess.text, before.locale);
    }
    if (item) drafts.push(item);
  }
  return drafts;
}

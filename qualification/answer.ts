import { z } from 'zod';

/** A typed answer value: option id (choice, yes/no as 'yes'|'no'), option ids (multi), number, email or text. */
export const AnswerValue = z.union([z.string(), z.number(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** Where an answer came from: the sales rep sees it next to the answer. */
export const AnswerSource = z.enum([
  'asked', // typed in reply to the question about this criterion
  'button', // a choice button clicked
  'volunteered', // found in a message about something else
  'model', // understood by the LLM from free text
  'previous', // given in an earlier conversation of the same visitor
  'page', // known to the host page, passed by Kysy('identify')
]);
export type AnswerSource = z.infer<typeof AnswerSource>;

export const Answer = z.object({
  criterionId: z.string(),
  value: AnswerValue,
  /** The visitor's own words the value was read from (the button label for clicks). */
  raw: z.string(),
  source: AnswerSource,
  confidence: z.number().min(0).max(1),
  at: z.iso.datetime(),
});
export type Answer = z.infer<typeof Answer>;

/** What understanding finds in one message, before it is recorded. */
export const Extraction = Answer.omit({ source: true, at: true });
export type Extraction = z.infer<typeof Extraction>;

/** At or above this, an extraction is recorded without asking the visitor to confirm. */
export const CONFIDENT = 0.75;

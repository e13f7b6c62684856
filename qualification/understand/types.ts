import type { Extraction } from '../answer.js';
import type { Locale } from '../definition/schema.js';

export interface UnderstandContext {
  locale: Locale;
  /** For time expressions ("next quarter") relative to today. */
  now: Date;
  /** The criterion the bot's last question was about: a bare "50" answers it. */
  asking: string | null;
}

/** What the visitor wants besides answering, recognised per locale. */
export type Intent =
  | 'why' // "why do you ask?"
  | 'skip' // "skip", "don't know", "rather not say"
  | 'human' // "talk to a human", "call me"
  | 'question' // a question to the company ("do you integrate with Teams?")
  | 'affirm' // yes
  | 'deny' // no
  | 'correction' // "actually …", "sorry, I meant …": the visitor corrects an earlier answer
  | 'greeting'
  | 'thanks'
  | 'abuse' // rude input
  | 'wait' // "let me think", "hetki", "vänta lite": the visitor needs a moment
  | 'empty';

export interface Understanding {
  extractions: Extraction[];
  intents: Intent[];
}

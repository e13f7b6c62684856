import type { Extraction } from '../../qualification/answer.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';

/** A question the engine may ask next, offered to the model for optional rewording. */
export interface CandidateQuestion {
  criterionId: string;
  question: string;
}

export interface ModelInput {
  /** Counters (calls, tokens, failures) are kept per conversation. */
  conversationId: string;
  definition: LeadDefinition;
  locale: Locale;
  /** The criterion the bot's last question was about. */
  asking: string | null;
  /** The visitor's free text, exactly as typed. */
  text: string;
  /** A short, bounded summary of what is known so far (never the whole history). */
  summary: string;
  /** Criteria already answered: left out of the prompt, which covers what is still open. */
  answered?: string[];
  /** Present only when wording is wanted: the questions that may come next. */
  candidates?: CandidateQuestion[];
}

export interface Wording {
  /** One short sentence acknowledging what the visitor said, in their language. */
  acknowledgement: string | null;
  /** Reworded question text per candidate criterion id; the engine still picks the criterion. */
  questions: Record<string, string>;
}

export interface ModelReading {
  /** Already validated against the definition and the visitor's own words; source 'model' when recorded. */
  extractions: Extraction[];
  wording: Wording | null;
}

/**
 * Language understanding by a model. Called at most once per visitor message, only for free text the
 * deterministic understanding could not resolve. Never rejects: on timeout or any failure it resolves to
 * no extractions, so the turn continues deterministically.
 */
export interface ModelUnderstanding {
  extract(input: ModelInput): Promise<ModelReading>;
}

export interface KnowledgeSource {
  title: string;
  url: string;
}

export interface KnowledgeAnswer {
  /** Plain text (not HTML); channels escape it like any other bot text. */
  text: string;
  sources: KnowledgeSource[];
}

/**
 * Answers a visitor's question from the company's own content. Resolves to null when nothing in the
 * content answers it (the bot then says a person will follow up). Never rejects.
 */
export interface Knowledge {
  /** `conversationId` only attributes a model call to its conversation in the counters. */
  answer(question: string, locale: Locale, conversationId?: string): Promise<KnowledgeAnswer | null>;
}

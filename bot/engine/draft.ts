import type { LeadDefinition, LocalizedText } from '../../qualification/definition/schema.js';
import type { BotEvent, ConversationState, Reply, TurnResult } from '../conversation.js';
import type { Copy } from '../../qualification/locales/copy.js';
import { copyFor } from '../../qualification/locales/index.js';

/**
 * The working copy of one turn: steps append replies and events and change the state, then
 * `finish` hands back a TurnResult. The caller's state is cloned, never changed.
 */
export interface Draft {
  readonly definition: LeadDefinition;
  readonly now: Date;
  readonly copy: Copy;
  state: ConversationState;
  replies: Reply[];
  events: BotEvent[];
}

export function openDraft(definition: LeadDefinition, state: ConversationState, now: Date): Draft {
  return { definition, now, copy: copyFor(state.locale), state: structuredClone(state), replies: [], events: [] };
}

export function finish(draft: Draft): TurnResult {
  return { replies: draft.replies, state: draft.state, events: draft.events };
}

export function say(draft: Draft, ...lines: string[]): void {
  const text = lines.filter((line) => line.length > 0).join(' ');
  if (text) draft.replies.push({ text });
}

/** The text in the conversation's locale, else the definition's default, else any. */
export function localized(draft: Pick<Draft, 'definition' | 'state'>, text: LocalizedText): string {
  return text[draft.state.locale] ?? text[draft.definition.defaultLocale] ?? Object.values(text)[0] ?? '';
}

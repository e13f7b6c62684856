import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import type { ConversationState } from '../conversation.js';
import { readingAsking, readingFor, readMessage } from './reading.js';
import { begin, turn } from './turn.js';

const definition = exampleDefinition();
const now = new Date('2026-11-23T09:00:00.000Z');

function askingCompanySize(): ConversationState {
  const started = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now).state;
  return turn(definition, started, { choice: 'hvac' }, now).state;
}

describe('reading a typed message once', () => {
  it('reads against the question in the air, the value awaiting a yes, and nothing while a person talks', () => {
    const state = askingCompanySize();
    expect(readingAsking(state)).toBe('company_size');
    expect(readingAsking({ ...state, asking: 'consent' })).toBeNull();
    expect(readingAsking({ ...state, pending: { criterionId: 'country', value: 'sweden', raw: 'Malmö', confidence: 0.6 } })).toBe('country');
    expect(readingAsking({ ...state, humanActive: true })).toBeNull();
  });

  it('hands back the earlier reading of the same message in the same context', () => {
    const state = askingCompanySize();
    const earlier = readMessage(definition, state, 'about 50', now);
    expect(earlier.extractions).toMatchObject([{ criterionId: 'company_size', value: 50 }]);
    expect(readingFor(earlier, definition, state, 'about 50', new Date(now))).toBe(earlier);
  });

  it('reads afresh when the question, language, text or instant moved on since', () => {
    const state = askingCompanySize();
    const earlier = readMessage(definition, state, 'about 50', now);
    const moved = { ...state, asking: 'country' };
    const fresh = readingFor(earlier, definition, moved, 'about 50', now);
    expect(fresh).not.toBe(earlier);
    expect(fresh.asking).toBe('country');
    expect(readingFor(earlier, definition, { ...state, locale: 'fi' }, 'about 50', now)).not.toBe(earlier);
    expect(readingFor(earlier, definition, state, 'about 60', now).extractions).toMatchObject([{ value: 60 }]);
    expect(readingFor(earlier, definition, state, 'about 50', new Date(now.getTime() + 1))).not.toBe(earlier);
  });

  it('the turn takes the reading it is given instead of understanding the message again', () => {
    const state = askingCompanySize();
    const reading = readMessage(definition, state, 'about 50', now);
    const asIs = turn(definition, state, { text: 'about 50' }, now, { reading });
    expect(asIs.state.answers.company_size?.value).toBe(50);
    // A reading that (for the test's sake) found nothing: had the turn read the message again, 50 would be recorded.
    const blind = turn(definition, state, { text: 'about 50' }, now, { reading: { ...reading, extractions: [] } });
    expect(blind.state.answers.company_size).toBeUndefined();
  });
});

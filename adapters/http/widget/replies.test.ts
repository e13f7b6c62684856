import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { StartReply, TranscriptReply, TurnReply } from '../routes/public-schemas.js';
import { isPushed, isStarted, isTranscript, isTurn } from './replies.js';

// The widget checks replies by hand to stay small; here each check must agree with the server's own
// zod schema of that reply on valid replies and on every way of breaking them.
const message = { id: 'm1', text: 'What kind of work does your company do?', choices: [{ id: 'hvac', label: 'HVAC' }], asking: 'industry' };
const state = { asking: 'industry', done: false, qualified: null };
const VISITOR = 'visitor-0123456789abcdef';

const turn = { messages: [message, { id: 'm2', text: 'Thanks!' }], state };
const started = { ...turn, conversationId: 'c1', visitorId: VISITOR };
const transcript = { conversationId: 'c1', messages: [{ ...message, role: 'bot' }, { id: 'v1', text: 'HVAC', role: 'visitor', asking: null }], state: { asking: null, done: true, qualified: true } };

/** The reply itself, then copies with one field removed or of the wrong type, at every level. */
function variants(valid: Record<string, unknown>): unknown[] {
  const broken: unknown[] = [valid, null, 'text', [], {}];
  const walk = (value: unknown, replace: (next: unknown) => unknown) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, (next) => replace(value.map((v, j) => (j === i ? next : v)))));
    else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const without = { ...(value as Record<string, unknown>) };
        delete without[key];
        broken.push(replace(without));
        for (const wrong of [42, 'wrong-value-0123456789', null, [], { a: 1 }, true]) broken.push(replace({ ...(value as object), [key]: wrong }));
        walk((value as Record<string, unknown>)[key], (next) => replace({ ...(value as object), [key]: next }));
      }
    }
  };
  walk(valid, (next) => next);
  return broken;
}

describe.each([
  ['a turn', isTurn, TurnReply, turn],
  ['a started conversation', isStarted, StartReply, started],
  ['a transcript', isTranscript, TranscriptReply, transcript],
] as Array<[string, (value: unknown) => boolean, z.ZodType, Record<string, unknown>]>)('the widget check of %s', (_name, check, schema, valid) => {
  it('accepts what the server schema accepts and refuses what it refuses', () => {
    const cases = variants(valid);
    expect(cases.length).toBeGreaterThan(40);
    const disagreements = cases.filter((value) => check(value) !== schema.safeParse(value).success);
    expect(disagreements).toEqual([]);
    expect(check(valid)).toBe(true);
  });
});

describe('a pushed live message', () => {
  it('must be a bot or rep message with an id and text', () => {
    expect(isPushed({ id: 'r1', role: 'rep', text: 'Hi, Anna here.' })).toBe(true);
    expect(isPushed({ id: 'r1', role: 'visitor', text: 'Hi' })).toBe(false);
    expect(isPushed({ id: 'r1', role: 'rep' })).toBe(false);
    expect(isPushed(null)).toBe(false);
  });
});

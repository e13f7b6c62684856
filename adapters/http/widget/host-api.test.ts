import { describe, expect, it } from 'vitest';
import { cleanKnown, createHostEvents, installHostApi } from './host-api.js';

function recorder() {
  const calls: unknown[][] = [];
  return {
    calls,
    commands: {
      identify: (known: unknown) => calls.push(['identify', known]),
      open: () => calls.push(['open']),
      close: () => calls.push(['close']),
      start: (greeting: string | undefined) => calls.push(['start', greeting]),
    },
  };
}

describe("window.Kysy, the host page's API", () => {
  it('runs what the snippet queued before the script loaded, in order, then each call as it comes', () => {
    const target: { Kysy?: unknown } = {};
    // The snippet's stub, as the README gives it.
    const stub = function (...args: unknown[]) {
      (((stub as unknown as { q?: unknown[] }).q ??= []) as unknown[]).push(args);
    };
    target.Kysy = stub;
    stub('identify', { email: ' anna@example.fi ' });
    stub('start', { greeting: 'pricing' });
    const { calls, commands } = recorder();
    installHostApi(target, commands, createHostEvents());
    expect(calls).toEqual([
      ['identify', { email: 'anna@example.fi' }],
      ['start', 'pricing'],
    ]);
    (target.Kysy as (...a: unknown[]) => void)('open');
    (target.Kysy as (...a: unknown[]) => void)('close');
    (target.Kysy as (...a: unknown[]) => void)('no-such-command');
    expect(calls.slice(2)).toEqual([['open'], ['close']]);
  });

  it("hands events to the page's handlers; a handler that throws stops neither the others nor the chat", async () => {
    const target: { Kysy?: unknown } = {};
    const events = createHostEvents();
    installHostApi(target, recorder().commands, events);
    const got: unknown[] = [];
    const kysy = target.Kysy as (...a: unknown[]) => void;
    kysy('on', 'decision', () => {
      throw new Error('page bug');
    });
    kysy('on', 'decision', (e: unknown) => got.push(e));
    kysy('on', 'nonsense', () => got.push('never'));
    const thrown = new Promise((resolve) => process.once('uncaughtException', resolve));
    events.emit('decision', { qualified: true });
    expect(got).toEqual([{ qualified: true }]);
    expect(((await thrown) as Error).message).toBe('page bug');
  });

  it('cuts what identify sends to the shapes and sizes the API accepts', () => {
    expect(cleanKnown('nope')).toEqual({});
    expect(
      cleanKnown({ email: 42, name: 'x'.repeat(300), company: '  ', traits: { industry: 'hvac', size: 40, partner: true, tools: ['a', 1, 'b'], bad: { deep: 1 }, [`k${'x'.repeat(70)}`]: 'long key' }, extra: 'dropped' }),
    ).toEqual({ name: 'x'.repeat(200), traits: { industry: 'hvac', size: 40, partner: true, tools: ['a', 'b'] } });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The scopes each Web API method Kysy may call needs (history in DMs, public and private channels). */
const NEEDS: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.open': ['im:write'],
  'conversations.history': ['im:history', 'channels:history', 'groups:history'],
  'conversations.replies': ['im:history', 'channels:history', 'groups:history'],
  'users.info': ['users:read'],
  'views.open': [],
  'auth.test': [],
};

const dir = new URL('../../adapters/slack/', import.meta.url);
const source = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');
const manifest = parse(readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8'));

describe('slack/manifest.yml', () => {
  it('asks for exactly the scopes of the Web API methods the code calls', () => {
    const methods = [...new Set([...source.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`))];
    for (const method of methods) expect(NEEDS, `no scope listed for ${method}`).toHaveProperty([method]);
    // Bolt calls auth.test itself at start (app.init) to check the token.
    const needed = new Set([...methods, 'auth.test'].flatMap((m) => NEEDS[m] ?? []));
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('subscribes to thread messages where cards go, and sends events and interactivity to the Bolt path', () => {
    expect(source).toContain("app.event('message'");
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['message.channels', 'message.groups', 'message.im']);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true, request_url: expect.stringMatching(/\/slack\/events$/) });
  });
});

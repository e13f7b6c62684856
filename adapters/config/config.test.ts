import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAdminToken } from './admin-token.js';
import { loadConfig, publicUrl } from './config.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: { PORT: 3000, DATA_DIR: './data', WIDGET_ORIGINS: [], LOG_LEVEL: 'info', WORKERS: true },
    });
  });

  it('names every variable that has a bad value', () => {
    const result = loadConfig({ PORT: 'eighty', WIDGET_ORIGINS: 'https://a.example, not a url', LOG_LEVEL: 'loud', WORKERS: 'maybe', DATABASE_URL: 'mysql://x' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    for (const name of ['PORT', 'WIDGET_ORIGINS', 'LOG_LEVEL', 'WORKERS', 'DATABASE_URL']) {
      expect(errors.some((e) => e.startsWith(`${name} `))).toBe(true);
    }
  });

  it('normalises widget origins and treats empty variables as unset', () => {
    const result = loadConfig({ WIDGET_ORIGINS: 'https://www.example.com/, http://localhost:8080', PORT: '', WORKERS: 'off' });
    expect(result).toMatchObject({ ok: true, config: { WIDGET_ORIGINS: ['https://www.example.com', 'http://localhost:8080'], PORT: 3000, WORKERS: false } });
  });

  it('uses PUBLIC_URL as the own origin, else localhost on the bound port', () => {
    const withUrl = loadConfig({ PUBLIC_URL: 'https://bot.example.com/path' });
    const without = loadConfig({});
    if (!withUrl.ok || !without.ok) throw new Error('config should load');
    expect(publicUrl(withUrl.config, 4000)).toBe('https://bot.example.com');
    expect(publicUrl(without.config, 4000)).toBe('http://localhost:4000');
  });
});

describe('UNDERSTANDING_THREADS', () => {
  it('is one worker thread unless set; 0 reads messages on the main thread', () => {
    expect(loadConfig({})).toMatchObject({ ok: true, config: { UNDERSTANDING_THREADS: 1 } });
    expect(loadConfig({ UNDERSTANDING_THREADS: '0' })).toMatchObject({ ok: true, config: { UNDERSTANDING_THREADS: 0 } });
    expect(loadConfig({ UNDERSTANDING_THREADS: '2' })).toMatchObject({ ok: true, config: { UNDERSTANDING_THREADS: 2 } });
  });

  it.each(['-1', '1.5', 'two', '17'])('rejects %s', (bad) => {
    const result = loadConfig({ UNDERSTANDING_THREADS: bad });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^UNDERSTANDING_THREADS /)]);
  });
});

describe('RETENTION_DAYS', () => {
  it('keeps conversations without consent twelve months (365 days) by default; 0 turns the purge off', () => {
    expect(loadConfig({})).toMatchObject({ ok: true, config: { RETENTION_DAYS: 365 } });
    expect(loadConfig({ RETENTION_DAYS: '0' })).toMatchObject({ ok: true, config: { RETENTION_DAYS: 0 } });
    expect(loadConfig({ RETENTION_DAYS: '30' })).toMatchObject({ ok: true, config: { RETENTION_DAYS: 30 } });
  });

  it('refuses a negative, fractional or non-numeric number of days', () => {
    for (const bad of ['-1', '1.5', 'forever']) {
      const result = loadConfig({ RETENTION_DAYS: bad });
      expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^RETENTION_DAYS /)]);
    }
  });
});

describe('resolveAdminToken', () => {
  it('generates a token once, keeps it private, and reads it back later', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kysy-token-'));
    const first = await resolveAdminToken(dir, undefined);
    const second = await resolveAdminToken(dir, undefined);
    expect(first.source).toBe('generated');
    expect(first.token.length).toBeGreaterThanOrEqual(40);
    expect(second).toEqual({ token: first.token, source: 'file' });
    expect((await readFile(join(dir, 'admin-token'), 'utf8')).trim()).toBe(first.token);
    expect((await stat(join(dir, 'admin-token'))).mode & 0o077).toBe(0);
  });

  it('prefers ADMIN_TOKEN from the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kysy-token-'));
    expect(await resolveAdminToken(dir, 'x'.repeat(30))).toEqual({ token: 'x'.repeat(30), source: 'env' });
  });
});

describe('Slack settings', () => {
  it('are off by default and point at Slack itself', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({ ok: true, config: { SLACK_API_URL: 'https://slack.com/api/' } });
    expect(result.ok && result.config.SLACK_BOT_TOKEN).toBeFalsy();
  });

  it('need the token and the signing secret together', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(result).toEqual({ ok: false, errors: ['SLACK_SIGNING_SECRET is required when the other Slack variable is set'] });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'secret-123' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^SLACK_BOT_TOKEN /)] });
  });

  it('take another Web API URL, for a proxy or a local fake', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123', SLACK_API_URL: 'http://127.0.0.1:9000/api' });
    expect(result).toMatchObject({ ok: true, config: { SLACK_API_URL: 'http://127.0.0.1:9000/api/' } });
  });
});

describe('webhook settings', () => {
  it('need the URL and the secret together, an http(s) URL and a secret hard to guess', () => {
    expect(loadConfig({ WEBHOOK_URL: 'https://crm.example.com/kysy' })).toEqual({ ok: false, errors: ['WEBHOOK_SECRET is required when the other webhook variable is set'] });
    expect(loadConfig({ WEBHOOK_URL: 'ftp://crm.example.com/', WEBHOOK_SECRET: 'long-enough-secret-1' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^WEBHOOK_URL /)] });
    expect(loadConfig({ WEBHOOK_URL: 'https://crm.example.com/kysy', WEBHOOK_SECRET: 'short' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^WEBHOOK_SECRET /)] });
    expect(loadConfig({ WEBHOOK_URL: 'https://crm.example.com/kysy', WEBHOOK_SECRET: 'long-enough-secret-1' })).toMatchObject({ ok: true });
  });
});

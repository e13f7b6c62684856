import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageReader } from '../../bot/ports/understanding.js';
import { Locale, type LeadDefinition } from '../../qualification/definition/schema.js';
import { understand } from '../../qualification/understand/understand.js';
import type { UnderstandContext, Understanding } from '../../qualification/understand/types.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { madeUpDefinition, t } from '../../test/support/made-up-definition.js';
import { readerThreads, ReaderUnavailable } from './reader-thread.js';

const NOW = new Date('2026-01-15T10:00:00Z');
const definition = exampleDefinition();

/** Reads refused while the worker starts or learns the definition (or learns it again): the first that is not. */
async function readWhenReady(reader: MessageReader, text = 'hello', ctx: UnderstandContext = { locale: 'en', now: NOW, asking: null }, read = definition): Promise<Understanding> {
  for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 20))) {
    try {
      return await reader.read(read, text, ctx);
    } catch (error) {
      const refused = error instanceof ReaderUnavailable && /no understanding worker is running|being learned|no longer keeps/.test(error.message);
      if (!refused || Date.now() - started > 100_000) throw error;
    }
  }
}

/** A worker script of the test's own, as the reader runs one: plain JavaScript in a data: URL. */
const script = (code: string) => async () => new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads';\n${code}`)}`);

const reader = readerThreads(1, { patienceMs: 30_000 });
afterAll(() => reader.close());

describe('understanding on a worker thread', () => {
  it('refuses reads until its worker (started by the first) has learned the definition, then reads it in any object of the same content', { timeout: 120_000 }, async () => {
    const ctx: UnderstandContext = { locale: 'en', now: NOW, asking: null };
    await expect(reader.read(definition, 'hello', ctx)).rejects.toThrow(/no understanding worker is running/);
    for (let refused = 0; ; refused++) {
      const read = await reader.read(definition, 'hello', ctx).catch((error: unknown) => error);
      if (read instanceof ReaderUnavailable) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      expect(read).toEqual(understand(definition, 'hello', ctx));
      expect(refused).toBeGreaterThan(0);
      break;
    }
    // Another object of the same definition (another server's catalog) is learned already.
    expect(await reader.read(structuredClone(definition), 'hello', ctx)).toEqual(understand(definition, 'hello', ctx));
  });

  it('reads every phrase of the turns bench exactly as this thread does, asked nothing and asked its question', { timeout: 120_000 }, async () => {
    const cases = Locale.options.flatMap((locale) =>
      (JSON.parse(readFileSync(new URL(`../../bench/fixtures/phrases.${locale}.json`, import.meta.url), 'utf8')) as { asking: string | null; text: string }[]).flatMap(({ asking, text }) =>
        [...new Set([null, asking])].map((asked) => ({ text, ctx: { locale, now: NOW, asking: asked } })),
      ),
    );
    const there = await Promise.all(cases.map(({ text, ctx }) => reader.read(definition, text, ctx)));
    const here = cases.map(({ text, ctx }) => understand(definition, text, ctx));
    // Key by key and in the same order (structured clone keeps both): what the turn records is the same.
    expect(there.map((u) => JSON.stringify(u))).toEqual(here.map((u) => JSON.stringify(u)));
    expect(there.filter((u) => u.extractions.length > 0).length).toBeGreaterThan(cases.length / 2);
  });

  it('reads a date against the instant it is given', async () => {
    const ctx = { locale: 'en' as const, now: new Date('2027-03-01T09:00:00Z'), asking: 'timeline' };
    const read = await reader.read(definition, 'in about two months', ctx);
    expect(read).toEqual(understand(definition, 'in about two months', ctx));
    expect(read.extractions.map((e) => e.criterionId)).toEqual(['timeline']);
  });

  it('keeps its latest few definitions and is sent one again once it dropped it', async () => {
    const q = t('How many people?', 'Montako henkeä?', 'Hur många?', 'Ile osób?');
    const variants: LeadDefinition[] = ['employees', 'people', 'staff', 'workers', 'technicians', 'drivers', 'nurses', 'cleaners', 'guards', 'cooks'].map((unit) =>
      madeUpDefinition([{ id: 'staff', category: 'company', type: 'number', unit, question: q, why: q }]),
    );
    const ctx: UnderstandContext = { locale: 'fi', now: NOW, asking: 'staff' };
    for (const variant of variants) await expect(reader.read(variant, 'noin 40 henkeä', ctx)).rejects.toThrow(/being learned/);
    for (const variant of [...variants, ...variants]) expect(await readWhenReady(reader, 'noin 40 henkeä', ctx, variant)).toEqual(understand(variant, 'noin 40 henkeä', ctx));
  });

  it('gives a read back to its caller when the worker does not answer in time', async () => {
    const silent = readerThreads(1, { patienceMs: 200, script: script("parentPort.postMessage({ ready: true });\nparentPort.on('message', (m) => 'learn' in m && parentPort.postMessage({ learned: m.learn }));") });
    try {
      await expect(readWhenReady(silent)).rejects.toThrow(/not read within 200 ms/);
    } finally {
      await silent.close();
    }
  });

  it('replaces a worker that dies, and gives up (saying so once) after the third', async () => {
    const failures: unknown[] = [];
    const dying = readerThreads(1, { script: script("parentPort.postMessage({ ready: true });\nparentPort.on('message', (m) => ('learn' in m ? parentPort.postMessage({ learned: m.learn }) : process.exit(3)));"), onFailure: (error) => failures.push(error) });
    try {
      for (let died = 0; died < 3; died++) await expect(readWhenReady(dying)).rejects.toThrow(/exited \(3\)/);
      expect(failures).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 100));
      await expect(dying.read(definition, 'hello', { locale: 'en', now: NOW, asking: null })).rejects.toThrow(/no understanding worker is running/);
    } finally {
      await dying.close();
    }
  });

  it('says once that its worker cannot be started, and refuses every read', async () => {
    const failures: unknown[] = [];
    const broken = readerThreads(1, { script: () => Promise.reject(new Error('no bundle')), onFailure: (error) => failures.push(error) });
    try {
      for (let i = 0; i < 3; i++) {
        await expect(broken.read(definition, 'hello', { locale: 'en', now: NOW, asking: null })).rejects.toBeInstanceOf(ReaderUnavailable);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(failures).toEqual([new Error('no bundle')]);
    } finally {
      await broken.close();
    }
  });
});

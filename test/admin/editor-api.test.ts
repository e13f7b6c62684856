import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';
import { AdminClient, addUser } from './admin-client.js';

interface Draft {
  definition: LeadDefinition;
  hasDraft: boolean;
  baseVersion: number;
  publishedVersion: number;
  updatedBy: string | null;
  conflict: string | null;
}

/**
 * The real store, except that while `publishesAtOnce` is set each publish waits until that many have
 * reached the store: two requests' checks then surely run before either publishes (the race).
 */
function holdingPublishes(store: Store) {
  const held: Array<() => void> = [];
  const control = { publishesAtOnce: 0 };
  const publish: Store['publish'] = async (...args) => {
    if (control.publishesAtOnce > 0) {
      await new Promise<void>((release) => {
        held.push(release);
        if (held.length === control.publishesAtOnce) for (const go of held.splice(0)) go();
      });
    }
    return store.publish(...args);
  };
  const wrapped = new Proxy(store, { get: (target, key) => (key === 'publish' ? publish : Reflect.get(target, key)) });
  return { store: wrapped, control };
}

/** The definition with another Finnish greeting: an edit a marketer would make. */
const greeting = (d: LeadDefinition, fi: string): LeadDefinition => ({ ...d, greeting: { ...d.greeting, fi } });

describe('the shared draft: where it started, who changed it, and publishing over a newer version', () => {
  let store: Store;
  let server: TestServer;
  let maija: AdminClient;
  let erik: AdminClient;
  let v1: LeadDefinition;
  let race: { publishesAtOnce: number };

  beforeAll(async () => {
    store = await pgliteStore();
    const held = holdingPublishes(store);
    race = held.control;
    server = await startTestServer(held.store);
    await addUser(store, 'maija@fieldwise.example', 'marketer');
    await addUser(store, 'erik@fieldwise.example', 'marketer');
    maija = new AdminClient(server.url);
    erik = new AdminClient(server.url);
    await maija.signIn('maija@fieldwise.example');
    await erik.signIn('erik@fieldwise.example');
    v1 = (await store.published())!.definition;
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const draft = async (client = maija) => (await (await client.call('GET', '/api/admin/definition/draft')).json()) as Draft;
  const publish = (body: { definition: unknown; note?: string; baseVersion?: number }, client = maija) => client.call('POST', '/api/admin/definition/publish', body);
  const rollBack = async (to: number) => {
    const response = await erik.post(`/admin/versions/${to}/rollback`, { note: 'the new greeting confused people' });
    expect(response.status).toBe(303);
    return Number(/published=(\d+)/.exec(response.headers.get('location') ?? '')?.[1]);
  };
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

  it('refuses to publish what is already live', async () => {
    const response = await publish({ definition: v1, baseVersion: 1 });
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toEqual({ code: 'conflict', message: 'Nothing to publish: this is the same as the live version 1.' });
    expect(await store.publishedVersion()).toBe(1);
  });

  it('keeps the version a draft started from, whoever saves it later, and says who changed it last', async () => {
    expect(await draft()).toMatchObject({ hasDraft: false, baseVersion: 1, publishedVersion: 1, updatedBy: null, conflict: null });
    expect((await maija.call('PUT', '/api/admin/definition/draft', { definition: greeting(v1, 'Moi!'), baseVersion: 1 })).status).toBe(200);
    // Version 2 goes live from elsewhere (the file at a restart, automation) while the draft is open.
    await store.publish(greeting(v1, 'Tervehdys!'), 'automation', 'from the file');
    // Erik saves the same draft without saying where it started: it still started from version 1.
    const saved = await erik.call('PUT', '/api/admin/definition/draft', { definition: greeting(v1, 'Moikka!') });
    expect(await saved.json()).toMatchObject({ updatedBy: 'erik@fieldwise.example', baseVersion: 1 });
    expect(await draft()).toMatchObject({ hasDraft: true, baseVersion: 1, publishedVersion: 2, updatedBy: 'erik@fieldwise.example' });
    expect((await draft()).conflict).toContain('Version 2 went live after this draft started from version 1');

    const refused = await publish({ definition: greeting(v1, 'Moikka!'), note: 'friendlier' });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/^Version 2 went live after this draft started from version 1 \(automation, .* UTC: from the file\)\. Publishing the draft would undo it\./);
    // Keeping the draft on top of version 2 is a choice someone makes; then it publishes.
    await maija.call('PUT', '/api/admin/definition/draft', { definition: greeting(v1, 'Moikka!'), baseVersion: 2 });
    expect((await draft()).conflict).toBeNull();
    const published = await publish({ definition: greeting(v1, 'Moikka!'), note: 'friendlier' });
    expect(published.status).toBe(201);
    expect(await draft()).toMatchObject({ hasDraft: false, baseVersion: 3, publishedVersion: 3 });
  });

  it('never publishes an older draft over a rollback (no silent undo)', async () => {
    // Maija starts a draft on version 3; Erik rolls back to version 2 (as version 4) meanwhile.
    await maija.call('PUT', '/api/admin/definition/draft', { definition: greeting(v1, 'Moikka! Miten voin auttaa?'), baseVersion: 3 });
    const rolledBack = await rollBack(2);
    expect(rolledBack).toBe(4);
    expect((await draft()).conflict).toContain('Rollback to version 2: the new greeting confused people');
    const refused = await publish({ definition: greeting(v1, 'Moikka! Miten voin auttaa?'), note: 'more help', baseVersion: 3 });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toContain('Version 4 went live after this draft started from version 3');
    expect(await store.publishedVersion()).toBe(4);
    expect((await store.published())!.definition.greeting.fi).toBe('Tervehdys!');
    // An editor that never saved a draft is held to the version it opened just the same.
    await maija.call('DELETE', '/api/admin/definition/draft');
    expect((await publish({ definition: greeting(v1, 'Hei taas!'), baseVersion: 3 })).status).toBe(409);
  });

  it('lets a draft through when the versions since it say the same as where it started', async () => {
    // Draft on version 4; version 5 changes the greeting, version 6 rolls back to 4: nothing of 5 is lost.
    await maija.call('PUT', '/api/admin/definition/draft', { definition: greeting(v1, 'Hyvää päivää!'), baseVersion: 4 });
    await store.publish(greeting(v1, 'Päivää!'), 'automation', 'from the file');
    expect(await rollBack(4)).toBe(6);
    expect((await draft()).conflict).toBeNull();
    expect((await publish({ definition: greeting(v1, 'Hyvää päivää!'), note: 'formal' })).status).toBe(201);
  });

  it('of two colleagues publishing on top of the live version at the same moment, one goes live and the other gets a readable 409', async () => {
    const live = await store.publishedVersion();
    race.publishesAtOnce = 2;
    const [a, b] = await Promise.all([
      publish({ definition: greeting(v1, 'Hei Maijalta!'), note: 'maija', baseVersion: live! }),
      publish({ definition: greeting(v1, 'Hei Erikiltä!'), note: 'erik', baseVersion: live! }, erik),
    ]).finally(() => (race.publishesAtOnce = 0));
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const refused = a.status === 409 ? a : b;
    expect(await errorOf(refused)).toMatchObject({ code: 'conflict', message: expect.stringContaining(`Version ${live! + 1} went live after this draft started from version ${live}`) });
    expect(await store.publishedVersion()).toBe(live! + 1);
  });

  it('does not roll back over a version published after the rollback was confirmed', async () => {
    const live = (await store.publishedVersion())!;
    await store.publish(greeting(v1, 'Hei, uusi versio!'), 'automation', 'from the file');
    const refused = await erik.post('/admin/versions/1/rollback', { note: 'too late', live: String(live) });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(`Version ${live + 1} went live after you confirmed this rollback (version ${live} was live then). Nothing was rolled back`);
    expect(await store.publishedVersion()).toBe(live + 1);
    const confirmed = await erik.post('/admin/versions/1/rollback', { note: 'looked at it', live: String(live + 1) });
    expect(confirmed.status).toBe(303);
    expect(await store.publishedVersion()).toBe(live + 2);
  });

  it('publishes for automation that sends no base version while no draft is open', async () => {
    expect((await draft()).hasDraft).toBe(false);
    const response = await publish({ definition: greeting(v1, 'Tervetuloa!'), note: 'script' });
    expect(response.status).toBe(201);
  });
});

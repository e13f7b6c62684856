import { describe, expect, it } from 'vitest';
import { serverForSuite, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';
import { type AdminClient, signedInUser } from './admin-client.js';
import { startConversation } from './public-visitor.js';

interface Queue {
  groups: Array<{ criterionId: string; locale: string; phrase: string; count: number; chosen: Array<{ value: unknown; count: number; label: string }>; options: Array<{ id: string; label: string }> }>;
  weekly: { weeks: string[]; rows: Array<{ criterionId: string; counts: number[] }> };
}

const PHRASE = 'lifts and escalators mostly';

describe('the review queue over the admin API', () => {
  let server: TestServer;
  let marketer: AdminClient;
  let analyst: AdminClient;

  serverForSuite(pgliteStore, async (kysy) => {
    ({ server } = kysy);
    marketer = await signedInUser(kysy, 'maija@fieldwise.example', 'marketer');
    analyst = await signedInUser(kysy, 'antti@fieldwise.example', 'analyst');
  });

  const queue = async (client: AdminClient) => {
    const response = await client.call('GET', '/api/admin/review');
    expect(response.status).toBe(200);
    return (await response.json()) as Queue;
  };

  it('collects replies not understood, grouped with what was finally chosen, for every role to read', async () => {
    const first = await startConversation(server.url, 'en');
    const reply = await first.say({ text: 'Lifts and escalators mostly!' });
    expect(reply.at(-1)?.asking).toBe('industry');
    await first.say({ choice: 'facility_maintenance' });
    const second = await startConversation(server.url, 'en');
    await second.say({ text: 'lifts and ESCALATORS mostly' });
    const third = await startConversation(server.url, 'en');
    await third.say({ text: 'we <b>fix</b> odd things, boss@lifts.example' });
    const fourth = await startConversation(server.url, 'en');
    await fourth.say({ text: 'Elevators, that kind of stuff' });

    const { groups, weekly } = await queue(analyst);
    const lifts = groups.find((g) => g.phrase === PHRASE);
    expect(lifts).toMatchObject({ criterionId: 'industry', locale: 'en', count: 2, chosen: [{ value: 'facility_maintenance', count: 1, label: expect.any(String) }] });
    expect(lifts?.options.map((o) => o.id)).toContain('facility_maintenance');
    expect(groups.map((g) => g.phrase)).toContain('we b fix b odd things');
    expect(JSON.stringify(groups)).not.toContain('boss@lifts.example');
    expect(weekly.weeks).toHaveLength(8);
    expect(weekly.rows).toEqual([{ criterionId: 'industry', counts: [0, 0, 0, 0, 0, 0, 0, 4] }]);
  });

  it('gives the page the teaching buttons only for those who may edit', async () => {
    expect(await (await analyst.get('/admin/review')).text()).toContain('data-can-edit="false"');
    expect(await (await marketer.get('/admin/review')).text()).toContain('data-can-edit="true"');
  });

  it('lets only marketers and admins teach or ignore, and refuses bad requests readably', async () => {
    const teach = { criterionId: 'industry', locale: 'en', phrase: PHRASE, optionId: 'facility_maintenance' };
    expect((await analyst.call('POST', '/api/admin/review/teach', teach)).status).toBe(403);
    expect((await analyst.call('POST', '/api/admin/review/ignore', teach)).status).toBe(403);
    const bad = await marketer.call('POST', '/api/admin/review/teach', { ...teach, locale: 'de' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('locale');
    const unknown = await marketer.call('POST', '/api/admin/review/teach', { ...teach, optionId: 'lifts' });
    expect(unknown.status).toBe(409);
    expect((await queue(marketer)).groups.some((g) => g.phrase === PHRASE)).toBe(true);
  });

  it('"means option X" adds the phrase to the draft (once), the preview understands it, and the group leaves the queue', async () => {
    const teach = { criterionId: 'industry', locale: 'en', phrase: PHRASE, optionId: 'facility_maintenance' };
    const taught = await marketer.call('POST', '/api/admin/review/teach', teach);
    expect(taught.status).toBe(200);
    expect(await taught.json()).toMatchObject({ added: true, settled: 2, draftErrors: [] });
    expect((await queue(marketer)).groups.some((g) => g.phrase === PHRASE)).toBe(false);

    const draft = (await (await marketer.call('GET', '/api/admin/definition/draft')).json()) as { definition: { criteria: Array<{ id: string; options?: Array<{ id: string; synonyms: Record<string, string[]> }> }> }; hasDraft: boolean };
    expect(draft.hasDraft).toBe(true);
    const option = draft.definition.criteria.find((c) => c.id === 'industry')?.options?.find((o) => o.id === 'facility_maintenance');
    expect(option?.synonyms.en?.filter((s) => s === PHRASE)).toHaveLength(1);

    const again = await marketer.call('POST', '/api/admin/review/teach', teach);
    expect(await again.json()).toMatchObject({ added: false, settled: 0 });

    const start = (await (await marketer.call('POST', '/api/admin/definition/preview/start', { definition: draft.definition, locale: 'en' })).json()) as { state: unknown };
    const turn = await marketer.call('POST', '/api/admin/definition/preview/turn', { definition: draft.definition, state: start.state, input: { text: 'Lifts and escalators mostly' } });
    expect(((await turn.json()) as { recorded: Array<{ criterionId: string; value: unknown }> }).recorded).toContainEqual(
      expect.objectContaining({ criterionId: 'industry', value: 'facility_maintenance' }),
    );
  });

  it('teaches the words the marketer trimmed the phrase to, into the same draft', async () => {
    const group = { criterionId: 'industry', locale: 'en', phrase: 'elevators that kind of stuff' };
    const taught = await marketer.call('POST', '/api/admin/review/teach', { ...group, optionId: 'facility_maintenance', synonym: ' Elevators ' });
    expect(await taught.json()).toMatchObject({ added: true, settled: 1, synonym: 'elevators' });
    const draft = (await (await marketer.call('GET', '/api/admin/definition/draft')).json()) as { definition: { criteria: Array<{ id: string; options?: Array<{ id: string; synonyms: Record<string, string[]> }> }> } };
    const synonyms = draft.definition.criteria.find((c) => c.id === 'industry')?.options?.find((o) => o.id === 'facility_maintenance')?.synonyms.en;
    expect(synonyms?.slice(-2)).toEqual([PHRASE, 'elevators']);
  });

  it('"ignore" hides a group, and the weekly counts still include it', async () => {
    const ignored = await marketer.call('POST', '/api/admin/review/ignore', { criterionId: 'industry', locale: 'en', phrase: 'we b fix b odd things' });
    expect(await ignored.json()).toEqual({ settled: 1 });
    const { groups, weekly } = await queue(marketer);
    expect(groups).toEqual([]);
    expect(weekly.rows[0]?.counts.at(-1)).toBe(4);
  });
});

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKnowledge, type RunningKnowledge } from '../../adapters/knowledge/index.js';
import type { SyncResult } from '../../adapters/knowledge/index-sync.js';
import type { Store } from '../../adapters/store/index.js';
import { pgliteStore, postgresAvailable, postgresStore } from '../support/stores.js';

const KNOWLEDGE = new URL('../../knowledge/', import.meta.url).pathname;

const databases = [
  { name: 'PGlite', open: () => pgliteStore(), available: true },
  { name: 'PostgreSQL', open: () => postgresStore(), available: postgresAvailable() },
];

for (const { name, open, available } of databases) describe.skipIf(!available)(`knowledge on ${name}`, () => {
  let db: Store;
  let folder: string;
  let running: RunningKnowledge;
  // The watcher may index a change before the test's own reindex() does; both count.
  const indexed: SyncResult[] = [];
  const indexedSince = (mark: number) =>
    indexed.slice(mark).reduce((sum, r) => ({ changed: sum.changed + r.changed, removed: sum.removed + r.removed }), { changed: 0, removed: 0 });

  beforeAll(async () => {
    db = await open();
    folder = await mkdtemp(join(tmpdir(), 'kysy-knowledge-'));
    await cp(KNOWLEDGE, folder, { recursive: true });
    running = await startKnowledge({ sql: db.sql, folder, locales: ['en', 'fi', 'sv', 'pl'], company: 'Fieldwise', fallbackLocale: 'en', watch: true, onIndexed: (r) => indexed.push(r) });
  });
  afterAll(async () => {
    running.close();
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['en', 'Do you integrate with Teams?', 'Microsoft Teams', /integrates with Microsoft Teams/],
    ['fi', 'Integroitteko Teamsin kanssa?', 'Microsoft Teams', /integroituu Microsoft Teamsiin/],
    ['fi', 'Toimiiko Fieldwise Teamsin kanssa?', 'Microsoft Teams', /integroituu Microsoft Teamsiin/],
    ['en', 'Does it work with Microsoft Teams?', 'Microsoft Teams', /integrates with Microsoft Teams/],
    ['en', 'Can technicians use it offline?', 'Mobile work orders', /offline/],
    ['en', 'Where is my data stored?', 'Where your data is stored', /inside the EU/],
    ['fi', 'Missä tietoja säilytetään?', 'Missä tietonne säilytetään', /EU:n alueella/],
    ['en', 'How much does it cost per technician?', 'Plans', /€29 per technician/],
    ['fi', 'Paljonko hinta on asentajaa kohden?', 'Paketit', /29 euroa/],
    ['sv', 'Integrerar ni med Teams?', 'Microsoft Teams', /integreras med Microsoft Teams/],
    ['sv', 'Var lagras våra data?', 'Var era data lagras', /inom EU/],
    ['pl', 'Czy integrujecie się z Teams?', 'Microsoft Teams', /integruje się z Microsoft Teams/],
    ['pl', 'Gdzie przechowujecie dane?', 'Gdzie przechowywane są dane', /na terenie UE/],
    ['pl', 'Ile kosztuje za technika?', 'Plany', /29 euro za technika/],
  ])('%s: "%s" gets the passage on %s', async (locale, question, section, text) => {
    const answer = await running.knowledge.answer(question, locale as 'en');
    expect(answer?.sources[0]?.title).toContain(section);
    expect(answer?.text).toMatch(text);
    expect(answer?.sources[0]?.url).toMatch(/^https:\/\/fieldwise\.example\/.+#/);
  });

  it('keeps the answer short', async () => {
    const answer = await running.knowledge.answer('Do you integrate with Teams?', 'en');
    expect(answer!.text.length).toBeLessThanOrEqual(360);
  });

  it.each([
    ['en', 'What is the capital of Mongolia?'],
    ['fi', 'Mikä on Mongolian pääkaupunki?'],
    ['en', '???'],
  ])('%s: "%s" finds nothing', async (locale, question) => {
    expect(await running.knowledge.answer(question, locale as 'en')).toBeNull();
  });

  it('re-indexes a changed file and forgets a removed one', async () => {
    const beforeAdd = indexed.length;
    await writeFile(
      join(folder, 'en', 'events.md'),
      '---\ntitle: Events\nurl: https://fieldwise.example/events\n---\n# Events\n\n## Trade fair\n\nMeet Fieldwise at the Nordbygg trade fair in Stockholm.\n',
    );
    await running.reindex();
    expect(indexedSince(beforeAdd)).toEqual({ changed: 1, removed: 0 });
    expect((await running.knowledge.answer('Will you be at Nordbygg?', 'en'))?.sources[0]?.title).toBe('Events: Trade fair');
    const beforeRemove = indexed.length;
    await rm(join(folder, 'en', 'events.md'));
    await running.reindex();
    expect(indexedSince(beforeRemove)).toEqual({ changed: 0, removed: 1 });
    expect(await running.knowledge.answer('Will you be at Nordbygg?', 'en')).toBeNull();
  });

  it('re-indexes on its own when a file changes', async () => {
    await writeFile(
      join(folder, 'fi', 'tapahtumat.md'),
      '---\ntitle: Tapahtumat\nurl: https://fieldwise.example/fi/tapahtumat\n---\n## Messut\n\nTapaa Fieldwise Talotekniikka-messuilla Helsingissä.\n',
    );
    await expect.poll(async () => (await running.knowledge.answer('Oletteko Talotekniikka-messuilla?', 'fi'))?.sources[0]?.title, { timeout: 5000 }).toBe(
      'Tapahtumat: Messut',
    );
  });

  it('leaves unchanged files alone', async () => {
    await running.reindex();
    expect((await running.reindex()).changed).toBe(0);
  });
});

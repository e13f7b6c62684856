import { describe, expect, it } from 'vitest';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { type DefinitionStore, type PublishedDefinition, VersionMoved } from '../ports/definitions.js';
import { createDefinitionCatalog, publishIfChanged, sameDefinition } from './definition-catalog.js';

function memoryDefinitions() {
  const rows: PublishedDefinition[] = [];
  const reads = { version: 0, published: 0 };
  const store: DefinitionStore = {
    async published() {
      reads.published++;
      return rows.at(-1) ?? null;
    },
    async publishedVersion() {
      return rows.at(-1)?.version ?? null;
    },
    async version(v) {
      reads.version++;
      return rows.find((r) => r.version === v) ?? null;
    },
    async publish(definition, author, note, expected) {
      // As the stores do it inside their transaction: refused unless the latest is still the expected one.
      const latest = rows.at(-1)?.version ?? null;
      if (expected && expected.latestVersion !== latest) throw new VersionMoved(expected.latestVersion, latest);
      const row = { version: rows.length + 1, definition, author, note, createdAt: new Date(0).toISOString() };
      rows.push(row);
      return row;
    },
  };
  return { store, rows, reads };
}

const def = (name: string) => ({ version: 1, company: { name }, locales: ['en'] }) as unknown as LeadDefinition;

describe('definition catalog', () => {
  it('publishes the seed as version 1 when nothing is published, once', async () => {
    const { store, rows } = memoryDefinitions();
    const catalog = createDefinitionCatalog(store, def('Seed'));
    expect((await catalog.current()).version).toBe(1);
    expect((await catalog.current()).version).toBe(1);
    expect(rows).toHaveLength(1);
  });

  it('publishes the seed once when instances start on an empty store at the same time', async () => {
    const { store, rows } = memoryDefinitions();
    const starts = await Promise.all([createDefinitionCatalog(store, def('Seed')).current(), createDefinitionCatalog(store, def('Seed')).current()]);
    expect(starts.map((p) => p.version)).toEqual([1, 1]);
    expect(rows).toHaveLength(1);
  });

  it('follows a later publish and keeps older versions readable', async () => {
    const { store } = memoryDefinitions();
    const catalog = createDefinitionCatalog(store, def('Seed'));
    await catalog.current();
    await store.publish(def('Next'), 'marketing', 'new questions');
    expect((await catalog.current()).definition.company.name).toBe('Next');
    expect((await catalog.version(1))?.definition.company.name).toBe('Seed');
    expect(catalog.loaded(2)?.company.name).toBe('Next');
    expect(await catalog.version(9)).toBeNull();
  });

  it('reads each version from the store only once', async () => {
    const { store, reads } = memoryDefinitions();
    await store.publish(def('A'), 'x', 'y');
    const catalog = createDefinitionCatalog(store, def('Seed'));
    await catalog.version(1);
    await catalog.version(1);
    expect(reads.version).toBe(1);
  });

  it('reads the published definition once per version, however many conversations start', async () => {
    const { store, reads } = memoryDefinitions();
    const catalog = createDefinitionCatalog(store, def('Seed'));
    for (let i = 0; i < 5; i++) await catalog.current();
    await store.publish(def('Next'), 'marketing', 'new questions');
    for (let i = 0; i < 5; i++) expect((await catalog.current()).definition.company.name).toBe('Next');
    expect(reads).toEqual({ version: 1, published: 0 });
  });
});

describe('publishIfChanged', () => {
  it('publishes only a definition that differs from the published one, whatever the key order', async () => {
    const { store, rows } = memoryDefinitions();
    expect((await publishIfChanged(store, def('A'), 'file', 'start')).changed).toBe(true);
    const reordered = { locales: ['en'], company: { name: 'A' }, version: 1 } as unknown as LeadDefinition;
    expect(sameDefinition(def('A'), reordered)).toBe(true);
    expect((await publishIfChanged(store, reordered, 'file', 'start')).changed).toBe(false);
    expect((await publishIfChanged(store, def('B'), 'file', 'start')).changed).toBe(true);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });

  it('publishes a file once when two instances start with it at the same time', async () => {
    const { store, rows } = memoryDefinitions();
    await store.publish(def('A'), 'admin', 'live');
    const results = await Promise.all([publishIfChanged(store, def('B'), 'file', 'start'), publishIfChanged(store, def('B'), 'file', 'start')]);
    expect(results.map((r) => [r.published.version, r.changed]).sort()).toEqual([[2, false], [2, true]]);
    expect(rows.map((r) => r.definition.company.name)).toEqual(['A', 'B']);
  });
});

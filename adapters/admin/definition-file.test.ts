import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../store/contract-fixtures.js';
import type { Store } from '../store/index.js';
import { pgliteStore } from '../../test/support/stores.js';
import { FILE_AUTHOR, publishDefinitionFile } from './definition-file.js';

describe('publishing the LEAD_DEFINITION file at start', () => {
  let store: Store;
  beforeAll(async () => {
    store = await pgliteStore();
  });
  afterAll(async () => store?.close());

  it('publishes the file once, keeps a version published in the admin across restarts, and takes an edited file', async () => {
    const file = definition('From the file');
    const first = await publishDefinitionFile(store, file, 'start');
    expect(first).toMatchObject({ changed: true, published: { version: 1, author: FILE_AUTHOR } });

    await store.publish(definition('Edited in the admin'), 'maija@example.com', 'new wording');
    const restart = await publishDefinitionFile(store, file, 'start');
    expect(restart).toMatchObject({ changed: false, published: { version: 2, author: 'maija@example.com' } });

    const edited = await publishDefinitionFile(store, definition('File edited by a developer'), 'start');
    expect(edited).toMatchObject({ changed: true, published: { version: 3, author: FILE_AUTHOR } });
  });

  it('publishes a changed file once when two instances start with it at the same time', async () => {
    const before = (await store.publishedVersion())!;
    const file = definition('Both instances read this file');
    const starts = await Promise.all([publishDefinitionFile(store, file, 'start'), publishDefinitionFile(store, file, 'start')]);
    expect(starts.map((s) => [s.published.version, s.changed]).sort()).toEqual([[before + 1, false], [before + 1, true]]);
    expect(await store.publishedVersion()).toBe(before + 1);
  });
});

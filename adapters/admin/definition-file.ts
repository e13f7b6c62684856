import { type DefinitionStore, type PublishedDefinition, VersionMoved } from '../../bot/ports/definitions.js';
import { sameDefinition } from '../../bot/service/definition-catalog.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { DraftStore } from '../store/definition-drafts.js';

export const FILE_AUTHOR = 'LEAD_DEFINITION';

/**
 * Publishes the LEAD_DEFINITION file when it changed since it was last published from the file.
 * Comparing with the file's own last version (not the live one) keeps what a marketer published
 * in the admin live across restarts, while an edited file still takes over.
 */
export async function publishDefinitionFile(
  store: DefinitionStore & Pick<DraftStore, 'definitionVersions'>,
  definition: LeadDefinition,
  note: string,
): Promise<{ published: PublishedDefinition; changed: boolean }> {
  const lastFromFile = (await store.definitionVersions()).find((v) => v.author === FILE_AUTHOR);
  const fileVersion = lastFromFile ? await store.version(lastFromFile.version) : null;
  const live = await store.published();
  if (live && fileVersion && sameDefinition(fileVersion.definition, definition)) return { published: live, changed: false };
  if (live && sameDefinition(live.definition, definition)) return { published: live, changed: false };
  // On top of the version compared with: instances starting at once with a new file publish it once.
  const published = await store.publish(definition, FILE_AUTHOR, note, { latestVersion: live?.version ?? null }).catch((error: unknown) => {
    if (error instanceof VersionMoved) return null;
    throw error;
  });
  return published ? { published, changed: true } : publishDefinitionFile(store, definition, note);
}

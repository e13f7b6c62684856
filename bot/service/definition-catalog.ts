import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { type DefinitionStore, type PublishedDefinition, VersionMoved } from '../ports/definitions.js';

/**
 * Published definitions by version. A version never changes once published, so each is read (and
 * validated) from the store once; only the number of the published version is asked again (`current`),
 * or checked where a conversation is saved (`lastPublished`, see the service's start), so a publish from
 * any instance takes effect without a restart.
 */
export interface DefinitionCatalog {
  /** The published version; the seed is published as the first version when there is none. */
  current(): Promise<PublishedDefinition>;
  /** What `current` last found published, without asking again (another may have been published since); undefined before it was asked. */
  lastPublished(): PublishedDefinition | undefined;
  version(version: number): Promise<PublishedDefinition | null>;
  /** Synchronous read of a version already loaded (inside a store transaction nothing may be awaited). */
  loaded(version: number): LeadDefinition | undefined;
}

export const SEED_AUTHOR = 'kysy';

export function createDefinitionCatalog(store: DefinitionStore, seed: LeadDefinition): DefinitionCatalog {
  const versions = new Map<number, PublishedDefinition>();
  let last: PublishedDefinition | undefined;
  const remember = (published: PublishedDefinition) => {
    versions.set(published.version, published);
    return published;
  };

  async function version(number: number) {
    const known = versions.get(number);
    if (known) return known;
    const stored = await store.version(number);
    return stored ? remember(stored) : null;
  }

  async function current(): Promise<PublishedDefinition> {
    const number = await store.publishedVersion();
    if (number === null) {
      // Only on an empty store: of instances (or conversations) starting at once, one seeds it.
      const seeded = await store.publish(seed, SEED_AUTHOR, 'first start: the shipped definition', { latestVersion: null }).catch(movedOn);
      if (!seeded) return current();
      return (last = remember(seeded));
    }
    const published = await version(number);
    if (!published) throw new Error(`published definition version ${number} could not be read`);
    return (last = published);
  }

  return {
    current,
    lastPublished: () => last,
    version,
    loaded(version) {
      return versions.get(version)?.definition;
    },
  };
}

/** JSON with sorted keys: a definition read back from a JSON column may have its keys reordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameDefinition(a: LeadDefinition, b: LeadDefinition): boolean {
  return canonical(a) === canonical(b);
}

/** Publishes `definition` as a new version unless it is already the published one. */
export async function publishIfChanged(
  store: DefinitionStore,
  definition: LeadDefinition,
  author: string,
  note: string,
): Promise<{ published: PublishedDefinition; changed: boolean }> {
  const current = await store.published();
  if (current && sameDefinition(current.definition, definition)) return { published: current, changed: false };
  // Published on top of what was compared: when another instance published meanwhile, compare again.
  const published = await store.publish(definition, author, note, { latestVersion: current?.version ?? null }).catch(movedOn);
  return published ? { published, changed: true } : publishIfChanged(store, definition, author, note);
}

/** Null when a publish was refused because another went live first (the caller reads again); other errors stay errors. */
function movedOn(error: unknown): null {
  if (error instanceof VersionMoved) return null;
  throw error;
}

import type { LeadDefinition } from '../../qualification/definition/schema.js';

export interface PublishedDefinition {
  version: number;
  definition: LeadDefinition;
  author: string;
  note: string;
  createdAt: string;
}

export interface DefinitionStore {
  published(): Promise<PublishedDefinition | null>;
  /** The number of the published version, without reading the definition itself (asked at every new conversation). */
  publishedVersion(): Promise<number | null>;
  version(version: number): Promise<PublishedDefinition | null>;
  /**
   * Publishes the next version. With `expected`, only while the latest version is still
   * `expected.latestVersion` (null: none yet), checked inside the publishing transaction, so of two
   * publishes made on top of the same version exactly one goes live; the other throws `VersionMoved`.
   */
  publish(definition: LeadDefinition, author: string, note: string, expected?: { latestVersion: number | null }): Promise<PublishedDefinition>;
}

/** A publish made on top of a version that is no longer the latest: someone else published first. */
export class VersionMoved extends Error {
  constructor(
    readonly expectedVersion: number | null,
    readonly latestVersion: number | null,
  ) {
    super(`version ${latestVersion} is live, not ${expectedVersion ?? 'none'}`);
    this.name = 'VersionMoved';
  }
}

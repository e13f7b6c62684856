import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { UnderstandContext, Understanding } from '../../qualification/understand/types.js';

/**
 * What the main thread sends a worker: a definition to learn, under a digest of its content (`key`),
 * once; then messages to read against it. Everything crosses by structured clone, which keeps a Date a
 * Date and the order of keys.
 */
export type ReaderRequest = { learn: string; definition: LeadDefinition } | { id: number; key: string; text: string; ctx: UnderstandContext };

export type ReaderReply =
  | { id: number; understanding: Understanding }
  /** The worker keeps only its latest few definitions: this one must be learned again. */
  | { id: number; missing: true }
  | { id: number; error: string }
  /** The definition is compiled for each of its locales: reading against it is quick from now on. */
  | { learned: string }
  | { ready: true };

import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { Random } from '../ports/runtime.js';

/** FNV-1a: a small, stable hash, so a visitor lands in the same arm on every visit and instance. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * For each criterion with question variants, the arm this visitor sees: the plain question (absent
 * from the map) or one variant id, in equal shares.
 */
export function assignVariants(definition: LeadDefinition, visitorId: string): Record<string, string> {
  const variants: Record<string, string> = {};
  for (const criterion of definition.criteria) {
    if (criterion.variants.length === 0) continue;
    const arm = hash(`${visitorId}:${criterion.id}`) % (criterion.variants.length + 1);
    const variant = criterion.variants[arm - 1];
    if (variant) variants[criterion.id] = variant.id;
  }
  return variants;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 24 symbols of 6 bits: 144 random bits, unguessable with a cryptographic Random. */
export function newVisitorId(random: Random): string {
  let id = '';
  for (let i = 0; i < 24; i++) id += ALPHABET[Math.floor(random.next() * ALPHABET.length)];
  return id;
}

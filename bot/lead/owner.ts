import type { LeadDefinition, Owner } from '../../qualification/definition/schema.js';

/**
 * Who a lead belongs to: its routed owner while the definition still has them, else the default owner,
 * else the first one (a definition always has at least one owner).
 */
export function ownerOf(definition: LeadDefinition, ownerId: string | null): Owner {
  const owners = definition.routing.owners;
  const owner = owners.find((o) => o.id === ownerId) ?? owners.find((o) => o.id === definition.routing.defaultOwner) ?? owners[0];
  if (!owner) throw new Error('the definition has no owners');
  return owner;
}

import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { ownerOf } from './owner.js';

const definition = exampleDefinition();

describe('the owner of a lead', () => {
  it('is its routed owner while the definition has them', () => {
    expect(ownerOf(definition, 'erik').id).toBe('erik');
  });

  it('falls back to the default owner for an owner the definition no longer has, or none', () => {
    expect(ownerOf(definition, 'gone').id).toBe('anna');
    expect(ownerOf(definition, null).id).toBe('anna');
  });

  it('falls back to the first owner when the default is not among them', () => {
    const odd = { ...definition, routing: { ...definition.routing, defaultOwner: 'nobody' } };
    expect(ownerOf(odd, null).id).toBe(definition.routing.owners[0]!.id);
  });
});

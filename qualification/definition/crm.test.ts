import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { validateDefinition } from './parse.js';

function withCrm(crm: unknown) {
  return validateDefinition({ ...exampleDefinition(), crm });
}

describe('crm.hubspot in the definition', () => {
  it('fills what a mapping leaves out with HubSpot’s defaults', () => {
    const result = withCrm({ hubspot: { owners: { anna: '123' } } });
    expect(result.ok && result.definition.crm?.hubspot).toEqual({
      properties: { contact: {}, company: {}, deal: {} },
      deal: { pipeline: 'default', stage: 'appointmentscheduled', wonStage: 'closedwon', lostStage: 'closedlost' },
      owners: { anna: '123' },
      lifecycleStage: { salesReady: 'salesqualifiedlead', nurture: 'marketingqualifiedlead' },
    });
  });

  it('names each wrong reference: an unknown criterion, an unknown owner, a property Kysy sets itself', () => {
    const result = withCrm({
      hubspot: { properties: { contact: { favourite_colour: 'colour', role: 'email' } }, owners: { ghost: '1', anna: '2' } },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'crm.hubspot.properties.contact.favourite_colour: "favourite_colour" is not a criterion id',
      'crm.hubspot.properties.contact.role: Kysy sets email itself; map the criterion to another property',
      'crm.hubspot.owners.ghost: "ghost" is not one of the owners (anna, erik, kasia, mikko)',
    ]);
  });

  it('refuses malformed ids with the path in the message', () => {
    const result = withCrm({ hubspot: { owners: { anna: 'Anna Virtanen' }, deal: { stage: 'closed won' }, pipelines: {} } });
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors.join('\n') : '';
    expect(errors).toMatch(/crm\.hubspot\.owners\.anna.*HubSpot owner id/);
    expect(errors).toMatch(/crm\.hubspot\.deal\.stage.*pipeline or stage id/);
    expect(errors).toMatch(/crm\.hubspot.*pipelines/);
  });
});

import { z } from 'zod';

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case');
/** HubSpot's internal names: what its property settings show as "internal name". */
const PropertyName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a HubSpot internal property name (lower case letters, digits, _)');
/** Pipeline and stage ids: `default`, `closedwon`, or the digits HubSpot gives custom ones. */
const PipelineId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be a HubSpot pipeline or stage id (letters, digits, _ or -)');

/** Criterion id → the HubSpot property its answer is written to. */
const PropertyMap = z.record(Id, PropertyName);

/**
 * Where a lead goes in HubSpot (`crm.hubspot` in the definition). Everything has a default that fits
 * a new HubSpot account: the default sales pipeline and its stage ids.
 */
export const HubSpotMapping = z.strictObject({
  properties: z
    .strictObject({ contact: PropertyMap.default({}), company: PropertyMap.default({}), deal: PropertyMap.default({}) })
    .prefault({}),
  deal: z
    .strictObject({
      pipeline: PipelineId.default('default'),
      /** The stage a sales-ready lead's new deal starts in. */
      stage: PipelineId.default('appointmentscheduled'),
      wonStage: PipelineId.default('closedwon'),
      lostStage: PipelineId.default('closedlost'),
    })
    .prefault({}),
  /** The definition's owner id → HubSpot owner id (Settings → Users: the number in a user's owner URL). */
  owners: z.record(Id, z.string().regex(/^\d+$/, 'must be a HubSpot owner id (digits)')).default({}),
  lifecycleStage: z
    .strictObject({ salesReady: PropertyName.default('salesqualifiedlead'), nurture: PropertyName.default('marketingqualifiedlead') })
    .prefault({}),
});
export type HubSpotMapping = z.infer<typeof HubSpotMapping>;

export const Crm = z.strictObject({ hubspot: HubSpotMapping.optional() });

/** Properties Kysy writes itself: a mapping may not take them over. */
const OWN_PROPERTIES = {
  contact: ['email', 'firstname', 'lastname', 'company', 'lifecyclestage'],
  company: ['domain', 'name'],
  deal: ['dealname', 'pipeline', 'dealstage', 'hubspot_owner_id', 'amount', 'closedate', 'kysy_lead_id'],
} as const;

/** References a schema cannot see: criteria and owners the mapping names must exist. */
export function checkHubSpotMapping(mapping: HubSpotMapping, criterionIds: string[], ownerIds: string[]): string[] {
  const errors: string[] = [];
  for (const object of ['contact', 'company', 'deal'] as const) {
    for (const [criterion, property] of Object.entries(mapping.properties[object])) {
      const at = `crm.hubspot.properties.${object}.${criterion}`;
      if (!criterionIds.includes(criterion)) errors.push(`${at}: "${criterion}" is not a criterion id`);
      if ((OWN_PROPERTIES[object] as readonly string[]).includes(property)) errors.push(`${at}: Kysy sets ${property} itself; map the criterion to another property`);
    }
  }
  for (const owner of Object.keys(mapping.owners)) {
    if (!ownerIds.includes(owner)) errors.push(`crm.hubspot.owners.${owner}: "${owner}" is not one of the owners (${ownerIds.join(', ')})`);
  }
  return errors;
}

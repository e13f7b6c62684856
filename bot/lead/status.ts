import { z } from 'zod';

/** Where a lead is in sales' hands: open → handed_off → accepted | rejected; accepted → won | lost. */
export const LeadStatus = z.enum(['open', 'handed_off', 'accepted', 'rejected', 'won', 'lost']);
export type LeadStatus = z.infer<typeof LeadStatus>;

import { describe, expect, it } from 'vitest';
import { withoutContactData } from './contact-data.js';

describe('contact details are taken out of what a visitor typed', () => {
  it.each([
    ['mail me at anna.virtanen@lampopiste.fi please', 'mail me at [email removed] please'],
    ['sähköposti: pekka@firma.fi, puh 040 123 4567', 'sähköposti: [email removed], puh [phone removed]'],
    ['ring mig på +46 70-123 45 67', 'ring mig på [phone removed]'],
    ['mój numer to +48 601 234 567.', 'mój numer to [phone removed].'],
    ['call 0401234567 or 00358401234567', 'call [phone removed] or [phone removed]'],
  ])('%s', (typed, kept) => {
    expect(withoutContactData(typed)).toBe(kept);
  });

  it.each(['we are 120 people', 'about 1 200 employees', 'budget 12 000 000 EUR', 'within 0-3 months', 'Dynamics 365, since 2019', 'Q3 2026'])(
    'leaves numbers that are not phone numbers alone: %s',
    (typed) => {
      expect(withoutContactData(typed)).toBe(typed);
    },
  );
});

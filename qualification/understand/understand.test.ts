import { describe, expect, it } from 'vitest';
import { LeadDefinition } from '../definition/schema.js';
import { understand } from './understand.js';

const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Test' },
  locales: ['en', 'fi'],
  defaultLocale: 'en',
  greeting: { en: 'Hi', fi: 'Hei' },
  criteria: [
    { id: 'has_vans', category: 'company', type: 'yes_no', question: { en: 'Vans?', fi: 'Autoja?' }, why: { en: 'w', fi: 'w' } },
    { id: 'size', category: 'company', type: 'number', unit: 'employees', question: { en: 'How many?', fi: 'Montako?' }, why: { en: 'w', fi: 'w' } },
    {
      id: 'trade',
      category: 'company',
      type: 'choice',
      question: { en: 'Trade?', fi: 'Ala?' },
      why: { en: 'w', fi: 'w' },
      options: [
        { id: 'hvac', label: { en: 'HVAC', fi: 'LVI' } },
        { id: 'plumbing', label: { en: 'Plumbing', fi: 'Putkityöt' } },
      ],
    },
    { id: 'name', category: 'contact', type: 'text', question: { en: 'Name?', fi: 'Nimi?' }, why: { en: 'w', fi: 'w' } },
    { id: 'work_email', category: 'contact', type: 'email', question: { en: 'Work email?', fi: 'Työsähköposti?' }, why: { en: 'w', fi: 'w' } },
    { id: 'billing_email', category: 'contact', type: 'email', question: { en: 'Billing email?', fi: 'Laskutusosoite?' }, why: { en: 'w', fi: 'w' } },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-01-15T10:00:00Z');
const en = (asking: string | null) => ({ locale: 'en' as const, now, asking });

describe('understand', () => {
  it('answers a yes/no question being asked, and only that one', () => {
    expect(understand(definition, 'yes', en('has_vans')).extractions).toEqual([{ criterionId: 'has_vans', value: 'yes', raw: 'yes', confidence: 0.9 }]);
    expect(understand(definition, 'ei', { locale: 'fi', now, asking: 'has_vans' }).extractions[0]?.value).toBe('no');
    expect(understand(definition, 'yes', en('size'))).toEqual({ extractions: [], intents: ['affirm'] });
  });

  it('takes free text as a name only when the name is asked and the visitor is not asking something back', () => {
    expect(understand(definition, 'Anna Virtanen', en('name')).extractions).toMatchObject([{ criterionId: 'name', value: 'Anna Virtanen' }]);
    expect(understand(definition, 'Anna Virtanen', en(null)).extractions).toEqual([]);
    expect(understand(definition, 'why do you need my name?', en('name')).extractions).toEqual([]);
    expect(understand(definition, 'hi!', en('name')).extractions).toEqual([]);
  });

  it('gives an e-mail address to the e-mail criterion being asked, otherwise to the first', () => {
    expect(understand(definition, 'billing@firm.fi', en('billing_email')).extractions).toMatchObject([{ criterionId: 'billing_email', value: 'billing@firm.fi' }]);
    expect(understand(definition, 'write to Me@Firm.fi', en(null)).extractions).toMatchObject([{ criterionId: 'work_email', value: 'me@firm.fi', raw: 'Me@Firm.fi' }]);
  });

  it('reads several facts from one message, the one asked first', () => {
    const { extractions } = understand(definition, 'HVAC company, 45 employees', en('trade'));
    expect(extractions.map((e) => [e.criterionId, e.value])).toEqual([
      ['trade', 'hvac'],
      ['size', 45],
    ]);
  });

  it('reads nothing from an empty message', () => {
    expect(understand(definition, '  \n ', en('size'))).toEqual({ extractions: [], intents: ['empty'] });
  });

  it('is deterministic: the same input gives the same result', () => {
    const text = 'LVI-firma, noin 40 henkeä, kesän jälkeen';
    const ctx = { locale: 'fi' as const, now, asking: null };
    expect(understand(definition, text, ctx)).toEqual(understand(definition, text, ctx));
  });

  it('reports every confidence between 0 and 1', () => {
    const { extractions } = understand(definition, 'Plumbnig, about 50-60 people, LVI', en('trade'));
    expect(extractions.length).toBeGreaterThan(0);
    for (const e of extractions) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LeadDefinition, type Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { convertRate, criterionPeriod } from './periods.js';

const criterion = (id: string, unit: string, question: Record<Locale, string>, per?: string) => ({
  id,
  category: 'company',
  type: 'number',
  unit,
  ...(per ? { per } : {}),
  question,
  why: { en: 'w', fi: 'w', sv: 'w', pl: 'w' },
});
const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Parcels' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: { en: 'Hi', fi: 'Hei', sv: 'Hej', pl: 'Cześć' },
  criteria: [
    // The period named by the question in every language.
    criterion('parcels', 'parcels', { en: 'How many parcels do you send a month?', fi: 'Montako pakettia lähetätte kuukaudessa?', sv: 'Hur många paket skickar ni i månaden?', pl: 'Ile paczek wysyłacie miesięcznie?' }),
    // The period declared, the question naming none.
    criterion('tickets', 'tickets', { en: 'How many support tickets?', fi: 'Montako tikettiä?', sv: 'Hur många ärenden?', pl: 'Ile zgłoszeń?' }, 'year'),
    // No period at all.
    criterion('vans', 'vans', { en: 'How many vans?', fi: 'Montako pakettiautoa?', sv: 'Hur många skåpbilar?', pl: 'Ile busów?' }),
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-01-15T10:00:00Z');
const answer = (text: string, asking: string, locale: Locale) =>
  extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.find((e) => e.criterionId === asking);

describe('a count given per a period', () => {
  it('converts between periods, a day being a thirtieth of a month', () => {
    expect(convertRate(40, 'day', 'month')).toBe(1200);
    expect(convertRate(300, 'week', 'month')).toBe(1300);
    expect(convertRate(24000, 'year', 'month')).toBe(2000);
    expect(convertRate(900, 'quarter', 'month')).toBe(300);
    expect(convertRate(100, 'month', 'year')).toBe(1200);
  });

  it("takes a criterion's period from `per`, else from its question in every language, else none", () => {
    const [parcels, tickets, vans] = definition.criteria as Extract<(typeof definition.criteria)[number], { type: 'number' }>[];
    expect(criterionPeriod(parcels!)).toBe('month');
    expect(criterionPeriod(tickets!)).toBe('year');
    expect(criterionPeriod(vans!)).toBeNull();
  });

  // [locale, text, per month]: a number per a day, week or year, or per a month said outright.
  const rows: [Locale, string, number][] = [
    ['en', 'roughly 70 a day', 2100],
    ['en', '250 parcels per week', 1083],
    ['en', 'about 36k a year', 3000],
    ['en', '900/month', 900],
    ['en', 'daily maybe 20', 600],
    ['fi', 'noin 70 päivässä', 2100],
    ['fi', '250 pakettia viikossa', 1083],
    ['fi', 'vuodessa semmoinen 36 000', 3000],
    ['fi', '900 kuukaudessa', 900],
    ['fi', 'päivittäin parikymmentä', 600],
    ['sv', 'runt 70 om dagen', 2100],
    ['sv', '250 paket i veckan', 1083],
    ['sv', 'kanske 36 000 per år', 3000],
    ['sv', '900 i månaden', 900],
    ['sv', 'dagligen ett tjugotal', 600],
    ['pl', 'około 70 dziennie', 2100],
    ['pl', '250 paczek tygodniowo', 1083],
    ['pl', 'rocznie jakieś 36 tysięcy', 3000],
    ['pl', '900 na miesiąc', 900],
    ['pl', 'codziennie ze 20', 600],
  ];
  it.each(rows)('%s: "%s" is %d a month', (locale, text, value) => {
    const e = answer(text, 'parcels', locale);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ['en', '3000 a month', 36000],
    ['fi', '3000 kuukaudessa', 36000],
    ['sv', '3000 i månaden', 36000],
    ['pl', '3000 miesięcznie', 36000],
  ] as [Locale, string, number][])('%s: "%s" is %d a year for a criterion declared per year', (locale, text, value) => {
    expect(answer(text, 'tickets', locale)?.value).toBe(value);
  });

  it.each([
    ['en', '3 vans a week'],
    ['fi', '3 pakettiautoa viikossa'],
    ['sv', '3 skåpbilar i veckan'],
    ['pl', '3 busy tygodniowo'],
  ] as [Locale, string][])('%s: "%s" is asked back for a criterion with no period', (locale, text) => {
    expect(answer(text, 'vans', locale)?.confidence).toBeLessThan(0.75);
  });

  it.each([
    ['en', '5 vans and a day off on Sundays', 5],
    ['en', 'we have been at it for 3 years, 40 vans', 40],
    ['fi', '6 kuukautta sitten 4 autoa', 4],
    ['sv', 'i 2 år, 8 bilar', 8],
  ] as [Locale, string, number][])('%s: "%s" has no rate', (locale, text, value) => {
    const e = answer(text, 'vans', locale);
    expect(e?.value).toBe(value);
  });
});

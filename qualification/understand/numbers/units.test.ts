import { describe, expect, it } from 'vitest';
import { LeadDefinition, type Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { thingOf } from './units.js';

const why = { en: 'w', fi: 'w', sv: 'w', pl: 'w' };
const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Depots' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: { en: 'Hi' },
  criteria: [
    { id: 'fleet', category: 'company', type: 'number', unit: 'vehicles', question: { en: 'How many vehicles?' }, why },
    { id: 'sites', category: 'company', type: 'number', unit: 'sites', question: { en: 'How many sites?' }, why },
    { id: 'buildings', category: 'company', type: 'number', unit: 'buildings', question: { en: 'How many buildings?' }, why },
    { id: 'office_days', category: 'company', type: 'number', unit: 'days', per: 'week', question: { en: 'How many days a week in the office?' }, why },
    { id: 'devices', category: 'company', type: 'number', unit: 'devices', question: { en: 'How many devices would we monitor?' }, why },
    { id: 'sector', category: 'company', type: 'choice', question: { en: 'Sector?' }, why, options: [{ id: 'a', label: { en: 'A' } }, { id: 'b', label: { en: 'B' } }] },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-01-15T10:00:00Z');
const facts = (text: string, asking: string, locale: Locale) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= 0.75).map((e) => [e.criterionId, e.value]));

describe('things businesses count', () => {
  it('knows the unit names a definition gives them', () => {
    expect(thingOf('vehicles')).toBe('vehicles');
    expect(thingOf('fleet_size')).toBe('vehicles');
    expect(thingOf('Orders')).toBe('orders');
    expect(thingOf('stores')).toBe('locations');
    expect(thingOf('buildings')).toBe('locations');
    expect(thingOf('days')).toBe('days');
    expect(thingOf('floors')).toBe('floors');
    expect(thingOf('endpoints')).toBe('devices');
    expect(thingOf('employees')).toBeNull();
    expect(thingOf('projects')).toBeNull();
  });

  // [locale, text, asked, facts recorded]
  const rows: [Locale, string, string, Record<string, number>][] = [
    // Every word of the language for the thing counted, in parts added up.
    ['en', '25 lorries and 10 vans', 'fleet', { fleet: 35 }],
    ['fi', '25 kuorma-autoa ja 10 pakettiautoa', 'fleet', { fleet: 35 }],
    ['sv', '25 lastbilar och 10 skåpbilar', 'fleet', { fleet: 35 }],
    ['pl', '25 ciężarówek i 10 dostawczaków', 'fleet', { fleet: 35 }],
    // In passing only the unit's own name counts: a trade's words ("18 trucks") wait for the question.
    ['en', 'Removals, 18 trucks.', 'sector', {}],
    ['fi', 'muuttofirma, 18 rekkaa', 'sector', {}],
    ['sv', 'bagerikedja med 9 butiker', 'sector', {}],
    ['en', 'a bakery chain with 9 sites', 'sector', { sites: 9 }],
    // A count of another thing or of people is no part of the one asked.
    ['en', 'about 120 across 4 depots', 'fleet', { fleet: 120 }],
    ['fi', 'noin 120, neljä varastoa', 'fleet', { fleet: 120 }],
    ['sv', 'ungefär 120 på 4 anläggningar', 'fleet', { fleet: 120 }],
    ['pl', 'około 120 w 4 oddziałach', 'fleet', { fleet: 120 }],
    ['en', '7 offices and 30 staff', 'sites', { sites: 7 }],
    ['fi', 'seitsemän toimistoa ja 30 työntekijää', 'sites', { sites: 7 }],
    ['sv', '7 kontor och 30 anställda', 'sites', { sites: 7 }],
    ['pl', '7 biur i 30 pracowników', 'sites', { sites: 7 }],
    // A word of another thing nearer the number owns it.
    ['en', '3 vans serving 40 sites', 'sites', { sites: 40 }],
    ['fi', 'kolmen hengen firma, toimipisteitä 12', 'sites', { sites: 12 }],
    // A place word after "in", "at", "w" says where the count is, not what it counts.
    ['en', '8 at the depot and 4 on the road', 'fleet', { fleet: 12 }],
    ['pl', '8 w magazynie i 4 w trasie', 'fleet', { fleet: 12 }],
    // A thing's word before a people word, or inside one, describes the people.
    ['en', '25 office staff', 'sites', {}],
    ['fi', '12 varastotyöntekijää', 'sites', {}],
    ['sv', '25 kontorsanställda', 'sites', {}],
    ['pl', '6 pracowników magazynu', 'sites', {}],
    // "En" (sv) is one before a thing's word.
    ['sv', 'bara en bil', 'fleet', { fleet: 1 }],
    ['sv', 'en butik bara', 'sites', { sites: 1 }],
    // Buildings are locations: every word for them, and one said without a number.
    ['en', 'four buildings, all on one street', 'buildings', { buildings: 4 }],
    ['fi', 'kuusi kiinteistöä', 'buildings', { buildings: 6 }],
    ['sv', '3 byggnader', 'buildings', { buildings: 3 }],
    ['pl', '4 budynki', 'buildings', { buildings: 4 }],
    ['en', 'only the one building', 'buildings', { buildings: 1 }],
    ['sv', 'bara ett kontor', 'buildings', { buildings: 1 }],
    // A building's floors are no buildings.
    ['en', 'five floors in a single building', 'buildings', { buildings: 1 }],
    ['sv', 'fyra våningar', 'buildings', {}],
    ['pl', 'trzy piętra', 'buildings', {}],
    // Asked, the main place named without a count is one more ("head office plus 3 branches").
    ['en', 'head office plus 3 branches', 'buildings', { buildings: 4 }],
    ['pl', 'siedziba w Gdańsku i 2 oddziały', 'buildings', { buildings: 3 }],
    // A criterion counting days takes its duration word as its unit, per the week it asks about.
    ['en', '2 days a week', 'office_days', { office_days: 2 }],
    ['fi', 'neljä päivää viikossa', 'office_days', { office_days: 4 }],
    ['sv', '3–4 dagar i veckan', 'office_days', { office_days: 3.5 }],
    ['pl', 'dwa dni w tygodniu', 'office_days', { office_days: 2 }],
    // Every working day is a whole working week.
    ['en', 'pretty much every weekday', 'office_days', { office_days: 5 }],
    ['fi', 'päivittäin, se on kauppa', 'office_days', { office_days: 5 }],
    ['sv', 'varje vardag', 'office_days', { office_days: 5 }],
    ['pl', 'od poniedziałku do piątku', 'office_days', { office_days: 5 }],
    // A range of weekdays counts its days.
    ['en', 'Mon to Wed, the rest from home', 'office_days', { office_days: 3 }],
    ['en', 'tuesday–thursday', 'office_days', { office_days: 3 }],
    ['fi', 'maanantaista keskiviikkoon', 'office_days', { office_days: 3 }],
    ['fi', 'ti-pe', 'office_days', { office_days: 4 }],
    ['sv', 'måndagar till torsdagar', 'office_days', { office_days: 4 }],
    ['sv', 'tis-tors', 'office_days', { office_days: 3 }],
    ['pl', 'od środy do piątku', 'office_days', { office_days: 3 }],
    ['pl', 'pon-śr', 'office_days', { office_days: 3 }],
    ['en', 'twice a week', 'office_days', { office_days: 2 }],
    ['fi', 'kerran viikossa', 'office_days', { office_days: 1 }],
    ['sv', 'en dag i veckan', 'office_days', { office_days: 1 }],
    ['pl', 'raz w tygodniu', 'office_days', { office_days: 1 }],
    // In passing only its unit's own name: "3 days a week" beside a head count.
    ['en', '40 staff, in the office 3 days a week', 'sites', { office_days: 3 }],
    // Devices: every word of the language for computers and servers, in parts added up.
    ['en', '60 laptops and 15 desktops', 'devices', { devices: 75 }],
    ['fi', '40 tietokonetta ja 2 palvelinta', 'devices', { devices: 42 }],
    ['fi', 'työasemia on noin 70', 'devices', { devices: 70 }],
    ['sv', '55 datorer och 3 servrar', 'devices', { devices: 58 }],
    ['sv', 'ett hundratal enheter', 'devices', { devices: 100 }],
    ['pl', '25 laptopów i 5 serwerów', 'devices', { devices: 30 }],
    ['pl', 'około 90 stanowisk komputerowych', 'devices', { devices: 90 }],
    // Devices are no people: "25 IT staff" are no devices.
    ['en', '25 IT staff', 'devices', {}],
  ];
  it.each(rows)('%s: "%s" (asked %s)', (locale, text, asking, expected) => {
    expect(facts(text, asking, locale)).toEqual(expected);
  });

  it.each([
    ['en', 'we run a diner and two food trucks'],
    ['en', 'we have 40 trucks and 15 vans'],
    ['fi', 'meillä on 40 rekkaa ja 15 pakettiautoa'],
    ['sv', 'vi har 40 lastbilar och 15 skåpbilar'],
    ['pl', 'mamy 40 ciężarówek i 15 busów'],
  ] as [Locale, string][])('%s: "%s" in passing records no fleet from one part', (locale, text) => {
    expect(facts(text, 'sector', locale)).toEqual({});
  });
});

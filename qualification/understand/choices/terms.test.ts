import { describe, expect, it } from 'vitest';
import { LeadDefinition } from '../../definition/schema.js';
import { findChoices } from '../choices.js';
import { packFor } from '../../locales/index.js';
import { prepare } from '../normalize.js';
import { partsOf } from './terms.js';

const t = (text: string) => ({ en: text, fi: text, sv: text, pl: text });
const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Test' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'pl',
  greeting: t('Cześć'),
  criteria: [
    {
      id: 'power',
      category: 'person',
      type: 'choice',
      question: t('Kto decyduje?'),
      why: t('w'),
      options: [
        { id: 'me', label: t('Ja'), synonyms: { pl: ['decyduję'] } },
        { id: 'board', label: t('Zarząd') },
      ],
    },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});

const read = (text: string) =>
  findChoices(definition, prepare(text), { locale: 'pl', now: new Date('2026-01-15T10:00:00Z'), asking: 'power' }, [], []).map((h) => [h.term.option.id, h.level]);

describe('a word matched once is matched the same way again', () => {
  it('keeps apart the same word typed in a message with diacritics and in one without', () => {
    // Typed without any diacritics, "decyduje" is "decyduję"; where the visitor types them, it is "he decides".
    const plain = 'decyduje';
    const accented = 'Cóż, decyduje';
    for (let round = 0; round < 2; round++) {
      expect(read(plain)).toEqual([['me', 'exact']]);
      expect(read(accented)).toEqual([['me', 'typo']]);
    }
  });
});

describe('the alternatives a label or synonym joins', () => {
  it.each([
    ['en', 'Scheduling and dispatching', ['Scheduling', 'dispatching']],
    ['en', 'HVAC / heating and ventilation', ['HVAC', 'heating', 'ventilation']],
    ['en', 'Things run fine, I’m just curious', ['Things run fine', 'I’m just curious']],
    ['fi', 'Paperilla tai Excelissä', ['Paperilla', 'Excelissä']],
    ['sv', 'Planering och fördelning av jobb', ['Planering', 'fördelning av jobb']],
    ['pl', 'Planowanie i przydzielanie zleceń', ['Planowanie', 'przydzielanie zleceń']],
    // A short part alone would name too much ("jako" of "aikataulutus ja jako"); a label joining nothing has no parts.
    ['fi', 'Töiden aikataulutus ja jako', ['Töiden aikataulutus']],
    ['en', 'Save time', []],
  ] as const)('%s: %s', (locale, text, parts) => expect(partsOf(text, packFor(locale))).toEqual(parts));
});

describe('where the company is, said by a city or the word for its people (options with `country`)', () => {
  const countries = LeadDefinition.parse({
    ...definition,
    criteria: [
      {
        id: 'country',
        category: 'company',
        type: 'choice',
        question: t('?'),
        why: t('w'),
        options: [
          { id: 'finland', country: 'FI', label: { en: 'Finland', fi: 'Suomi', sv: 'Finland', pl: 'Finlandia' } },
          { id: 'sweden', country: 'SE', label: { en: 'Sweden', fi: 'Ruotsi', sv: 'Sverige', pl: 'Szwecja' } },
          { id: 'poland', country: 'PL', label: { en: 'Poland', fi: 'Puola', sv: 'Polen', pl: 'Polska' } },
          { id: 'elsewhere', other: true, label: t('Elsewhere') },
        ],
      },
    ],
  });
  const read = (locale: 'en' | 'fi' | 'sv' | 'pl', text: string, asking: string | null = 'country') =>
    findChoices(countries, prepare(text), { locale, now: new Date(), asking }, [], []).map((h) => h.term.option.id);
  it.each([
    ['en', 'we’re a Polish company but the trucks go all over the EU', 'poland'],
    ['en', 'a German firm', 'elsewhere'],
    ['en', 'based in Gothenburg', 'sweden'],
    ['fi', 'puolalainen yritys', 'poland'],
    ['fi', 'olemme Tampereella', 'finland'],
    ['fi', 'Tukholmassa', 'sweden'],
    ['sv', 'ett åkeri i Jönköping', 'sweden'],
    ['sv', 'vi är ett finländskt bolag', 'finland'],
    ['sv', 'i Riga', 'elsewhere'],
    ['pl', 'naprawiamy windy w Krakowie', 'poland'],
    ['pl', 'jesteśmy niemiecką firmą', 'elsewhere'],
    ['pl', 'w Sztokholmie', 'sweden'],
    // A country's everyday name besides CLDR's: the catch-all's where no option lists it.
    ['en', 'we are in the UK', 'elsewhere'],
    ['fi', 'Hollannissa', 'elsewhere'],
    ['sv', 'i Holland', 'elsewhere'],
    ['pl', 'w Anglii', 'elsewhere'],
    // A region with a code of its own that ISO 3166-2 counts a part of a listed country is that country's.
    ['sv', 'vi sitter i Mariehamn på Åland', 'finland'],
    ['fi', 'Ahvenanmaalla', 'finland'],
    ['en', 'the Åland Islands', 'finland'],
    ['pl', 'Wyspy Alandzkie', 'finland'],
  ] as const)('%s: %s', (locale, text, option) => {
    expect(read(locale, text)).toEqual([option]);
  });
  it('only as the answer asked for: a city or a language said in passing is no fact', () => {
    expect(read('en', 'we speak Swedish and Finnish', null)).toEqual([]);
    expect(read('sv', 'ett åkeri i Jönköping', null)).toEqual([]);
  });
  it('a region of a country no option lists is still the catch-all’s (Réunion, France’s)', () => {
    expect(read('en', 'on Réunion')).toEqual(['elsewhere']);
  });
});

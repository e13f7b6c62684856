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

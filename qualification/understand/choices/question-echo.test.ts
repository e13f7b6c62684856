import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up safety seller asks about "safety work"; one option's synonym ("near misses") implies the
 * safety concept, whose phrases include the question's own word.
 */
const question = t('What is the biggest headache in your safety work?', 'Mikä on turvallisuustyön suurin päänsärky?', 'Vad är den största huvudvärken i säkerhetsarbetet?', 'Co jest największym problemem w pracy nad bezpieczeństwem?');
const definition = madeUpDefinition([
  madeUpChoice(
    'pain',
    'situation',
    [
      { id: 'unreported', label: t('Incidents go unreported', 'Ilmoitukset jää tekemättä', 'Tillbud rapporteras inte', 'Nikt nie zgłasza zdarzeń'), synonyms: { en: ['near misses'], fi: ['läheltä piti'], sv: ['tillbud'], pl: ['zdarzenia potencjalnie wypadkowe'] } },
      { id: 'paper', label: t('Paperwork', 'Paperityö', 'Pappersarbete', 'Papierologia') },
    ],
    { question },
  ),
]);

const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'pain' });

describe('a concept read from the question’s own words names no option', () => {
  it.each<[Locale, string]>([
    ['en', 'safety'],
    ['fi', 'turvallisuus'],
    ['sv', 'säkerhet'],
    ['pl', 'bezpieczeństwo'],
  ])('%s: "%s" echoes the question', (locale, text) => expect(read(locale, text)).toEqual({}));

  it.each<[Locale, string]>([
    ['en', 'fewer accidents, people get injured'],
    ['fi', 'tapaturmat'],
    ['sv', 'olyckor'],
    ['pl', 'wypadki przy pracy'],
  ])('%s: "%s", the concept’s other words, still names the option that implies it', (locale, text) => expect(read(locale, text)).toEqual({ pain: 'unreported' }));
});

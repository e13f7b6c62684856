import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { madeUpDefinition, t } from '../../test/support/made-up-definition.js';
import { understand } from './understand.js';

const q = t('?', '?', '?', '?');
/** What the visitor keeps track with, and whether money is set aside: options a marketer names plainly. */
const definition = madeUpDefinition([
  {
    id: 'tool',
    category: 'situation',
    type: 'choice',
    question: q,
    why: q,
    options: [
      { id: 'excel', label: t('Excel', 'Excel', 'Excel', 'Excel') },
      { id: 'gps', label: t('GPS trackers', 'GPS-paikantimet', 'GPS-spårare', 'Lokalizatory GPS'), synonyms: { en: ['GPS'], fi: ['GPS'], sv: ['GPS'], pl: ['GPS'] } },
      { id: 'paper', label: t('Paper', 'Paperi', 'Papper', 'Papier') },
      { id: 'nothing', label: t('Nothing', 'Ei mitään', 'Inget', 'Nic'), means: ['no_system'] },
    ],
  },
  {
    id: 'budget',
    category: 'situation',
    type: 'choice',
    question: q,
    why: q,
    options: [
      { id: 'set_aside', label: t('Money set aside', 'Rahat varattu', 'Pengar avsatta', 'Środki zarezerwowane') },
      { id: 'none', label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu'), means: ['no_budget'] },
    ],
  },
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function read(locale: Locale, text: string, asking: string): unknown {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return extractions.find((e) => e.criterionId === asking && e.confidence >= CONFIDENT)?.value;
}

describe('words that say none of it ("ingen", "inga", "żadnego", "no", "nothing") turn the option after them around', () => {
  it.each<[Locale, string, string, string | undefined]>([
    ['en', 'no Excel, just GPS trackers', 'tool', 'gps'],
    ['en', 'nothing set aside yet', 'budget', 'none'],
    ['sv', 'inget Excel, bara GPS-spårare', 'tool', 'gps'],
    ['sv', 'ingen GPS, vi kör på papper', 'tool', 'paper'],
    ['sv', 'vi använder inga Excelark', 'tool', undefined],
    ['pl', 'żadnego GPS, tylko papier', 'tool', 'paper'],
    ['pl', 'nie ma żadnego budżetu', 'budget', 'none'],
  ])('%s: "%s" (asked %s) → %s', (locale, text, asking, value) => expect(read(locale, text, asking)).toBe(value));

  it.each<[Locale, string, string, string]>([
    ['en', 'just Excel, no GPS', 'tool', 'excel'],
    ['sv', 'bara Excel, ingen GPS', 'tool', 'excel'],
    ['pl', 'tylko Excel, żadnego GPS', 'tool', 'excel'],
    ['sv', 'ingenting, allt sitter i huvudet', 'tool', 'nothing'],
  ])('%s: "%s" (asked %s) keeps what a comma sets apart → %s', (locale, text, asking, value) => expect(read(locale, text, asking)).toBe(value));
});

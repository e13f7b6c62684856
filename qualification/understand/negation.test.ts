import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';
import { understand } from './understand.js';

/** What the visitor keeps track with, and whether money is set aside: options a marketer names plainly. */
const definition = madeUpDefinition([
  madeUpChoice('tool', 'situation', [
    { id: 'excel', label: t('Excel', 'Excel', 'Excel', 'Excel') },
    { id: 'gps', label: t('GPS trackers', 'GPS-paikantimet', 'GPS-spårare', 'Lokalizatory GPS'), synonyms: { en: ['GPS'], fi: ['GPS'], sv: ['GPS'], pl: ['GPS'] } },
    { id: 'paper', label: t('Paper', 'Paperi', 'Papper', 'Papier') },
    { id: 'nothing', label: t('Nothing', 'Ei mitään', 'Inget', 'Nic'), means: ['no_system'] },
  ]),
  madeUpChoice('budget', 'situation', [
    { id: 'set_aside', label: t('Money set aside', 'Rahat varattu', 'Pengar avsatta', 'Środki zarezerwowane') },
    { id: 'none', label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu'), means: ['no_budget'] },
  ]),
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

describe('a phrase for none of something takes any negation of the language in place of its own ("żadnego procesu" for "brak procesu")', () => {
  const process = madeUpDefinition([
    madeUpChoice('routine', 'situation', [
      { id: 'email', label: t('Email', 'Sähköposti', 'Mejl', 'Mail') },
      { id: 'none', label: t('No process', 'Ei prosessia', 'Ingen rutin', 'Brak procesu') },
    ]),
  ]);
  const readRoutine = (locale: Locale, text: string) => understand(process, text, { locale, now: NOW, asking: 'routine' }).extractions.find((e) => e.criterionId === 'routine' && e.confidence >= CONFIDENT)?.value;
  it.each<[Locale, string, string]>([
    ['en', 'we run it without a process', 'none'],
    ['fi', 'meillä ei ole mitään prosessia', 'none'],
    ['sv', 'vi har inte någon rutin', 'none'],
    ['pl', 'nie mamy żadnego procesu', 'none'],
    ['pl', 'działamy bez procesu', 'none'],
  ])('%s: "%s" → %s', (locale, text, value) => expect(readRoutine(locale, text)).toBe(value));
});

describe('Finnish "mitään" forms negate what follows; an except word makes a none an only', () => {
  it.each<[Locale, string, string, string | undefined]>([
    ['pl', 'niczego w Excelu nie trzymamy', 'tool', undefined],
    ['fi', 'ei ole käytössä mitään Exceliä', 'tool', undefined],
    ['fi', 'emme käytä mitään GPS-paikantimia, paperilla mennään', 'tool', 'paper'],
    // "Nothing but X" is X only.
    ['en', 'nothing but Excel', 'tool', 'excel'],
    ['fi', 'ei mitään muuta kuin Excel', 'tool', 'excel'],
    ['sv', 'inget annat än Excel', 'tool', 'excel'],
    ['pl', 'nic poza Excelem', 'tool', 'excel'],
    ['pl', 'niczego nie używamy oprócz Excela', 'tool', 'excel'],
    // A none phrase whose other words name nothing ("nothing really") takes no other negation.
    ['en', 'we don’t really use Excel', 'tool', undefined],
    // A none alone is still the none.
    ['pl', 'właściwie niczym, wszystko w głowie', 'tool', 'nothing'],
    ['fi', 'ei millään, kaikki muistetaan', 'tool', 'nothing'],
  ])('%s: "%s" (asked %s) → %s', (locale, text, asking, value) => expect(read(locale, text, asking)).toBe(value));
});

describe('"without" turns around what follows it, never the option said before it', () => {
  it.each<[Locale, string, string, string | undefined]>([
    ['en', 'Excel without any macros', 'tool', 'excel'],
    ['fi', 'Excel ilman mitään makroja', 'tool', 'excel'],
    ['sv', 'Excel utan några makron', 'tool', 'excel'],
    ['pl', 'Excel bez żadnych makr', 'tool', 'excel'],
    ['pl', 'papier bez GPS', 'tool', 'paper'],
    // After the option, a plain negation still turns it around.
    ['en', 'Excel not really', 'tool', undefined],
    ['pl', 'bez Excela', 'tool', undefined],
  ])('%s: "%s" (asked %s) → %s', (locale, text, asking, value) => expect(read(locale, text, asking)).toBe(value));
});

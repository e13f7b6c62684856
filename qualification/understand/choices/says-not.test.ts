import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up fleet seller's pain question, two options labelled in the trade's words as a thing that
 * is not done ("Damage goes unreported", "Skador rapporteras inte"), no concept marked on them.
 */
const definition = madeUpDefinition([
  madeUpChoice('pain', 'situation', [
    {
      id: 'unreported',
      label: t('Damage goes unreported', 'Vaurioita ei ilmoiteta', 'Skador rapporteras inte', 'Szkody nie są zgłaszane'),
      synonyms: { en: ['damage', 'damage is not logged'], fi: ['vauriot', 'kukaan ei ilmoita'], sv: ['skador', 'ingen rapporterar'], pl: ['szkody', 'nikt nie zgłasza'] },
    },
    {
      id: 'unfixed',
      label: t('Faults never get fixed', 'Viat jäävät korjaamatta', 'Fel blir aldrig åtgärdade', 'Usterki nie są naprawiane'),
      synonyms: { en: ['faults'], fi: ['viat'], sv: ['felanmälningar'], pl: ['usterki'] },
    },
    { id: 'costs', label: t('Fuel costs', 'Polttoainekulut', 'Bränslekostnader', 'Koszty paliwa'), means: ['high_costs'] },
    { id: 'none', label: t('Nothing really', 'Ei oikeastaan mikään', 'Inget särskilt', 'Właściwie nic'), means: ['no_pain'], synonyms: { en: ['works fine'], fi: ['toimii hyvin'], sv: ['funkar bra'], pl: ['wszystko działa'] } },
  ]),
]);

const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'pain' });

describe('an option whose label says a thing is not done, told with a negation', () => {
  it.each<[Locale, string, string]>([
    // The negation with a word of what is done before the option's words, or the verb before it (Swedish).
    ['en', 'the drivers don’t report damage', 'unreported'],
    ['en', 'the drivers never logged any damage', 'unreported'],
    ['fi', 'kuskit ei ilmoita vauriot', 'unreported'],
    ['sv', 'förarna rapporterar inte skador', 'unreported'],
    ['pl', 'kierowcy nie zgłaszają, że są szkody', 'unreported'],
    // The negation right after the option's words, then what is not done.
    ['en', 'the faults never get fixed', 'unfixed'],
    ['fi', 'viat ei koskaan korjaannu', 'unfixed'],
    ['pl', 'usterki nigdy nie są naprawiane', 'unfixed'],
    ['pl', 'szkody nie były zgłaszane', 'unreported'],
  ])('%s: "%s" → %s', (locale, text, option) => expect(read(locale, text)).toEqual({ pain: option }));

  it.each<[Locale, string]>([
    // Being or having negated says there is none of it.
    ['en', 'we don’t have any damage'],
    ['fi', 'vaurioita ei ole'],
    ['sv', 'vi har inte haft några skador'],
    ['pl', 'szkód nie było'],
    ['pl', 'nie mamy szkody'],
  ])('%s: "%s" is not the option that says not', (locale, text) => expect(read(locale, text).pain).not.toBe('unreported'));

  it.each<[Locale, string]>([
    // An option meaning none of something is the opposite of its words negated, whatever its label says ("Ei oikeastaan mikään").
    ['fi', 'se ei koskaan toimi hyvin'],
    ['fi', 'mikään ei toimi hyvin'],
  ])('%s: "%s" is no "nothing really"', (locale, text) => expect(read(locale, text).pain).not.toBe('none'));
});

describe('a label or synonym that says not, said in other words', () => {
  it.each<[Locale, string, string]>([
    // Any negation of the language stands for the one written; the other words in any order, close together.
    ['fi', 'ilmoituksia ei tee kukaan', 'unreported'],
    ['sv', 'personalen vågar inte rapportera', 'unreported'],
    ['pl', 'nikt tego nie zgłasza', 'unreported'],
    ['sv', 'de anmälda fel åtgärdas aldrig', 'unfixed'],
  ])('%s: "%s" → %s', (locale, text, option) => expect(read(locale, text)).toEqual({ pain: option }));

  it.each<[Locale, string]>([
    // Without a negation the words say the opposite.
    ['sv', 'vi rapporterar allt direkt'],
    ['fi', 'kukaan ilmoittaa heti'],
    // One word besides the negation is read only right next to it.
    ['sv', 'rapporterna är inte klara'],
    // A negation in another clause says nothing of them.
    ['pl', 'nikt nie wie, zgłaszamy wszystko'],
  ])('%s: "%s" is not the option that says not', (locale, text) => expect(read(locale, text).pain).not.toBe('unreported'));
});

import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { impliedConcepts } from './implied-concepts.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

/** A made-up cleaning-software seller's lean definition: a few synonyms per option, no `means` anywhere. */
const definition = madeUpDefinition([
    madeUpChoice('trade', 'company', [
      { id: 'paper_mill', label: t('Paper', 'Paperi', 'Papper', 'Papier') },
      { id: 'cleaning', label: t('Cleaning', 'Siivous', 'Städning', 'Sprzątanie') },
    ]),
    madeUpChoice('today', 'situation', [
      { id: 'excel', label: t('Excel', 'Excel', 'Excel', 'Excel'), synonyms: { en: ['spreadsheets'], fi: ['taulukko'] } },
      { id: 'paper', label: t('Paper', 'Paperilla', 'På papper', 'Na papierze') },
      { id: 'other', label: t('Something else', 'Jotain muuta', 'Något annat', 'Coś innego') },
    ]),
    madeUpChoice('budget', 'situation', [
      { id: 'allocated', label: t('Allocated', 'Varattu', 'Avsatt', 'Przydzielony') },
      { id: 'none', label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu') },
    ]),
    madeUpChoice('pain', 'situation', [
      { id: 'by_hand', label: t('Manual work', 'Käsityö', 'Manuellt arbete', 'Praca ręczna') },
      { id: 'mistakes', label: t('Mistakes', 'Virheet', 'Misstag', 'Błędy') },
    ]),
    madeUpChoice('goal', 'motivation', [
      { id: 'time', label: t('Save time', 'Säästää aikaa', 'Spara tid', 'Oszczędność czasu') },
      { id: 'money', label: t('Cut costs', 'Säästää rahaa', 'Spara pengar', 'Obniżyć koszty'), synonyms: { en: ['save money'] } },
      // Both name growth: neither takes the concept's other phrases.
      { id: 'grow', label: t('Grow', 'Kasvu', 'Tillväxt', 'Wzrost') },
      { id: 'expand', label: t('Expand', 'Laajentua', 'Expandera', 'Ekspansja') },
    ], { type: 'multi' }),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function read(locale: Locale, text: string, asking: string | null): Record<string, unknown> {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
}

describe('an option whose words name a concept takes its other phrases', () => {
  it.each<[Locale, string, string, unknown]>([
    ['en', 'today', 'we keep it all in Google Sheets', 'excel'],
    ['fi', 'today', 'kalenteri seinällä ja lappuset', 'paper'],
    ['sv', 'today', 'vi kör kalkylark', 'excel'],
    ['pl', 'today', 'w zeszycie, długopis i kartka', 'paper'],
    ['en', 'pain', 'we do everything by hand', 'by_hand'],
    ['fi', 'pain', 'kaikki tehdään käsin', 'by_hand'],
    ['sv', 'pain', 'vi gör allt för hand', 'by_hand'],
    ['pl', 'pain', 'ciągle są pomyłki', 'mistakes'],
    ['en', 'goal', 'free up time for the crews', ['time']],
    ['fi', 'goal', 'ajansäästö', ['time']],
    ['sv', 'goal', 'vi vill effektivisera', ['time']],
    ['pl', 'goal', 'chcemy ciąć koszty', ['money']],
    ['en', 'budget', 'we haven’t budgeted for it yet', 'none'],
    ['fi', 'budget', 'rahaa ei ole varattu', 'none'],
    ['sv', 'budget', 'inga pengar avsatta än', 'none'],
    ['pl', 'budget', 'nie przewidzieliśmy budżetu', 'none'],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual({ [asking]: expected }));
});

describe('implied concepts stay where they are safe', () => {
  const implied = impliedConcepts(definition);
  const conceptsOf = (criterion: string, id: string) => {
    const found = definition.criteria.find((c) => c.id === criterion);
    const option = found && 'options' in found ? found.options.find((o) => o.id === id) : undefined;
    return (option && implied.get(option)) ?? [];
  };

  it('implies the concepts named, from any locale’s words', () => {
    expect(conceptsOf('today', 'excel')).toEqual(['spreadsheets']);
    expect(conceptsOf('today', 'paper')).toEqual(['paper']);
    expect(conceptsOf('goal', 'money')).toEqual(['cut_costs']);
  });

  it('not for a trade question ("paper" is a line of business there), nor for a concept two options name', () => {
    expect(conceptsOf('trade', 'paper_mill')).toEqual([]);
    expect(conceptsOf('goal', 'grow')).toEqual([]);
    expect(conceptsOf('goal', 'expand')).toEqual([]);
    expect(conceptsOf('today', 'other')).toEqual([]);
  });

  it('answers only the question asked, never in passing', () => {
    expect(read('en', 'we keep it all in Google Sheets', 'pain')).toEqual({});
    expect(read('sv', 'vi kör kalkylark', 'goal')).toEqual({});
    expect(read('pl', 'wszystko ręcznie w zeszycie', null)).toEqual({});
  });
});

describe('who decides, implied only for a question about it', () => {
  const person = madeUpDefinition([
    madeUpChoice('role', 'person', [
      { id: 'boss', label: t('Supervisor', 'Esimies', 'Chef', 'Kierownik') },
      { id: 'crew', label: t('Installer', 'Asentaja', 'Montör', 'Monter') },
    ]),
    madeUpChoice('decides', 'person', [
      { id: 'me', label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję') },
      { id: 'together', label: t('We decide together', 'Päätämme yhdessä', 'Vi bestämmer tillsammans', 'Decydujemy wspólnie'), synonyms: { en: ['the board'] } },
      { id: 'else', label: t('Someone else decides', 'Joku muu päättää', 'Någon annan bestämmer', 'Ktoś inny decyduje') },
    ]),
  ]);
  const readPerson = (locale: Locale, text: string, asking: string) =>
    Object.fromEntries(
      understand(person, text, { locale, now: NOW, asking })
        .extractions.filter((e) => e.confidence >= CONFIDENT)
        .map((e) => [e.criterionId, e.value]),
    );

  it.each<[Locale, string, string]>([
    ['en', 'it’s my call', 'me'],
    ['fi', 'päätös on minulla', 'me'],
    ['sv', 'ett gemensamt beslut', 'together'],
    ['pl', 'potrzebuję zgody szefa', 'else'],
  ])('%s: %s', (locale, text, expected) => expect(readPerson(locale, text, 'decides')).toEqual({ decides: expected }));

  it('a role option that names a boss is no option about who decides', () => {
    expect(readPerson('fi', 'omistaja päättää', 'role')).toEqual({});
  });

  it('the marketer’s synonym wins over the pack’s phrase for another option over the same words', () => {
    expect(readPerson('en', 'the board decides', 'decides')).toEqual({ decides: 'together' });
  });
});

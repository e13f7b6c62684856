import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { impliedConcepts } from './choices/implied-concepts.js';
import { understand } from './understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';

/**
 * A made-up payroll seller's budget question, written lean the way a marketer writes it: labels and
 * a synonym or two, `means` only on "no budget". Where the budget stands comes from the packs'
 * concepts (budget_allocated, budget_planned, no_budget) the options' own words name.
 */
const definition = madeUpDefinition([
    madeUpChoice('budget', 'situation', [
      { id: 'yes', label: t('Yes, budgeted', 'Kyllä, budjetoitu', 'Ja, budgeterat', 'Tak, zatwierdzony'), synonyms: { en: ['approved'] } },
      { id: 'planning', label: t('Being planned', 'Suunnitteilla', 'Planeras', 'Planujemy') },
      { id: 'none', label: t('Not yet', 'Ei vielä', 'Inte än', 'Jeszcze nie'), means: ['no_budget'] },
    ]),
    madeUpChoice('decides', 'person', [
      { id: 'me', label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję'), means: ['i_decide'] },
      { id: 'others', label: t('Someone else', 'Joku muu', 'Någon annan', 'Ktoś inny'), means: ['someone_else_decides'] },
    ]),
    // "Planning" here is the visitor's work, not a budget being planned: only one option names a budget concept.
    madeUpChoice('pain', 'situation', [
      { id: 'planning', label: t('Planning', 'Suunnittelu', 'Planering', 'Planowanie') },
      { id: 'errors', label: t('Errors', 'Virheet', 'Fel', 'Błędy') },
    ]),
]);

const NOW = new Date('2026-12-02T10:00:00Z');
function read(locale: Locale, text: string, asking = 'budget'): Record<string, unknown> {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
}

describe('where the budget stands, in the options a marketer wrote', () => {
  it.each<[Locale, string, string]>([
    ['en', 'our CFO signed it off last week', 'yes'],
    ['en', 'the money’s there if the price is right', 'yes'],
    ['en', 'we’ll put it in next year’s budget', 'planning'],
    ['en', 'not yet, we do next year’s budget in January', 'planning'],
    ['en', 'depends what it costs, nothing earmarked', 'none'],
    ['en', 'it’s not approved', 'none'],
    ['fi', 'talousjohtaja hyväksyi sen viime viikolla', 'yes'],
    ['fi', 'rahaa löytyy jos hinta on kohdillaan', 'yes'],
    ['fi', 'ei vielä, budjetti tehdään tammikuussa', 'planning'],
    ['fi', 'se on ensi vuoden budjetissa', 'planning'],
    ['fi', 'ei ole vielä budjetoitu', 'none'],
    ['fi', 'riippuu vähän hinnasta, mutta budjettia ei ole', 'none'],
    ['sv', 'ekonomichefen godkände det förra veckan', 'yes'],
    ['sv', 'ja, pengarna finns', 'yes'],
    ['sv', 'inte än, budgeten för nästa år sätts i januari', 'planning'],
    ['sv', 'budgeten spikas i januari', 'planning'],
    ['sv', 'vi har inte budgeterat', 'none'],
    ['sv', 'beror lite på priset, ingen budget än', 'none'],
    ['pl', 'dyrektor finansowy zatwierdził to w zeszłym tygodniu', 'yes'],
    ['pl', 'pieniądze są, jeśli cena będzie rozsądna', 'yes'],
    ['pl', 'jeszcze nie, budżet na przyszły rok ustalamy w styczniu', 'planning'],
    ['pl', 'nie mamy jeszcze budżetu', 'none'],
    ['pl', 'zależy od ceny, na razie nic nie jest zarezerwowane', 'none'],
    ['pl', 'nie mamy jeszcze nic zarezerwowanego', 'none'],
    ['fi', 'ei ole mitään rahaa varattu', 'none'],
    ['sv', 'ja, det ligger i årets budget', 'yes'],
    // Money there, reserved or granted, said without the word budget.
    ['en', 'yes, there’s money for it', 'yes'],
    ['en', 'there’s money in the repair fund for it', 'yes'],
    ['en', 'we’ve reserved money', 'yes'],
    ['fi', 'meillä on tähän rahaa', 'yes'],
    ['fi', 'korjausrahastossa on rahaa tähän', 'yes'],
    ['sv', 'pengarna är reserverade', 'yes'],
    ['sv', 'det finns medel avsatta', 'yes'],
    ['pl', 'mamy zarezerwowane 150 tys. zł', 'yes'],
    ['pl', 'zarząd przyznał środki w październiku', 'yes'],
    // A sign-off still to come, or a budget to be set, is one being planned.
    ['en', 'the board has to sign it off first', 'planning'],
    ['en', 'the partners still need to sign it off', 'planning'],
    ['en', 'we’ll set one in January', 'planning'],
    ['sv', 'vi sätter en budget i januari', 'planning'],
    ['pl', 'budżet ustalimy w styczniu', 'planning'],
    // The money still to be found, or not thought about: none yet.
    ['en', 'we’d need to find the money somewhere', 'none'],
    ['fi', 'rahat pitäisi löytää jostain', 'none'],
    ['sv', 'vi måste hitta pengarna någonstans', 'none'],
    ['sv', 'har inte funderat på det', 'none'],
    ['pl', 'musielibyśmy znaleźć pieniądze', 'none'],
    ['pl', 'nie myślałem o tym', 'none'],
    // Told as a story, without the word for budget: money found or granted, a sign-off to come, money short.
    ['en', 'IT has a pot for new tools this year and this would come from there', 'yes'],
    ['en', 'there’s room in the budget', 'yes'],
    ['en', 'finance said yes', 'yes'],
    ['en', 'it’s covered', 'yes'],
    ['en', 'waiting on finance', 'planning'],
    ['en', 'it’s going to the board next month', 'planning'],
    ['en', 'still working out the numbers', 'planning'],
    ['en', 'money’s tight at the moment', 'none'],
    ['en', 'we haven’t got that far', 'none'],
    ['fi', 'olemme varanneet tähän rahaa', 'yes'],
    ['fi', 'johto on hyväksynyt sen', 'yes'],
    ['fi', 'budjetti on lyöty lukkoon', 'yes'],
    ['fi', 'tähän on oma potti', 'yes'],
    ['fi', 'pitää viedä hallitukseen', 'planning'],
    ['fi', 'lasketaan vielä', 'planning'],
    ['fi', 'haetaan rahoitusta', 'planning'],
    ['fi', 'ei meillä oo rahaa tähän', 'none'],
    ['fi', 'rahat on tiukilla', 'none'],
    ['fi', 'ei olla vielä siinä vaiheessa', 'none'],
    ['sv', 'vi har satt av pengar', 'yes'],
    ['sv', 'ledningen har godkänt det', 'yes'],
    ['sv', 'vi har fått klartecken', 'yes'],
    ['sv', 'det ryms i budgeten', 'yes'],
    ['sv', 'det ska upp i styrelsen', 'planning'],
    ['sv', 'vi räknar fortfarande på det', 'planning'],
    ['sv', 'det är tight med pengar', 'none'],
    ['sv', 'har inte kommit så långt än', 'none'],
    ['pl', 'mamy na to pieniądze', 'yes'],
    ['pl', 'zarząd się zgodził', 'yes'],
    ['pl', 'mamy pulę na nowe narzędzia', 'yes'],
    ['pl', 'czekamy na decyzję zarządu', 'planning'],
    ['pl', 'jeszcze liczymy', 'planning'],
    ['pl', 'krucho z kasą', 'none'],
    ['pl', 'budżet się skończył', 'none'],
    // A sign-off not given yet is no budget, as "it's not approved" is, not one being planned.
    ['en', 'the boss hasn’t signed it off yet', 'none'],
    ['fi', 'pomo ei ole vielä hyväksynyt', 'none'],
    ['sv', 'chefen har inte godkänt det än', 'none'],
    ['pl', 'szef jeszcze nie zatwierdził', 'none'],
  ])('%s: %s → %s', (locale, text, option) => expect(read(locale, text)).toEqual({ budget: option }));

  it('"it depends on the price" alone says nothing about a budget: asked back, no option guessed', () => {
    for (const [locale, text] of [
      ['en', 'honestly it depends on the price'],
      ['en', 'depends what the whole thing costs'],
      ['fi', 'se riippuu ihan hinnasta'],
      ['sv', 'det beror helt på priset'],
      ['pl', 'to zależy od ceny całości'],
      // A wish to pay, not money still to be found.
      ['en', 'we’d find the money for the right thing'],
    ] as const) expect(read(locale, text)).toEqual({});
  });

  it('asked about the budget, words that also say who decides answer the budget ("zarząd zatwierdził")', () => {
    expect(read('pl', 'zarząd zatwierdził w październiku')).toEqual({ budget: 'yes' });
    expect(read('en', 'the board approved it in October')).toEqual({ budget: 'yes' });
  });

  it('a negative phrase is not read with its negation missing ("budjetti hyväksytään" is no "ei hyväksyttyä budjettia")', () => {
    expect(read('fi', 'budjetti hyväksytään tammikuussa')).not.toEqual({ budget: 'none' });
  });

  it('a bare reply in the same clause as another option is not left behind ("not yet approved")', () => {
    expect(read('en', 'not yet approved')).not.toEqual({ budget: 'yes' });
  });

  it('a budget named both planned and allocated is asked which, not read from the first named', () => {
    for (const [locale, text] of [
      ['en', 'already approved – it’s part of next year’s budget'],
      ['en', 'the money is set aside in next year’s budget'],
      ['fi', 'joo, se on ensi vuoden budjetissa ja rahat on jo varattu'],
      ['sv', 'ja, nästa års budget, och den är redan godkänd'],
      ['pl', 'tak, w budżecie na przyszły rok, już zatwierdzonym'],
    ] as const) {
      const { extractions } = understand(definition, text, { locale, now: NOW, asking: 'budget' });
      expect(extractions.filter((e) => e.confidence >= CONFIDENT), text).toEqual([]);
    }
    // A budget only awaiting approval is one being planned: no clash.
    expect(read('en', 'it goes into next year’s budget, the board has to approve it')).toEqual({ budget: 'planning' });
  });

  it('budget words name a concept only on a question whose options name two budget answers', () => {
    const pain = definition.criteria.find((c) => c.id === 'pain');
    const option = pain && 'options' in pain ? pain.options.find((o) => o.id === 'planning') : undefined;
    // "Planning" is a pain of its own (scheduling), never a budget being planned.
    expect((option && impliedConcepts(definition).get(option)) ?? []).not.toContain('budget_planned');
    expect(read('en', 'we’re working on it', 'pain')).toEqual({});
  });
});

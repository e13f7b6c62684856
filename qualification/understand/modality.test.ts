import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';
import { understand } from './understand.js';

const decides = madeUpChoice('decides', 'person', [
  { id: 'me', label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję'), means: ['i_decide'] },
  { id: 'others', label: t('Someone else', 'Joku muu', 'Någon annan', 'Ktoś inny'), means: ['someone_else_decides'] },
]);
/** A lean budget question: "approved" as the marketer wrote it, a budget being planned, none. */
const withPlanning = madeUpDefinition([
  madeUpChoice('budget', 'situation', [
    { id: 'approved', label: t('Approved', 'Hyväksytty', 'Godkänd', 'Zatwierdzony') },
    { id: 'pending', label: t('Being planned', 'Suunnitteilla', 'Planeras', 'Planujemy') },
    { id: 'none', label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu'), means: ['no_budget'] },
  ]),
  decides,
]);
/** The same without an option for a budget on its way: yes or no. */
const yesOrNo = madeUpDefinition([
  madeUpChoice('budget', 'situation', [
    { id: 'approved', label: t('Approved', 'Hyväksytty', 'Godkänd', 'Zatwierdzony') },
    { id: 'none', label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu'), means: ['no_budget'] },
  ]),
  decides,
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function read(definition: typeof withPlanning, locale: Locale, text: string): unknown {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking: 'budget' });
  return extractions.find((e) => e.criterionId === 'budget' && e.confidence >= CONFIDENT)?.value;
}

describe('an approval still to come is no approved budget', () => {
  it.each<[Locale, string]>([
    ['en', 'not yet, the board has to approve it'],
    ['en', 'the board will approve it in March'],
    ['en', 'our CFO needs to approve it first'],
    ['fi', 'ei vielä, hallituksen pitää hyväksyä'],
    ['fi', 'hallitus hyväksyy sen maaliskuussa'],
    ['fi', 'talousjohtajan täytyy vielä hyväksyä se'],
    ['sv', 'inte än, styrelsen måste godkänna'],
    ['sv', 'styrelsen ska godkänna den i mars'],
    ['sv', 'ekonomichefen behöver godkänna det först'],
    ['pl', 'jeszcze nie, zarząd musi zatwierdzić'],
    ['pl', 'zarząd zatwierdzi w marcu'],
    ['pl', 'budżet musi jeszcze zatwierdzić prezes'],
  ])('%s: "%s" awaits approval', (locale, text) => {
    expect(read(withPlanning, locale, text)).toBe('pending');
    // With no option for a budget on its way, it is not recorded as approved either.
    expect(read(yesOrNo, locale, text)).not.toBe('approved');
  });

  it.each<[Locale, string]>([
    ['en', 'the board approved it last week'],
    ['en', 'yes, it has been approved'],
    ['fi', 'johto hyväksyi sen viime viikolla'],
    ['fi', 'kyllä, se on hyväksytty'],
    ['sv', 'styrelsen godkände den förra veckan'],
    ['sv', 'ja, den är godkänd'],
    ['pl', 'zarząd zatwierdził w zeszłym tygodniu'],
    ['pl', 'tak, budżet jest zatwierdzony'],
  ])('%s: "%s" is approved (done, in the past or perfect)', (locale, text) => {
    expect(read(withPlanning, locale, text)).toBe('approved');
  });

  it.each<[Locale, string]>([
    ['en', 'not approved yet'],
    ['fi', 'ei ole vielä hyväksytty'],
    ['sv', 'den är inte godkänd än'],
    ['pl', 'jeszcze nie jest zatwierdzony'],
  ])('%s: "%s" is negated, never approved', (locale, text) => {
    expect(read(withPlanning, locale, text)).not.toBe('approved');
  });
});

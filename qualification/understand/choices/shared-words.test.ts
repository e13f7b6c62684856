import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

/**
 * A made-up IT-support seller asking who looks after IT, with an option that is the mix of the
 * others: words two options share name neither. Phrases written by hand in every locale.
 */
const definition = madeUpDefinition([
  madeUpChoice('it', 'company', [
    { id: 'own', label: t('Own IT staff', 'Oma IT-väki', 'Egen IT-personal', 'Własny dział IT'), synonyms: { en: ['own IT department', 'our IT guy'], fi: ['oma IT-osasto', 'IT-tukihenkilö'], sv: ['egen IT-avdelning', 'vår IT-tekniker'], pl: ['własny informatyk', 'dział IT'] } },
    { id: 'partner', label: t('An IT company', 'IT-yritys', 'Ett IT-bolag', 'Firma IT'), synonyms: { en: ['IT service company', 'managed service provider'], fi: ['IT-palveluyritys', 'IT-kumppani'], sv: ['IT-konsult', 'extern IT-partner'], pl: ['firma informatyczna', 'zewnętrzny serwis IT'] } },
    { id: 'mixed', label: t('Both', 'Molemmat', 'Både och', 'Jedno i drugie'), synonyms: { en: ['own IT and a partner'], fi: ['oma IT ja kumppani'], sv: ['egen IT och partner'], pl: ['własny informatyk i firma zewnętrzna'] } },
  ]),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function answer(locale: Locale, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking: 'it' }).extractions.find((e) => e.criterionId === 'it');
  return found && found.confidence >= CONFIDENT ? found.value : null;
}

describe('a word two options share', () => {
  // One part of the mix's words is one of the options mixed ("own IT" is own staff, "jedno" is one), not the mix; two parts are.
  it.each([
    ['en', 'just our own IT team', 'mixed'],
    ['fi', 'meillä on oma IT', 'mixed'],
    ['sv', 'vår egen IT-grupp', 'mixed'],
    ['pl', 'mamy jedno biuro i tyle', 'mixed'],
  ] as [Locale, string, string][])('%s: %s is not %s', (locale, text, not) => {
    expect(answer(locale, text)).not.toBe(not);
  });
  it.each([
    ['en', 'own IT and a partner for the network', 'mixed'],
    ['fi', 'oma IT ja sen lisäksi kumppani', 'mixed'],
    ['sv', 'egen IT-tekniker och en partner för servrarna', 'mixed'],
    ['pl', 'własny informatyk i firma zewnętrzna od sieci', 'mixed'],
  ] as [Locale, string, string][])('%s: %s -> %s', (locale, text, expected) => {
    expect(answer(locale, text)).toBe(expected);
  });
  // The pack's trade word for IT ("informatyka", the company option's trade) is also a form of the IT person of another option ("informatyk").
  it('pl: a form of a person word that is also a trade word names neither option', () => {
    expect(answer('pl', 'zatrudniamy informatyka')).toBeNull();
    expect(answer('pl', 'mamy firmę informatyczną na umowie')).toBe('partner');
  });
});

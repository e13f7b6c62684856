import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

/**
 * A made-up office-cleaning seller: who cleans today, with an option that is the mix of the others.
 * Phrases written by hand in every locale.
 */
const definition = madeUpDefinition([
  madeUpChoice('cleaning', 'situation', [
    { id: 'own', label: t('Our own cleaners', 'Omat siivoojat', 'Egna städare', 'Własne sprzątaczki'), synonyms: { en: ['own cleaners', 'in-house cleaning'], fi: ['oma siivooja', 'itse siivotaan'], sv: ['egen städare', 'vi städar själva'], pl: ['własna sprzątaczka', 'sprzątamy sami'] } },
    { id: 'contractor', label: t('A cleaning company', 'Siivousyritys', 'En städfirma', 'Firma sprzątająca'), synonyms: { en: ['cleaning contractor', 'cleaning firm'], fi: ['siivousfirma', 'ulkopuolinen urakoitsija'], sv: ['städbolag', 'extern entreprenör'], pl: ['zewnętrzna firma', 'podwykonawca'] } },
    { id: 'mixed', label: t('Both', 'Molemmat', 'Både och', 'Jedno i drugie') },
  ]),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
/** The asked answer recorded, or null where it is asked back or not read. */
function answer(locale: Locale, asking: string, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
  return found && found.confidence >= CONFIDENT ? found.value : null;
}

const rows: [Locale, string, string, string | null][] = [
  // One option in one half, a word of another option's synonyms in the other: the mix.
  ['en', 'cleaning', 'our own cleaners do the daily stuff and a contractor comes for the windows', 'mixed'],
  ['fi', 'cleaning', 'oma siivooja hoitaa arjen, ikkunat pesee ulkopuolinen firma', 'mixed'],
  ['sv', 'cleaning', 'vi städar själva till vardags plus en entreprenör för fönstren', 'mixed'],
  ['pl', 'cleaning', 'na co dzień sprzątamy sami, a okna myje firma z zewnątrz', 'mixed'],
  // Both options named whole, each in a half of its own.
  ['en', 'cleaning', 'own cleaners most days, a cleaning firm twice a year', 'mixed'],
  ['sv', 'cleaning', 'egen städare, och städbolag för storstädning', 'mixed'],
  // The other option's word negated, or in a half that counts something: one option.
  ['en', 'cleaning', 'own cleaners, never a contractor', 'own'],
  ['fi', 'cleaning', 'oma siivooja, ei urakoitsijaa', 'own'],
  ['pl', 'cleaning', 'sprzątamy sami, nie mamy podwykonawcy', 'own'],
  ['en', 'cleaning', 'own cleaners; the contractor we had left 2 years ago', 'own'],
  ['sv', 'cleaning', 'vi städar själva', 'own'],
];

describe('a reply that splits a choice between two options', () => {
  it.each(rows)('%s asked %s: %s -> %s', (locale, asking, text, expected) => {
    expect(answer(locale, asking, text)).toEqual(expected);
  });
});

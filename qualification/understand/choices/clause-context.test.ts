import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

/** A made-up invoicing seller's wish list: the marketer's own words for one aim, a concept (`means`) for another. */
const definition = madeUpDefinition([
  madeUpChoice('aims', 'motivation', [
    { id: 'less_typing', label: t('Less manual entry', 'Vähemmän käsin syöttämistä', 'Mindre manuell inmatning', 'Mniej ręcznego wpisywania'), synonyms: { en: ['retyping invoices'], fi: ['laskujen näppäily'], sv: ['skriva av fakturor'], pl: ['przepisywanie faktur'] } },
    { id: 'service', means: ['customer_experience'], label: t('Happier customers', 'Tyytyväisemmät asiakkaat', 'Nöjdare kunder', 'Zadowoleni klienci') },
  ], { type: 'multi' }),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string) =>
  Object.fromEntries(
    understand(definition, text, { locale, now: NOW, asking: 'aims' })
      .extractions.filter((e) => e.confidence >= CONFIDENT)
      .map((e) => [e.criterionId, e.value]),
  );

describe('a stock phrase in the same clause as the marketer’s words names what the clause is about', () => {
  it.each<[Locale, string, string[]]>([
    // The department doing the work, not a wish for better service.
    ['en', 'the customer service team is stuck retyping invoices', ['less_typing']],
    ['sv', 'vår kundservice skriver av fakturor hela dagarna', ['less_typing']],
    // Listed, both are wanted.
    ['en', 'less retyping invoices and better customer service', ['less_typing', 'service']],
    ['en', 'retyping invoices, happier customers', ['less_typing', 'service']],
    ['sv', 'slippa skriva av fakturor och bättre kundservice', ['less_typing', 'service']],
  ])('%s: %s', (locale, text, aims) => expect(read(locale, text)).toEqual({ aims }));
});

import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

const q = t('How many tills or card terminals?', 'Montako kassaa tai maksupäätettä?', 'Hur många kassor eller kortterminaler?', 'Ile kas lub terminali?');
const definition = madeUpDefinition([
  { id: 'terminals', category: 'company', type: 'number', unit: 'terminals', question: q, why: q, ranges: [{ min: 0, points: 0 }] },
  { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: q, why: q, ranges: [{ min: 0, points: 0 }] },
]);
const NOW = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string, asking: string) => recordedFacts(definition, text, { locale, now: NOW, asking });

/** Tills, card readers and tablets taking payments are one count of points of sale, in every locale's words. */
const rows: [Locale, string, number][] = [
  ['en', '2 tills and 3 card readers', 5],
  ['en', 'one iPad and one card machine', 2],
  ['en', 'a single card terminal', 1],
  ['en', '4 checkouts', 4],
  ['fi', 'kolme kassaa ja kaksi maksupäätettä', 5],
  ['fi', '2 kassakonetta', 2],
  ['sv', 'två kassor och tre kortläsare', 5],
  ['pl', 'dwie kasy fiskalne i trzy terminale', 5],
  ['pl', '4 stanowiska kasowe', 4],
];

describe('points of sale counted', () => {
  it.each(rows)('%s: "%s" is %i terminals', (locale, text, n) => {
    expect(read(locale, text, 'terminals')).toEqual({ terminals: n });
  });

  it('an English till word is a whole word: Swedish "tillsammans" (together) counts no tills', () => {
    expect(read('sv', 'vi är 20 tillsammans', 'staff')).toEqual({ staff: 20 });
  });
});

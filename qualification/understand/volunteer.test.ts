import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { understand } from './understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';

/** A made-up route-planning seller: which tool (a none option among them) and the main pain (one of which is none). */
const definition = madeUpDefinition([
  madeUpChoice('tool', 'situation', [
    { id: 'excel', label: t('Excel', 'Excel', 'Excel', 'Excel') },
    { id: 'nothing', means: ['no_system'], label: t('Nothing really', 'Ei oikeastaan mitään', 'Inget egentligen', 'Właściwie nic') },
  ]),
  madeUpChoice('pain', 'situation', [
    { id: 'fuel', label: t('Fuel costs', 'Polttoainekulut', 'Bränslekostnader', 'Koszty paliwa') },
    { id: 'none', label: t('No real problems', 'Ei varsinaisia ongelmia', 'Inga egentliga problem', 'Brak problemów'), synonyms: { en: ['all works'], fi: ['kaikki toimii'], sv: ['allt funkar'], pl: ['wszystko działa'] } },
  ]),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string, asking: string) =>
  Object.fromEntries(
    understand(definition, text, { locale, now: NOW, asking })
      .extractions.filter((e) => e.confidence >= CONFIDENT)
      .map((e) => [e.criterionId, e.value]),
  );

describe('a none said after a word of correction answers the question asked, not another one in passing', () => {
  it.each<[Locale, string, Record<string, string>]>([
    ['pl', 'właściwie nic, u nas wszystko działa', { pain: 'none' }],
    ['en', 'nothing really, it all works', { pain: 'none' }],
    // A real correction still names its fact: 'actually we do use Excel'.
    ['en', 'fuel costs. actually we use Excel for it', { pain: 'fuel', tool: 'excel' }],
  ])('%s: %s', (locale, text, facts) => expect(read(locale, text, 'pain')).toEqual(facts));
});

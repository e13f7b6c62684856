import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { understand } from '../understand.js';

/** A question about languages whose options list only their labels: CLDR names the rest. */
const definition = madeUpDefinition([
  madeUpChoice('languages', 'situation', [
    { id: 'german', label: t('German', 'Saksa', 'Tyska', 'Niemiecki') },
    { id: 'french', label: t('French', 'Ranska', 'Franska', 'Francuski') },
    { id: 'russian', label: t('Russian', 'Venäjä', 'Ryska', 'Rosyjski') },
    { id: 'other', label: t('Another language', 'Muu kieli', 'Annat språk', 'Inny język'), other: true },
  ], { type: 'multi' }),
  madeUpChoice('market', 'company', [
    { id: 'home', label: t('Home market', 'Kotimaa', 'Hemmamarknad', 'Rynek krajowy') },
    { id: 'abroad', label: t('Abroad', 'Ulkomaat', 'Utlandet', 'Zagranica'), other: true },
  ]),
]);
const NOW = new Date('2026-01-15T10:00:00Z');
function read(locale: Locale, text: string, asking: string | null): Record<string, unknown> {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
}

type Row = [Locale, string | null, string, Record<string, unknown>];
describe('a question about languages takes their names from CLDR, the catch-all those no option lists', () => {
  it.each<Row>([
    ['en', 'languages', 'German and Turkish', { languages: ['german', 'other'] }],
    ['fi', 'languages', 'saksa ja turkki', { languages: ['german', 'other'] }],
    ['sv', 'languages', 'ryska och somaliska', { languages: ['russian', 'other'] }],
    ['pl', 'languages', 'rosyjski, francuski i wietnamski', { languages: ['russian', 'french', 'other'] }],
    // Asked only; and a language named in the visitor's question asks about it.
    ['en', 'market', 'Turkish', {}],
    ['en', 'languages', 'do you have anything in Turkish?', {}],
    ['sv', 'languages', 'finns det på somaliska?', {}],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual(expected));
});

import { describe, expect, it } from 'vitest';
import { madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import { decidesQuestion } from '../../../test/support/deciding-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up "who decides?" question whose option for someone else lists the boss with "my". */
const deciding = madeUpDefinition([
  decidesQuestion([
    { id: 'me', means: ['i_decide'], label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję'), synonyms: { en: ['my call'], fi: ['mun päätös'], sv: ['mitt beslut'], pl: ['moja decyzja'] } },
    { id: 'both', means: ['decide_together'], label: t('Together', 'Yhdessä', 'Tillsammans', 'Wspólnie') },
    { id: 'boss', means: ['someone_else_decides'], label: t('Someone else', 'Joku muu', 'Någon annan', 'Ktoś inny'), synonyms: { en: ['my boss'], fi: ['mun pomo'], sv: ['min chef'], pl: ['mój szef'] } },
  ]),
]);
const read = (locale: Locale, text: string) => recordedFacts(deciding, text, { locale, now, asking: 'decides' });

describe('asked who decides, someone else said with another word for whose is still someone else', () => {
  it.each([
    ['en', 'the boss'],
    ['en', 'our boss'],
    ['en', 'boss'],
    ['en', 'our boss decides'],
    ['fi', 'pomo'],
    ['fi', 'meidän pomo'],
    ['sv', 'vår chef'],
    ['pl', 'nasz szef'],
    ['pl', 'szef'],
  ] as const)('%s "%s" is someone else', (locale, text) => {
    expect(read(locale, text)).toEqual({ decides: 'boss' });
  });

  it.each([
    ['en', 'my call'],
    ['sv', 'mitt beslut'],
    ['pl', 'moja decyzja'],
  ] as const)('%s "%s": the visitor’s own say is not swapped', (locale, text) => {
    expect(read(locale, text)).toEqual({ decides: 'me' });
  });
});

import { describe, expect, it } from 'vitest';
import { madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import { decidesQuestion } from '../../../test/support/deciding-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up "who decides?" question with no option for recommending: the visitor, together, the boss. */
const deciding = madeUpDefinition([
  decidesQuestion([
    { id: 'me', means: ['i_decide'], label: t('Me', 'Minä', 'Jag', 'Ja') },
    { id: 'both', means: ['decide_together'], label: t('Together', 'Yhdessä', 'Tillsammans', 'Wspólnie') },
    {
      id: 'boss',
      means: ['someone_else_decides'],
      label: t('The owner or CEO', 'Omistaja tai toimitusjohtaja', 'Ägaren eller vd:n', 'Właściciel lub prezes'),
      synonyms: { en: ['the owner', 'the CEO'], fi: ['omistaja', 'toimitusjohtaja'], sv: ['ägaren', 'vd:n'], pl: ['właściciel', 'prezes'] },
    },
  ]),
]);
const read = (locale: Locale, text: string) => recordedFacts(deciding, text, { locale, now, asking: 'decides' });

describe('asked who decides with no option for recommending, the visitor who recommends leaves it to someone else', () => {
  it.each([
    ['en', 'I recommend, the CEO decides'],
    ['en', 'I put forward a proposal'],
    ['fi', 'minä suosittelen, toimitusjohtaja päättää'],
    ['fi', 'teen ehdotuksen'],
    ['sv', 'jag föreslår men vd:n beslutar'],
    ['sv', 'jag föreslår'],
    ['pl', 'ja rekomenduję, ale decyzja jest po stronie prezesa'],
    ['pl', 'ja rekomenduję'],
  ] as const)('%s "%s" is the one option for someone else', (locale, text) => {
    expect(read(locale, text)).toEqual({ decides: 'boss' });
  });

  it.each([
    ['en', 'me'],
    ['fi', 'minä'],
    ['sv', 'jag'],
    ['pl', 'ja'],
  ] as const)('%s "%s" alone stays the visitor’s say', (locale, text) => {
    expect(read(locale, text)).toEqual({ decides: 'me' });
  });
});

import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';

/** A made-up maintenance seller: the company's head count beside a yes/no on its own maintenance team. */
const w = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  { id: 'employees', category: 'company', type: 'number', unit: 'employees', question: t('How many employees?', 'Montako työntekijää?', 'Hur många anställda?', 'Ilu pracowników?'), why: w },
  { id: 'own_team', category: 'situation', type: 'choice', question: w, why: w, options: [{ id: 'yes', label: t('Yes', 'Kyllä', 'Ja', 'Tak') }, { id: 'no', label: t('No', 'Ei', 'Nej', 'Nie') }] },
]);
const now = new Date('2026-03-02T10:00:00Z');
const recorded = (locale: Locale, text: string) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking: 'own_team' }, []).extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));

describe('people of trades listed in passing are no head count read from one of them', () => {
  it.each<[Locale, string]>([
    ['en', 'yes, 6 mechanics and 2 electricians'],
    ['sv', 'ja, 6 mekaniker och 2 elektriker'],
    ['pl', 'tak, 6 mechaników i 2 elektryków'],
    ['fi', 'joo, 6 mekaanikkoa ja 2 sähkömiestä'],
  ])('%s: "%s"', (locale, text) => expect(recorded(locale, text)).toEqual({}));
});

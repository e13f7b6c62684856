import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import { floatedVariants } from './floating-words.js';

describe('a synonym with a floating word is also read with it on the other side of its verb', () => {
  it.each<[string, string[]]>([
    ['zawiesza się', ['się zawiesza']],
    ['rozwijać się', ['się rozwijać']],
    ['coś się psuje', ['się coś psuje', 'coś psuje się']],
    ['nie zgadza się', ['się nie zgadza']],
    ['ręcznie', []],
  ])('pl: "%s" → %j', (text, variants) => expect(floatedVariants(text, packFor('pl'))).toEqual(variants));

  it.each<[Locale, string]>([
    ['en', 'things get mixed up'],
    ['fi', 'järjestelmä kaatuu'],
    ['sv', 'det drar ut på tiden'],
  ])('%s: no floating words, no variants: "%s"', (locale, text) => expect(floatedVariants(text, packFor(locale))).toEqual([]));
});

const definition = madeUpDefinition([
  madeUpChoice('pain', 'situation', [
    { id: 'broken', label: t('Uptime', 'Käytettävyys', 'Drifttid', 'Dostępność'), means: ['breakdowns'] },
    { id: 'slips', label: t('Slips', 'Lipsahdukset', 'Missar', 'Wpadki'), means: ['errors'] },
    { id: 'fine', label: t('Fine', 'Kunnossa', 'Bra', 'Dobrze'), means: ['no_pain'] },
  ]),
  madeUpChoice(
    'aim',
    'motivation',
    [
      { id: 'growth', label: t('Expansion', 'Laajeneminen', 'Expansion', 'Ekspansja'), means: ['grow'] },
      { id: 'rules', label: t('Audits', 'Auditoinnit', 'Revisioner', 'Audyty'), means: ['compliance'] },
    ],
    { type: 'multi' },
  ),
]);
const NOW = new Date('2026-12-02T10:00:00Z');
const read = (text: string, asking: string) => recordedFacts(definition, text, { locale: 'pl', now: NOW, asking });

describe('"się" before or after its verb, as Poles write it', () => {
  it.each<[string, string, unknown]>([
    ['program się zawiesza', 'pain', 'broken'],
    ['program się ciągle zawiesza', 'pain', 'broken'],
    ['zamówienia się gubią', 'pain', 'slips'],
    ['coś się nie zgadza w fakturach', 'pain', 'slips'],
    ['chcemy się rozwijać', 'aim', ['growth']],
  ])('"%s" (asked %s) → %j', (text, asking, value) => expect(read(text, asking)).toEqual({ [asking]: value }));

  it.each<[string, string]>([
    // Moved or not, the negation still turns it.
    ['program się nie zawiesza', 'pain'],
    ['maszyny się nie psują', 'pain'],
    ['zamówienia się nie gubią', 'pain'],
    ['nie chcemy się rozwijać', 'aim'],
  ])('"%s" reads no such %s', (text, asking) => expect(read(text, asking)).toEqual({}));
});

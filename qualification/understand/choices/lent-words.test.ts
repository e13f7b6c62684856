import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

/** Aims where one option's label holds a word the packs read as another's concept ("faster" saves time). */
const definition = madeUpDefinition([
  madeUpChoice('aim', 'motivation', [
    { id: 'time', means: ['save_time'], label: t('Save time', 'Säästää aikaa', 'Spara tid', 'Oszczędność czasu') },
    { id: 'onboard', label: t('Onboard faster', 'Nopeampi perehdytys', 'Snabbare introduktion', 'Szybsze wdrażanie') },
    { id: 'money', means: ['cut_costs'], label: t('Cut costs', 'Kustannussäästöt', 'Sänka kostnaderna', 'Obniżyć koszty') },
  ], { type: 'multi' }),
]);
const now = new Date('2026-12-03T10:00:00Z');
const read = (locale: Locale, text: string) => understand(definition, text, { locale, now, asking: 'aim' }).extractions.flatMap((e) => (Array.isArray(e.value) ? e.value : [e.value]));

describe("an aim's lone word beside another option's words", () => {
  // [locale, text]: "faster" says how the onboarding goes, not that time is saved.
  it.each([
    ['en', 'new starters onboarded faster'],
    ['fi', 'halutaan perehdyttää nopeammin'],
  ] as [Locale, string][])('%s: "%s" is no time saved', (locale, text) => {
    expect(read(locale, text)).not.toContain('time');
  });

  // [locale, text, option]: alone, or beside words of no other option, the word is the concept's.
  it.each([
    ['en', 'do the paperwork faster', 'time'],
    ['en', 'faster', 'time'],
    ['pl', 'wszystko szybciej', 'time'],
  ] as [Locale, string, string][])('%s: "%s" is %s', (locale, text, option) => {
    expect(read(locale, text)).toContain(option);
  });
});

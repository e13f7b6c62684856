import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, same, t } from '../../../test/support/made-up-definition.js';
import { understand } from '../understand.js';

/**
 * A question about the company whose options name products, one of them for what the company built
 * itself (its synonym a phrase of the `in_house_system` concept, no `means`), and a trade question
 * whose option lists the same kind of words for what the company sells.
 */
const definition = madeUpDefinition([
  madeUpChoice('booking', 'company', [
    { id: 'timely', label: same('Timely') },
    { id: 'fresha', label: same('Fresha') },
    { id: 'own', label: t('Our own', 'Oma', 'Eget', 'Własny'), synonyms: { en: ['custom software'], fi: ['itse tehty'], sv: ['egenutvecklat'], pl: ['autorski system'] } },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
  madeUpChoice('trade', 'company', [
    { id: 'software', label: t('Software house', 'Ohjelmistotalo', 'Mjukvaruhus', 'Software house'), synonyms: { en: ['custom software'], fi: ['itse tehty'], sv: ['egenutvecklat'], pl: ['autorski system'] } },
    { id: 'retail', label: t('Retail', 'Vähittäiskauppa', 'Detaljhandel', 'Handel detaliczny') },
  ]),
  madeUpChoice('erp', 'situation', [
    { id: 'sap', label: same('SAP') },
    { id: 'visma', label: same('Visma') },
    { id: 'monitor', label: same('Monitor') },
    { id: 'another', other: true, label: t('Another system', 'Jokin muu', 'Ett annat system', 'Inny system') },
  ]),
]);

const NOW = new Date('2026-06-15T10:00:00Z');
function read(locale: Locale, asking: string, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
}

describe('asked which product the company runs on, what it built itself is the option for its own build', () => {
  it.each<[Locale, string]>([
    ['en', 'our developers built it from scratch'],
    ['en', 'an agency built it for us, it’s a custom build'],
    ['fi', 'rakensimme itse'],
    ['fi', 'ohjelmistotalon tekemä oma toteutus'],
    ['sv', 'vi har byggt det själva'],
    ['sv', 'en egenbyggd lösning'],
    ['pl', 'napisaliśmy sami'],
    ['pl', 'system napisany przez naszego programistę'],
  ])('%s: "%s"', (locale, text) => expect(read(locale, 'booking', text)).toBe('own'));
});

describe('nor a trade question nor a question not asked takes it', () => {
  it.each<[Locale, string, string]>([
    ['en', 'trade', 'our developers built it from scratch'],
    ['fi', 'trade', 'rakensimme itse'],
    ['sv', 'trade', 'vi har byggt det själva'],
    ['pl', 'trade', 'napisaliśmy sami'],
  ])('%s, asking %s: "%s"', (locale, asking, text) => {
    const { extractions } = understand(definition, text, { locale, now: NOW, asking });
    expect(extractions.filter((e) => e.confidence >= CONFIDENT)).toEqual([]);
  });
  it('is not volunteered while another question is asked', () => {
    const { extractions } = understand(definition, 'we built our own booking tool', { locale: 'en', now: NOW, asking: 'trade' });
    expect(extractions.find((e) => e.criterionId === 'booking')).toBeUndefined();
  });
});

describe('asked which product, where no option is for one built in-house, such a system is the catch-all’s', () => {
  it.each<[Locale, string]>([
    ['en', 'a bespoke system our IT built years ago'],
    ['fi', 'meillä on oma räätälöity järjestelmä'],
    ['sv', 'ett egenutvecklat system'],
    ['pl', 'system napisany na zamówienie'],
  ])('%s: "%s"', (locale, text) => expect(read(locale, 'erp', text)).toBe('another'));
});

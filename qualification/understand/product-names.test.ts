import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { madeUpChoice, madeUpDefinition, same, t } from '../../test/support/made-up-definition.js';
import { understand } from './understand.js';

/** Which ERP a company runs: products by name and a catch-all; and a trade question beside it. */
const definition = madeUpDefinition([
  madeUpChoice('erp', 'situation', [
    { id: 'sap', label: same('SAP') },
    { id: 'visma', label: same('Visma') },
    { id: 'monitor', label: same('Monitor') },
    { id: 'another', other: true, label: t('Another system', 'Jokin muu', 'Ett annat system', 'Inny system') },
  ]),
  // Options labelled by kind, whose synonyms name products alike in several languages.
  madeUpChoice('backup', 'situation', [
    { id: 'cloud', label: t('Cloud backup', 'Pilvivarmuuskopio', 'Molnbackup', 'Kopia w chmurze'), synonyms: { en: ['Backblaze', 'cloud'], fi: ['Backblaze'], sv: ['molnet'], pl: ['Backblaze', 'chmura'] } },
    { id: 'disk', label: t('Disks', 'Levyt', 'Diskar', 'Dyski'), synonyms: { en: ['Synology', 'NAS'], fi: ['Synology', 'NAS'], sv: ['NAS'], pl: ['NAS'] } },
    { id: 'none', label: t('None', 'Ei mitään', 'Ingen', 'Brak'), synonyms: {} },
    { id: 'elsewhere', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
  madeUpChoice('trade', 'company', [
    { id: 'retail', label: t('Retail', 'Vähittäiskauppa', 'Detaljhandel', 'Handel detaliczny') },
    { id: 'wholesale', label: t('Wholesale', 'Tukkukauppa', 'Grosshandel', 'Hurt') },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);

const NOW = new Date('2026-06-15T10:00:00Z');
function read(locale: Locale, asking: string, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
}

describe('asked which product, a name no option lists is another product', () => {
  it.each<[Locale, string]>([
    ['en', 'Odoo'],
    ['en', 'we use NetSuite'],
    ['fi', 'meillä on Jeeves'],
    ['sv', 'vi kör Pyramid'],
    ['pl', 'Subiekt GT'],
  ])('%s: "%s"', (locale, text) => expect(read(locale, 'erp', text)).toBe('another'));
  it.each<[Locale, string]>([
    ['en', 'Acronis'],
    ['fi', 'meillä on Veeam'],
    ['sv', 'Carbonite'],
    ['pl', 'Cobian Backup'],
  ])('%s: "%s", asked a question whose options name products only in their synonyms', (locale, text) => expect(read(locale, 'backup', text)).toBe('elsewhere'));
});

describe('but not words, a name written small, a sentence, nor a question about no product', () => {
  it.each<[Locale, string, string]>([
    ['en', 'erp', 'Nothing'],
    ['en', 'erp', 'Paper'],
    ['en', 'erp', 'odoo'],
    ['en', 'erp', 'Not sure'],
    ['en', 'erp', 'We have our own reasons for asking'],
    ['fi', 'erp', 'En tiedä'],
    ['sv', 'erp', 'Vet inte'],
    ['pl', 'erp', 'Nie wiem'],
    ['en', 'trade', 'Odoo'],
  ])('%s, asking %s: "%s"', (locale, asking, text) => expect(read(locale, asking, text)).toBeUndefined());
  it('names an option the option, not another product', () => expect(read('en', 'erp', 'SAP')).toBe('sap'));
});

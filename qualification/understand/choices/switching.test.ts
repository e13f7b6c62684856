import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, same, t } from '../../../test/support/made-up-definition.js';
import { understand } from '../understand.js';

/** Which ERP a company runs: products by name, and a catch-all. */
const definition = madeUpDefinition([
  madeUpChoice('erp', 'situation', [
    { id: 'sap', label: same('SAP') },
    { id: 'visma', label: same('Visma') },
    { id: 'monitor', label: same('Monitor') },
    { id: 'another', other: true, label: t('Another system', 'Jokin muu', 'Ett annat system', 'Inny system') },
  ]),
  madeUpChoice('aim', 'motivation', [
    { id: 'cloud', label: t('Cloud', 'Pilvi', 'Molnet', 'Chmura'), synonyms: { en: ['the cloud'], fi: ['pilvipalvelu'], sv: ['molnet'], pl: ['chmura'] } },
    { id: 'reports', label: t('Reports', 'Raportit', 'Rapporter', 'Raporty') },
  ], { type: 'multi' }),
]);

const NOW = new Date('2026-06-15T10:00:00Z');
function read(locale: Locale, text: string, asking = 'erp'): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
}

describe('an option the visitor is still to switch to is not what they run', () => {
  it.each<[Locale, string, string | undefined]>([
    ['en', 'Navision for now, we are moving to SAP next year', undefined],
    ['en', 'Visma, but migrating to Monitor in the spring', 'visma'],
    ['fi', 'Visma, mutta vaihdamme SAP:iin ensi vuonna', 'visma'],
    ['fi', 'Jeeves, ollaan siirtymässä Monitoriin', undefined],
    ['sv', 'Pyramid, vi byter till Visma i höst', undefined],
    ['sv', 'Monitor, men vi går över till SAP', 'monitor'],
    ['pl', 'Subiekt, przechodzimy na SAP', undefined],
    ['pl', 'Visma, ale zmieniamy na Monitor', 'visma'],
  ])('%s: "%s" → %s', (locale, text, value) => expect(read(locale, text)).toBe(value));
});

describe('a switch done names what they run now', () => {
  it.each<[Locale, string, string]>([
    ['en', 'we switched to SAP last year', 'sap'],
    ['fi', 'vaihdoimme Vismaan viime vuonna', 'visma'],
    ['sv', 'vi bytte till Monitor i fjol', 'monitor'],
    ['pl', 'w zeszłym roku przeszliśmy na SAP', 'sap'],
  ])('%s: "%s" → %s', (locale, text, value) => expect(read(locale, text)).toBe(value));
});

describe('of an option dated to before and one of today, today\'s is the answer', () => {
  it.each<[Locale, string, string | undefined]>([
    ['en', 'we ran Visma until 2024, now SAP', 'sap'],
    ['en', 'used to have Monitor, these days Visma', 'visma'],
    ['en', 'Visma since the spring, before that Monitor', 'visma'],
    ['en', 'had SAP before but switched to Monitor', 'monitor'],
    ['fi', 'aiemmin Monitor, nykyään Visma', 'visma'],
    ['fi', 'Vismalla viime vuoteen asti, nyt SAP', 'sap'],
    ['sv', 'tidigare Monitor men nu kör vi SAP', 'sap'],
    ['sv', 'förr Visma, numera Monitor', 'monitor'],
    ['pl', 'kiedyś Monitor, obecnie Visma', 'visma'],
    ['pl', 'wcześniej SAP, teraz Visma', 'visma'],
    // What they had, beside what they run now.
    ['en', 'we had Monitor, now it is back to Visma', 'visma'],
    ['en', 'used SAP for years, these days Monitor', 'monitor'],
    ['fi', 'oli Monitor, nyt ollaan palattu Vismaan', 'visma'],
    ['fi', 'käytimme SAP:ia, nykyään Monitor', 'monitor'],
    ['sv', 'vi hade SAP, nu är det Monitor', 'monitor'],
    ['sv', 'körde Visma, numera SAP', 'sap'],
    ['pl', 'mieliśmy Monitor, teraz wróciliśmy do Visma', 'visma'],
    ['pl', 'używaliśmy SAP, obecnie Monitor', 'monitor'],
    // Today told as since last year.
    ['sv', 'förut Visma, sen i fjol kör vi Monitor', 'monitor'],
    ['pl', 'wcześniej Monitor, od zeszłego roku wszystko w SAP', 'sap'],
    // Moved to, told by a case ending ("Vismaan", into Visma).
    ['fi', 'ennen SAP, viime vuonna siirryttiin Vismaan', 'visma'],
    // Spoken, tried, or dated to this year ("oltiin", "kokeiltiin", "tänä vuonna"); "mut" is "mutta".
    ['en', 'we were on SAP but this year Visma', 'visma'],
    ['fi', 'oli Monitor mut lopetettiin, nyt taas Visma', 'visma'],
    ['fi', 'oltiin SAP:ssa mut tänä vuonna Visma', 'visma'],
    ['fi', 'kokeiltiin Monitoria, nyt ollaan taas Vismassa', 'visma'],
    ['sv', 'vi testade Monitor, i år kör vi Visma', 'visma'],
    ['pl', 'próbowaliśmy Monitor, w tym roku Visma', 'visma'],
    // Both dated alike, one not dated, or "until now": asked back.
    ['en', 'SAP before, and Visma too', undefined],
    ['en', 'Visma until now, and SAP for the warehouse', undefined],
    ['fi', 'tähän asti Visma, ja SAP varastossa', undefined],
    ['sv', 'förut SAP, förut Visma också', undefined],
  ])('%s: "%s" → %s', (locale, text, value) => expect(read(locale, text)).toBe(value));
});

describe('asked what they want, where they are going is the aim', () => {
  it.each<[Locale, string, string[]]>([
    ['en', 'we are moving to the cloud', ['cloud']],
    ['fi', 'siirrymme pilvipalveluun', ['cloud']],
    ['sv', 'vi går över till molnet', ['cloud']],
    ['pl', 'przechodzimy na chmurę', ['cloud']],
  ])('%s: "%s" → %j', (locale, text, value) => expect(read(locale, text, 'aim')).toEqual(value));
});

describe('a switch from one to another in Finnish ablative and allative', () => {
  it.each<[Locale, string, string]>([
    ['fi', 'siirryttiin Monitorilta Vismalle kaksi vuotta sitten', 'visma'],
    ['fi', 'vaihdettiin SAP:lta Monitorille', 'monitor'],
    ['fi', 'vaihdoimme Vismalta SAP:lle', 'sap'],
  ])('%s: "%s" → %s', (locale, text, value) => expect(read(locale, text)).toBe(value));

  it('a name in the allative with nothing left is no switch', () => expect(read('fi', 'Vismalle tehdään raportit')).toBe('visma'));
});

describe('of one system named after another with what happened next, the later one is run', () => {
  it.each<[Locale, string, string | undefined]>([
    ['en', 'we had SAP, but then the group moved us to Visma', 'visma'],
    ['fi', 'ensin SAP, mutta sitten konserni vaihtoi Vismaan', 'visma'],
    ['sv', 'först SAP, men sedan blev det Visma', 'visma'],
    ['pl', 'najpierw SAP, ale potem przeszliśmy na Visma', 'visma'],
    // A clause dated back tells of before, not of after.
    ['en', 'Visma now, we had SAP back then', 'visma'],
    // Without a contrast, a next step of one way of working: no change of system.
    ['en', 'SAP for orders, then the office types it into Visma', undefined],
  ])('%s: "%s" → %s', (locale, text, value) => expect(read(locale, text)).toBe(value));
});

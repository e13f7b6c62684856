import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

const s = (en: string[], fi: string[], sv: string[], pl: string[]) => ({ en, fi, sv, pl });
/** A made-up safety-training seller: which courses the staff need, pick several. */
const definition = madeUpDefinition([
  madeUpChoice('training', 'situation', [
    { id: 'fire', label: t('Fire safety', 'Paloturvallisuus', 'Brandskydd', 'Ochrona przeciwpożarowa'), synonyms: s(['fire safety', 'hot work permit'], ['tulityökortti', 'alkusammutus'], ['heta arbeten', 'brandskyddsutbildning'], ['ppoż', 'prace pożarowo niebezpieczne']) },
    { id: 'lifting', label: t('Lifting equipment', 'Nostolaitteet', 'Lyftutrustning', 'Urządzenia dźwigowe'), synonyms: s(['crane operator', 'hoist training'], ['nosturikortti', 'nostimen käyttö'], ['kranförare', 'truck med lyft'], ['operator dźwigu', 'uprawnienia UDT']) },
    { id: 'aid', label: t('First aid', 'Ensiapu', 'Första hjälpen', 'Pierwsza pomoc'), synonyms: s(['first aid', 'CPR'], ['EA1', 'ensiapukurssi'], ['HLR', 'första hjälpen-kurs'], ['kurs pierwszej pomocy']) },
    { id: 'data', label: t('Data protection', 'Tietosuoja', 'Dataskydd', 'Ochrona danych'), synonyms: s(['GDPR', 'data protection'], ['GDPR', 'tietosuoja'], ['GDPR', 'dataskydd'], ['RODO', 'ochrona danych']) },
  ], { type: 'multi', question: t('Which trainings do your staff need?', 'Mitä koulutuksia henkilöstö tarvitsee?', 'Vilka utbildningar behöver personalen?', 'Jakich szkoleń potrzebują pracownicy?') }),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
const reading = (locale: Locale, text: string) => understand(definition, text, { locale, now: NOW, asking: 'training' }).extractions.find((e) => e.criterionId === 'training');

describe('a pick-several reply that lists a thing with a word of an option not read is asked back, not recorded in part', () => {
  it.each([
    ['en', 'first aid, and the crane course for the yard guys', ['aid']],
    ['en', 'first aid and something for the crane', ['aid']],
    ['fi', 'ensiapu ja nostimen juttuja pihalle', ['aid']],
    ['fi', 'ensiapu ja nostimia varten jotain', ['aid']],
    ['sv', 'HLR och lyft för lagret', ['aid']],
    ['sv', 'HLR och något med truckarna', ['aid']],
    ['pl', 'RODO i szkolenie z dźwigu', ['data']],
    // the first of a list, and one between commas before "and", is listed too
    ['en', 'hoisting for the yard and first aid', ['aid']],
    ['fi', 'nosturin ajo ja ensiapukurssi', ['aid']],
    ['sv', 'kranförarkurs på gården och HLR', ['aid']],
    ['pl', 'RODO, dźwigi i kurs pierwszej pomocy', ['data', 'aid']],
    // a word of one root with another option's word: another form, or a compound of it
    ['en', 'CPR and the cranework in the yard', ['aid']],
    ['fi', 'ensiapu ja nosturin ajo', ['aid']],
    ['sv', 'HLR och lyftkurs för lagret', ['aid']],
    ['pl', 'RODO i dźwigowcy na budowie', ['data']],
  ] as const)('%s: %s', (locale, text, part) => {
    expect(reading(locale, text)).toMatchObject({ value: part, confidence: 0.6 });
  });

  it.each([
    // After a comma alone the words say why, not what else.
    ['en', 'first aid, the lads keep getting hurt'],
    ['fi', 'ensiapukurssi, meillä sattuu paljon'],
    ['sv', 'HLR, folk skadar sig hela tiden'],
    ['pl', 'RODO, bo mamy dużo danych klientów'],
    // "me and …" adds people, not a course.
    ['en', 'first aid for me and the crane drivers'],
    ['pl', 'RODO dla mnie i operatorów'],
    // a word said not to be there names no option
    ['en', 'first aid, and no crane stuff'],
    ['fi', 'ensiapu ja ei nosturikorttia'],
    ['sv', 'HLR och inte kranförare'],
    ['pl', 'RODO, a i nie dźwigi'],
  ] as const)('stays recorded, %s: %s', (locale, text) => {
    expect(reading(locale, text)?.confidence).toBeGreaterThanOrEqual(0.75);
  });
});

describe('a pick-several reply whose listed part holds two words of one other option names it', () => {
  it.each([
    ['en', 'first aid and lifting for the crane guys', ['aid', 'lifting']],
    ['fi', 'ensiapu ja nosturin käyttö', ['aid', 'lifting']],
    ['sv', 'HLR och lyft för kranförarna på lagret', ['aid', 'lifting']],
    ['pl', 'RODO i uprawnienia na dźwig', ['data', 'lifting']],
  ] as const)('%s: %s', (locale, text, value) => {
    expect(reading(locale, text)).toMatchObject({ value });
    expect(reading(locale, text)?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    // One word of it is half a name: asked back.
    ['en', 'first aid and something for the crane', ['aid']],
    // Words of two other options in one part name neither.
    ['en', 'first aid plus crane hoisting fire stuff', ['aid']],
  ] as const)('asked back, %s: %s', (locale, text, value) => {
    expect(reading(locale, text)).toMatchObject({ value, confidence: 0.6 });
  });
});

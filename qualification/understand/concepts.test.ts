import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import { Option, type Locale } from '../definition/schema.js';
import { understand } from './understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';

/** A lean definition that lists no phrase for these answers: only concept markers. */
const definition = madeUpDefinition([
    madeUpChoice('country', 'company', [
      { id: 'norway', label: t('Norway', 'Norja', 'Norge', 'Norwegia'), country: 'NO' },
      { id: 'denmark', label: t('Denmark', 'Tanska', 'Danmark', 'Dania'), country: 'DK' },
      { id: 'elsewhere', label: t('Elsewhere', 'Muualla', 'Annat land', 'Gdzie indziej'), other: true },
    ]),
    madeUpChoice('budget', 'situation', [
      { id: 'approved', label: t('Approved', 'Hyväksytty', 'Godkänd', 'Zatwierdzony'), means: ['yes'] },
      { id: 'none', label: t('None', 'Ei', 'Ingen', 'Brak'), means: ['no', 'no_budget'] },
      { id: 'unknown', label: t('Unsure', 'Epävarma', 'Osäker', 'Niepewne'), means: ['dont_know'] },
    ]),
    madeUpChoice('authority', 'person', [
      { id: 'decides', label: t('Decider', 'Päättäjä', 'Beslutsfattare', 'Decydent'), means: ['i_decide'] },
      { id: 'recommends', label: t('Recommender', 'Suosittelija', 'Rekommendatör', 'Doradca'), means: ['i_recommend'] },
      { id: 'others', label: t('Others', 'Muut', 'Andra', 'Inni'), means: ['someone_else_decides'] },
    ]),
    madeUpChoice('stage', 'situation', [
      { id: 'buying', label: t('Buying', 'Ostamassa', 'Köper', 'Kupujemy') },
      { id: 'browsing', label: t('Browsing', 'Selailu', 'Tittar', 'Przeglądanie'), means: ['just_looking'] },
      { id: 'not_a_buyer', label: t('Not a buyer', 'Ei ostaja', 'Ingen köpare', 'Nie kupujący'), means: ['student', 'job_hunting', 'retired'], disqualify: { reason: 'no company' } },
    ]),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function read(locale: Locale, text: string, asking: string | null): Record<string, unknown> {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
}

type Row = [Locale, string | null, string, Record<string, string>];

describe('an option’s country is named in every locale, inflected too', () => {
  it.each<Row>([
    ['en', null, 'our crews work in Norway', { country: 'norway' }],
    ['fi', null, 'toimimme Norjassa', { country: 'norway' }],
    ['fi', 'country', 'Tanskassa', { country: 'denmark' }],
    ['sv', null, 'vi har kontor i Norge', { country: 'norway' }],
    ['pl', null, 'pracujemy w Danii', { country: 'denmark' }],
    ['pl', 'country', 'w Norwegii', { country: 'norway' }],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual(expected));
});

describe('the catch-all takes a country no option lists, when asked', () => {
  it.each<Row>([
    ['en', 'country', 'Germany', { country: 'elsewhere' }],
    ['fi', 'country', 'Saksassa', { country: 'elsewhere' }],
    ['sv', 'country', 'i Tyskland', { country: 'elsewhere' }],
    ['pl', 'country', 'w Estonii', { country: 'elsewhere' }],
    ['en', null, 'we also sell to Germany', {}],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual(expected));
});

describe('concepts answer for the options that mean them', () => {
  it.each<Row>([
    ['en', 'budget', 'yes', { budget: 'approved' }],
    ['en', 'budget', 'we haven’t budgeted for it', { budget: 'none' }],
    ['en', 'budget', 'nothing approved yet', { budget: 'none' }],
    ['en', 'budget', 'not sure', { budget: 'unknown' }],
    ['fi', 'budget', 'ei ole vielä budjetoitu', { budget: 'none' }],
    ['fi', 'budget', 'kyllä', { budget: 'approved' }],
    ['sv', 'budget', 'vi har inte budgeterat det', { budget: 'none' }],
    ['sv', 'budget', 'inga pengar avsatta', { budget: 'none' }],
    ['pl', 'budget', 'nie mamy budżetu', { budget: 'none' }],
    // A no said with doubt answers the option that means no.
    ['en', 'budget', 'I don’t think so', { budget: 'none' }],
    ['sv', 'budget', 'tror inte det', { budget: 'none' }],
    ['pl', 'budget', 'tak', { budget: 'approved' }],
    ['en', 'authority', 'I have the final say', { authority: 'decides' }],
    ['en', 'authority', 'I recommend, the owner signs', { authority: 'recommends' }],
    ['en', 'authority', 'my boss decides', { authority: 'others' }],
    ['fi', 'authority', 'päätän itse', { authority: 'decides' }],
    ['fi', 'authority', 'esimies päättää', { authority: 'others' }],
    ['sv', 'authority', 'jag tar fram underlag', { authority: 'recommends' }],
    ['sv', 'authority', 'ledningen bestämmer', { authority: 'others' }],
    ['pl', 'authority', 'decyzja należy do mnie', { authority: 'decides' }],
    ['pl', 'authority', 'nie ja decyduję, tylko zarząd', { authority: 'others' }],
    // A phrase of who decides keeps who acts when its words come in another order: no pronoun, not the visitor.
    ['sv', 'authority', 'inköpsavdelningen i Malmö tar sånt beslut', { authority: 'others' }],
    ['sv', 'authority', 'det beslutet tar jag', { authority: 'decides' }],
    ['en', 'stage', 'just looking for now', { stage: 'browsing' }],
    ['fi', 'stage', 'katselen vain', { stage: 'browsing' }],
    ['sv', 'stage', 'jag kollar bara runt', { stage: 'browsing' }],
    ['sv', 'stage', 'vi tittar mest runt än så länge', { stage: 'browsing' }],
    ['sv', 'stage', 'ser mig omkring lite', { stage: 'browsing' }],
    ['en', 'stage', 'mostly browsing at this point', { stage: 'browsing' }],
    ['pl', 'stage', 'na razie tylko się rozglądam', { stage: 'browsing' }],
    ['en', null, 'I’m a student writing my thesis', { stage: 'not_a_buyer' }],
    ['fi', 'stage', 'olen eläkkeellä', { stage: 'not_a_buyer' }],
    ['sv', 'stage', 'jag söker jobb', { stage: 'not_a_buyer' }],
    ['pl', 'stage', 'jestem studentką', { stage: 'not_a_buyer' }],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual(expected));

  it('reads a bare yes or no only as the answer to the question asked', () => {
    expect(read('en', 'yes', 'authority')).toEqual({});
    expect(read('fi', 'ei', null)).toEqual({});
    // Not even inside a longer phrase: "we do" says yes only to a question.
    expect(read('en', 'we do IT consulting', null)).toEqual({});
    expect(read('sv', 'vi har tolv montörer', null)).toEqual({});
    expect(read('pl', 'nie wiem jeszcze, szukamy', null)).toEqual({});
  });
});

describe('the definition names concepts and countries it can check', () => {
  const option = (extra: object) => ({ id: 'x', label: { en: 'X' }, ...extra });
  it.each([
    [{ means: ['no_money'] }, 'means', /no_budget/],
    [{ means: ['save_time', 'cost_savings'] }, 'means', /cut_costs/],
    [{ country: 'Norway' }, 'country', /ISO 3166/],
    [{ country: 'XX' }, 'country', /ISO 3166/],
  ])('%o is refused, naming the field', (extra, field, message) => {
    const issue = Option.safeParse(option(extra)).error?.issues[0];
    expect(issue?.path[0]).toBe(field);
    expect(issue?.message).toMatch(message);
  });
});

import { describe, expect, it } from 'vitest';
import type { Locale } from '../definition/schema.js';
import { LeadDefinition } from '../definition/schema.js';
import { choiceExtractions, findChoices } from './choices.js';
import { prepare } from './normalize.js';
import { t } from '../../test/support/made-up-definition.js';

const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Test' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: t('Hi', 'Hei', 'Hej', 'Cześć'),
  criteria: [
    {
      id: 'city',
      category: 'company',
      type: 'choice',
      question: t('Where?', 'Missä?', 'Var?', 'Gdzie?'),
      why: t('w', 'w', 'w', 'w'),
      options: [
        { id: 'helsinki', label: t('Helsinki', 'Helsinki', 'Helsingfors', 'Helsinki'), synonyms: { fi: ['Suomi'] } },
        { id: 'gothenburg', label: t('Gothenburg', 'Göteborg', 'Göteborg', 'Göteborg') },
        { id: 'warsaw', label: t('Warsaw', 'Varsova', 'Warszawa', 'Warszawa'), synonyms: { pl: ['Polska'] } },
        { id: 'abroad', label: t('Abroad', 'Ulkomailla', 'Utomlands', 'Za granicą'), synonyms: { en: ['household'] }, disqualify: { reason: 'no' } },
        { id: 'other', label: t('Somewhere else', 'Muualla', 'Någon annanstans', 'Gdzie indziej'), synonyms: { en: ['other', 'office'] } },
      ],
    },
    {
      id: 'department',
      category: 'company',
      type: 'choice',
      question: t('Department?', 'Osasto?', 'Avdelning?', 'Dział?'),
      why: t('w', 'w', 'w', 'w'),
      options: [
        { id: 'it', label: t('IT', 'IT', 'IT', 'IT') },
        { id: 'plumbing', label: t('Plumbing', 'Putkityöt', 'Rörarbeten', 'Hydraulika'), synonyms: { en: ['plumber'], sv: ['rörmokare'], fi: ['putkimies'], pl: ['hydraulik'] } },
        { id: 'electrical', label: t('Electrical', 'Sähkö', 'El', 'Elektryka'), synonyms: { fi: ['sähköasennus'] } },
      ],
    },
    {
      id: 'tool',
      category: 'situation',
      type: 'choice',
      question: t('Tool?', 'Työkalu?', 'Verktyg?', 'Narzędzie?'),
      why: t('w', 'w', 'w', 'w'),
      options: [
        { id: 'old_system', label: t('Old system', 'Vanha järjestelmä', 'Gammalt system', 'Stary system') },
        { id: 'planning', label: t('Planning', 'Suunnittelu', 'Planering', 'Planowanie') },
        { id: 'yes_budget', label: t('yes', 'kyllä', 'ja', 'tak') },
      ],
    },
    {
      id: 'goals',
      category: 'motivation',
      type: 'multi',
      question: t('Goals?', 'Tavoitteet?', 'Mål?', 'Cele?'),
      why: t('w', 'w', 'w', 'w'),
      options: [
        { id: 'save_time', label: t('Save time', 'Säästää aikaa', 'Spara tid', 'Oszczędzić czas') },
        { id: 'grow', label: t('Grow', 'Kasvu', 'Växa', 'Rozwój') },
        { id: 'cut_costs', label: t('Cut costs', 'Säästöt', 'Sänka kostnader', 'Obniżyć koszty') },
      ],
    },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-01-15T10:00:00Z');

function read(locale: Locale, text: string, asking: string | null = null) {
  const message = prepare(text);
  const hits = findChoices(definition, message, { locale, now, asking }, [], []);
  return Object.fromEntries(choiceExtractions(hits, message).map((e) => [e.criterionId, [e.value, e.confidence, e.raw]]));
}

describe('options named in the visitor’s words', () => {
  // [locale, text, criterion, option, lowest and highest confidence expected]
  const rows: [Locale, string, string, string | string[], number, number][] = [
    ['en', 'gothenburg', 'city', 'gothenburg', 0.9, 1],
    ['fi', 'GÖTEBORG', 'city', 'gothenburg', 0.9, 1],
    ['fi', 'Goteborg', 'city', 'gothenburg', 0.9, 1],
    ['fi', 'toimimme Helsingissä', 'city', 'helsinki', 0.8, 0.8],
    ['fi', 'Suomessa', 'city', 'helsinki', 0.8, 0.8],
    ['fi', 'Varsovassa', 'city', 'warsaw', 0.8, 0.8],
    ['fi', 'Göteborgista', 'city', 'gothenburg', 0.8, 0.8],
    ['fi', 'olen putkimiehenä', 'department', 'plumbing', 0.8, 0.8],
    ['fi', 'sähköasennuksia', 'department', 'electrical', 0.8, 0.8],
    ['fi', 'sähköurakointia', 'department', 'electrical', 0.8, 0.8],
    ['pl', 'w Polsce', 'city', 'warsaw', 0.8, 0.8],
    ['pl', 'w Warszawie', 'city', 'warsaw', 0.8, 0.8],
    ['pl', 'jestem hydraulikiem', 'department', 'plumbing', 0.8, 0.8],
    ['pl', 'z Warszawy', 'city', 'warsaw', 0.8, 0.8],
    ['sv', 'rörmokaren', 'department', 'plumbing', 0.8, 0.8],
    ['sv', 'rörmokarna', 'department', 'plumbing', 0.8, 0.8],
    ['sv', 'planeringen', 'tool', 'planning', 0.8, 0.8],
    ['sv', 'planeringssystemet', 'tool', 'planning', 0.8, 0.8],
    ['en', 'plumbers', 'department', 'plumbing', 0.8, 0.8],
    ['en', 'our old planning system', 'tool', 'old_system', 0.8, 0.8],
    ['en', 'Helsingfors', 'city', 'helsinki', 0.55, 0.6],
    ['en', 'plumbre', 'department', 'plumbing', 0.5, 0.6],
    ['en', 'Warsae', 'city', 'warsaw', 0, 0],
    ['en', 'Gothenbrug', 'city', 'gothenburg', 0.5, 0.6],
    ['en', 'IT', 'department', 'it', 0.9, 1],
    ['en', 'save time and grow', 'goals', ['save_time', 'grow'], 0.9, 1],
    ['en', 'Gothenburg and Warsaw', 'city', 'gothenburg', 0.5, 0.6],
  ];
  it.each(rows)('%s: %s → %s %s', (locale, text, criterion, option, low, high) => {
    const found = read(locale, text)[criterion];
    if (high === 0) return expect(found).toBeUndefined();
    expect(found?.[0]).toEqual(option);
    expect(found?.[1]).toBeGreaterThanOrEqual(low);
    expect(found?.[1]).toBeLessThanOrEqual(high);
  });

  it('keeps the visitor’s own words as raw', () => {
    expect(read('pl', 'działamy w Warszawie od lat').city?.[2]).toBe('Warszawie');
  });

  it('does not take "it" the pronoun for IT, unless IT is the question', () => {
    expect(read('en', 'we use it every day').department).toBeUndefined();
    const asked = read('en', 'it', 'department').department;
    expect(asked?.[0]).toBe('it');
    expect(asked?.[1]).toBeLessThan(0.75);
  });

  it('reads yes-like and catch-all options only as the answer to their own question', () => {
    expect(read('en', 'yes, and the office is in Gothenburg')).toEqual({ city: ['gothenburg', 0.95, 'Gothenburg'] });
    expect(read('en', 'yes', 'tool').tool?.[0]).toBe('yes_budget');
    expect(read('en', 'other', 'city').city?.[0]).toBe('other');
  });

  it('has a disqualifying option read from an inflected form confirmed first', () => {
    const found = read('en', 'we serve households');
    expect(found.city?.[0]).toBe('abroad');
    expect(found.city?.[1]).toBeLessThan(0.75);
  });

  it('takes a typo only as the answer to its own question, sure of it where it points to one option', () => {
    expect(read('en', 'Warsae', 'city').city?.slice(0, 2)).toEqual(['warsaw', 0.8]);
  });

  it('does not take a negated option for an answer', () => {
    expect(read('en', "we don't use the old system anymore").tool).toBeUndefined();
    expect(read('fi', 'emme ole Helsingissä').city).toBeUndefined();
    expect(read('pl', 'nie w Warszawie, tylko w Göteborgu').city?.[0]).toBe('gothenburg');
    expect(read('sv', 'vi har inte gammalt system').tool).toBeUndefined();
  });

  it('lets a contrast end a negation’s reach, with or without a comma', () => {
    expect(read('fi', 'ei vaan Helsingissä').city?.[0]).toBe('helsinki');
    expect(read('fi', 'ei Göteborgissa vaan Varsovassa').city?.[0]).toBe('warsaw');
    expect(read('sv', 'inte Göteborg utan Warszawa').city?.[0]).toBe('warsaw');
    expect(read('pl', 'nie w Warszawie tylko w Göteborgu').city?.[0]).toBe('gothenburg');
    expect(read('en', 'not Warsaw but Gothenburg').city?.[0]).toBe('gothenburg');
  });

  it('lets the longer phrase win a stretch of text', () => {
    expect(read('en', 'our old planning system').tool?.[0]).toBe('old_system');
  });

  it('ignores words inside blocked stretches (an e-mail address)', () => {
    const message = prepare('write to me at someone@gothenburg.example');
    const at = message.original.indexOf('someone');
    const hits = findChoices(definition, message, { locale: 'en', now, asking: null }, [], [{ start: at, end: message.original.length }]);
    expect(hits).toEqual([]);
  });
});

describe('words shared by options of two criteria', () => {
  const shared = {
    ...definition,
    criteria: definition.criteria.map((c) =>
      c.id === 'tool' && c.type === 'choice' ? { ...c, options: c.options.map((o) => (o.id === 'planning' ? { ...o, synonyms: { en: ['Gothenburg'] } } : o)) } : c,
    ),
  };
  const readShared = (asking: string | null) => {
    const message = prepare('Gothenburg');
    return choiceExtractions(findChoices(shared, message, { locale: 'en', now, asking }, [], []), message).map((e) => e.criterionId).sort();
  };

  it('answer the question asked only, not another criterion besides', () => {
    expect(readShared('tool')).toEqual(['tool']);
    expect(readShared('city')).toEqual(['city']);
    expect(readShared(null)).toEqual(['city', 'tool']);
  });
});

import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../../test/support/example-definition.js';
import { leanDefinition } from '../../../test/support/lean-definition.js';
import { CONFIDENT } from '../../answer.js';
import { packFor } from '../../locales/index.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { tradesIn } from './industries.js';

const now = new Date('2026-01-15T10:00:00Z');
const read = (definition: ReturnType<typeof leanDefinition>, locale: Locale, text: string, asking: string | null) =>
  Object.fromEntries(
    understand(definition, text, { locale, now, asking })
      .extractions.filter((e) => e.confidence >= CONFIDENT)
      .map((e) => [e.criterionId, e.value]),
  );

describe('trade words of the locale packs (NACE Rev. 2 codes)', () => {
  it.each([
    ['en', 'electrical contractor', 'F.43.21'],
    ['fi', 'toimistosiivousta', 'N.81'],
    ['fi', 'ravintolaketjun', 'I.56'],
    ['sv', 'städfirman', 'N.81'],
    ['sv', 'tandvårdskliniken', 'Q.86'],
    ['pl', 'salonu fryzjerskiego', 'S.96'],
    ['en', 'pest control', 'N.81'],
    ['en', 'last-mile delivery', 'H.53'],
    ['fi', 'hissihuoltoa', 'F.43.29'],
    ['fi', 'kiinteistönvälitys', 'L.68'],
    ['sv', 'trädgårdsanläggning', 'N.81'],
    ['pl', 'serwis wind', 'F.43.29'],
    ['pl', 'firma przeprowadzkowa', 'H.49'],
  ] as const)('%s "%s" names %s', (locale, text, code) => {
    expect(tradesIn(text, packFor(locale))).toContain(code);
  });

  it('an industry word no synonym lists answers the option covering its code, or the catch-all where none covers its section', () => {
    const lean = leanDefinition();
    expect(read(lean, 'en', 'roofing and carpentry', 'industry')).toEqual({ industry: 'construction' }); // F.43.x under "construction" (F)
    expect(read(lean, 'en', 'architecture firm', 'industry')).toEqual({ industry: 'professional_services' }); // M.71: the one option covering M
    expect(read(lean, 'fi', 'kuljetusliike', 'industry')).toEqual({ industry: 'manufacturing' }); // H.49 under "logistiikka" (H)
    expect(read(lean, 'sv', 'frisörsalong', 'industry')).toEqual({ industry: 'other' }); // S: no option covers it
    expect(read(lean, 'pl', 'klub sportowy', 'industry')).toEqual({ industry: 'other' });
  });

  it('reads trade words only as the answer to the question asked, never volunteered', () => {
    expect(read(leanDefinition(), 'en', 'we run a hair salon', 'role')).toEqual({});
    expect(read(leanDefinition(), 'en', 'we run a hair salon', null)).toEqual({});
  });

  it('a trade two options cover alike is no guess: the example’s heating and plumbing options share F.43.22', () => {
    const example = exampleDefinition();
    expect(read(example, 'en', 'we do pipe insulation', 'industry')).toEqual({});
    expect(read(example, 'en', 'roofing', 'industry')).toEqual({ industry: 'construction' });
    expect(read(example, 'en', 'a hair salon', 'industry')).toEqual({ industry: 'other' });
  });

  it('a criterion whose options name no trades takes none (the lean role question)', () => {
    expect(read(leanDefinition(), 'en', 'a hair salon', 'role')).toEqual({});
  });

  it('job titles and work said in words (ISCO-08) answer a question whose options name jobs', () => {
    const lean = leanDefinition();
    expect(read(lean, 'en', 'Head of People', 'role')).toEqual({ role: 'hr' });
    expect(read(lean, 'en', 'I handle the finances', 'role')).toEqual({ role: 'finance' });
    expect(read(lean, 'fi', 'vastaan taloudesta', 'role')).toEqual({ role: 'finance' });
    expect(read(lean, 'sv', 'jag sköter lönerna', 'role')).toEqual({ role: 'payroll' });
    expect(read(lean, 'pl', 'zajmuję się płacami', 'role')).toEqual({ role: 'payroll' });
  });

  it('work beside someone else’s role is that person’s work, and work words never make a question about jobs', () => {
    const lean = leanDefinition();
    expect(read(lean, 'en', 'our accountant handles the payroll', 'role').role).toBeUndefined();
    // The lean motivation options name work ("accounting integration", "hiring") but no job title.
    expect(read(lean, 'en', 'lower costs mainly, our accountant charges too much', 'motivation')).toMatchObject({ motivation: ['cost'] });
  });
});

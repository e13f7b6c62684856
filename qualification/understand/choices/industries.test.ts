import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../../test/support/example-definition.js';
import { leanDefinition } from '../../../test/support/lean-definition.js';
import { CONFIDENT } from '../../answer.js';
import { packFor } from '../../locales/index.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { loadDevDefinition } from '../../../bench/understanding/dev-set.js';
import { tradesIn } from './trade-codes.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

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
    ['fi', 'toimistosiivousta', 'N.81.2'],
    ['fi', 'ravintolaketjun', 'I.56.10'],
    ['sv', 'städfirman', 'N.81.2'],
    ['sv', 'tandvårdskliniken', 'Q.86'],
    ['pl', 'salonu fryzjerskiego', 'S.96'],
    ['en', 'pest control', 'N.81.2'],
    ['en', 'last-mile delivery', 'H.53'],
    ['fi', 'hissihuoltoa', 'C.33'],
    ['fi', 'kiinteistönvälitys', 'L.68'],
    ['sv', 'trädgårdsanläggning', 'N.81.3'],
    ['pl', 'serwis wind', 'C.33'],
    ['pl', 'firma przeprowadzkowa', 'H.49'],
    // 'kirjanpito|palvelu' (bookkeeping services), not 'kirjan|pitopalvelu' (catering)
    ['fi', 'kirjanpitopalveluja yrittäjille', 'M.69.2'],
  ] as const)('%s "%s" names %s', (locale, text, code) => {
    expect(tradesIn(text, packFor(locale))).toContain(code);
  });

  it('a compound is read at its own seam: "kirjanpitopalvelu" is bookkeeping, not catering ("pitopalvelu")', () => {
    expect(read(loadDevDefinition('lasku'), 'fi', 'kirjanpitopalveluja yrittäjille', 'business')).toEqual({ business: 'accounting_office' });
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

/** A made-up lean definition: a restaurant-software seller's kinds of venue, a fleet seller's kinds of work; a few words per option. */
const venues = madeUpDefinition([
  madeUpChoice('venue', 'company', [
    { id: 'quick', label: t('Quick service', 'Pikaruoka', 'Snabbmat', 'Szybka obsługa'), synonyms: { en: ['fast food'] } },
    { id: 'dining', label: t('Restaurant', 'Ravintola', 'Restaurang', 'Restauracja') },
    { id: 'cafe', label: t('Café', 'Kahvila', 'Kafé', 'Kawiarnia') },
    { id: 'bar', label: t('Bars and pubs', 'Baari tai pubi', 'Bar eller pub', 'Bar lub pub') },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
  madeUpChoice('work', 'company', [
    { id: 'transport', label: t('Transport', 'Kuljetus', 'Transport', 'Transport'), synonyms: { en: ['haulage'], sv: ['åkeri'] } },
    { id: 'construction', label: t('Construction', 'Rakentaminen', 'Bygg', 'Budownictwo') },
    { id: 'service', label: t('Service and maintenance', 'Huolto ja asennus', 'Service och underhåll', 'Serwis i instalacje'), synonyms: { en: ['repairs'], fi: ['kunnossapito'] } },
    { id: 'facilities', label: t('Property maintenance', 'Kiinteistöhuolto', 'Fastighetsskötsel', 'Utrzymanie nieruchomości') },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);

describe('kinds of venue and of work no synonym lists (NACE groups, classes and national subclasses)', () => {
  it.each([
    ['en', 'venue', 'a burger place downtown', 'quick'],
    ['en', 'venue', 'we run a gastropub', 'bar'],
    ['en', 'venue', 'two kebab shops', 'quick'],
    ['en', 'venue', 'a small coffee house', 'cafe'],
    ['en', 'venue', 'a bistro', 'dining'],
    ['en', 'venue', 'a hair salon', 'other'],
    ['fi', 'venue', 'hampurilaispaikka keskustassa', 'quick'],
    ['fi', 'venue', 'pidämme olutravintolaa', 'bar'],
    ['fi', 'venue', 'konditoria', 'cafe'],
    ['sv', 'venue', 'vi har ett gatukök', 'quick'],
    ['sv', 'venue', 'en vinbar', 'bar'],
    ['sv', 'venue', 'ett konditori', 'cafe'],
    ['pl', 'venue', 'prowadzimy burgerownię', 'quick'],
    ['pl', 'venue', 'mamy piwiarnię', 'bar'],
    ['pl', 'venue', 'cukiernia', 'cafe'],
    // Installing, servicing and repairing (NACE C.33) is the work done, whatever trade it is done in.
    ['en', 'work', 'plumbing & heating installs', 'service'],
    ['en', 'work', 'we service lifts', 'service'],
    ['fi', 'work', 'asennamme ilmalämpöpumppuja', 'service'],
    ['fi', 'work', 'huollamme hissejä', 'service'],
    ['sv', 'work', 'vi servar värmepumpar', 'service'],
    ['pl', 'work', 'serwisujemy klimatyzacje', 'service'],
    ['pl', 'work', 'naprawiamy windy', 'service'],
    ['fi', 'work', 'sähköasennusyritys', 'service'],
    ['fi', 'work', 'putkiasennusfirma', 'service'],
    ['en', 'work', 'an electrical installation company', 'service'],
    ['fi', 'work', 'sähköurakointi', 'construction'],
    ['en', 'work', 'roofing', 'construction'],
    // Cleaning (N.81.2) is a trade of its own beside property maintenance (N.81.1): the catch-all's.
    ['en', 'work', 'office cleaning', 'other'],
    ['fi', 'work', 'kiinteistöjen siivousta', 'other'],
    ['sv', 'work', 'vi har en städfirma', 'other'],
    ['pl', 'work', 'firma sprzątająca biura', 'other'],
    ['fi', 'work', 'talonmiespalvelut', 'facilities'],
    // Another option's trade wins over the catch-all's: the webshops are the customers.
    ['fi', 'work', 'teemme verkkokauppojen kotiinkuljetuksia', 'transport'],
  ] as const)('%s, asking %s: %s', (locale, asking, text, value) => {
    expect(read(venues, locale, text, asking)).toEqual({ [asking]: value });
  });
});

describe('the customers’ trade is not the company’s own, and selling goods is retail', () => {
  it.each([
    // A software vendor (J.62) whose customers are restaurants: the lean option covering IT, not hospitality.
    ['en', 'we sell software to restaurants and hotels', { industry: 'professional_services' }],
    ['en', 'we make software for hotels and restaurants', { industry: 'professional_services' }],
    ['fi', 'myymme ohjelmistoja ravintoloille', { industry: 'professional_services' }],
    ['sv', 'vi säljer mjukvara till hotell och restauranger', { industry: 'professional_services' }],
    ['pl', 'sprzedajemy oprogramowanie dla restauracji i hoteli', { industry: 'professional_services' }],
    // The products a shop sells: retail (NACE G.47), though no synonym names the goods.
    ['en', 'we sell bikes and spare parts', { industry: 'retail' }],
    ['fi', 'myymme pyöriä ja varaosia', { industry: 'retail' }],
    ['sv', 'vi säljer cyklar och reservdelar', { industry: 'retail' }],
    ['pl', 'sprzedajemy rowery i części', { industry: 'retail' }],
    // Whom the company serves names no trade of its own: asked back, nothing recorded.
    ['en', 'our customers are mostly restaurants and hotels', {}],
    ['en', 'we supply hotels', {}],
    ['en', 'we serve burgers and fries', { industry: 'hospitality' }],
    ['fi', 'palvelemme asiakkaita lounasravintolassamme', { industry: 'hospitality' }],
    ['en', 'we sell to restaurants', {}],
    ['fi', 'asiakkaamme ovat ravintoloita', {}],
    ['fi', 'asiakkainamme on lähinnä hotelleja', {}],
    ['fi', 'myymme ravintoloille', {}],
    ['sv', 'våra kunder är restauranger och hotell', {}],
    ['sv', 'vi säljer till restauranger', {}],
    ['pl', 'naszymi klientami są restauracje i hotele', {}],
    ['pl', 'zaopatrujemy hotele', {}],
    ['pl', 'sprzedajemy do restauracji', {}],
  ] as const)('%s "%s"', (locale, text, facts) => {
    expect(read(leanDefinition(), locale, text, 'industry')).toEqual(facts);
  });

  it('the company’s own trade stays its own beside its customers', () => {
    const lean = leanDefinition();
    expect(read(lean, 'en', "we're a restaurant, our customers love us", 'industry')).toEqual({ industry: 'hospitality' });
    expect(read(lean, 'en', 'we run a hotel and serve breakfast', 'industry')).toEqual({ industry: 'hospitality' });
    expect(read(lean, 'en', 'we do cleaning for restaurants and hotels', 'industry')).toEqual({ industry: 'cleaning' });
    expect(read(lean, 'sv', 'vi är en städfirma, våra kunder är kontor', 'industry')).toEqual({ industry: 'cleaning' });
  });
});

describe('selling beside a trade the catch-all takes is no shop', () => {
  // A point-of-sale seller's kinds of venue (the dev set Kassa's definition): a shop option and a catch-all.
  const kassa = loadDevDefinition('kassa');
  it.each([
    ['en', 'a tattoo studio, we also sell aftercare products', { venue_type: 'other' }],
    ['en', 'beauty salon, we sell some skincare too', { venue_type: 'other' }],
    ['fi', 'parturi, myydään myös partavahoja', { venue_type: 'other' }],
    ['fi', 'tatuointistudio, myymme myös hoitovoiteita', { venue_type: 'other' }],
    ['sv', 'tatueringsstudio, vi säljer även hudvårdsprodukter', { venue_type: 'other' }],
    ['sv', 'gym, säljer lite kosttillskott också', { venue_type: 'other' }],
    ['pl', 'studio tatuażu, sprzedajemy też kremy', { venue_type: 'other' }],
    ['pl', 'siłownia, sprzedajemy też suplementy', { venue_type: 'other' }],
    // Selling alone is still the shop's.
    ['en', 'we also sell flowers and plants', { venue_type: 'shop' }],
    ['fi', 'myymme kukkia', { venue_type: 'shop' }],
    ['sv', 'vi säljer blommor', { venue_type: 'shop' }],
    ['pl', 'sprzedajemy kwiaty', { venue_type: 'shop' }],
  ] as const)('%s "%s"', (locale, text, facts) => {
    expect(read(kassa, locale, text, 'venue_type')).toEqual(facts);
  });
});

describe('words that only look like a trade', () => {
  it('a hospital is no hospitality, though the stems meet (Q.86, not I)', () => {
    const vuoro = loadDevDefinition('vuoro');
    expect(read(vuoro, 'en', "we're a private hospital", 'industry')).toEqual({});
    expect(read(vuoro, 'en', "we're in hospitality", 'industry')).toEqual({ industry: 'hospitality' });
  });

  it('what a count counts is no trade said in passing ("60 trucks" is not trucking), unless a synonym says it as written', () => {
    const reitti = loadDevDefinition('reitti');
    expect(read(reitti, 'en', 'in the Q1 planning round. oh and sorry, I meant 60 trucks earlier, not 40', 'budget')).toEqual({ budget: 'planning' });
    expect(read(reitti, 'en', 'trucks, 60 of them', 'industry')).toEqual({ industry: 'transport' });
  });
});

describe('farming by what is grown or kept (NACE A.01 classes, A.02, A.03)', () => {
  const w = t('w', 'w', 'w', 'w');
  const farm = madeUpDefinition([
    {
      id: 'farm',
      category: 'company',
      type: 'choice',
      question: t('What do you farm?', 'Mitä tuotatte?', 'Vad producerar ni?', 'Co Państwo produkują?'),
      why: w,
      options: [
        { id: 'milk', label: t('Milk', 'Maito', 'Mjölk', 'Mleko'), synonyms: { en: ['dairy farm'], fi: ['maitotila'], sv: ['mjölkgård'], pl: ['produkcja mleka'] } },
        { id: 'pork', label: t('Pork', 'Sianliha', 'Griskött', 'Wieprzowina'), synonyms: { en: ['pig farm'], fi: ['sikatila'], sv: ['grisgård'], pl: ['chlewnia'] } },
        { id: 'eggs', label: t('Eggs and chicken', 'Kananmunat ja broileri', 'Ägg och kyckling', 'Jaja i drób'), synonyms: { en: ['poultry'], fi: ['siipikarja'], sv: ['fjäderfä'], pl: ['drób'] } },
        { id: 'wood', label: t('Forest', 'Metsä', 'Skog', 'Las'), synonyms: { en: ['forestry'], fi: ['metsätalous'], sv: ['skogsbruk'], pl: ['leśnictwo'] } },
        { id: 'else', other: true, label: t('Other', 'Muu', 'Annat', 'Inne') },
      ],
    },
  ]);

  it.each([
    // A kind of farming an option speaks for, in words its synonyms do not list.
    ['en', 'we milk about 90 dairy cows', 'milk'],
    ['fi', 'lypsykarjaa', 'milk'],
    ['sv', 'vi föder upp slaktsvin', 'pork'],
    ['pl', 'tuczniki', 'pork'],
    ['en', 'laying hens, free range', 'eggs'],
    ['sv', 'värphöns', 'eggs'],
    ['fi', 'metsänomistaja', 'wood'],
    // Another branch of farming, while each option speaks for a branch of its own: the catch-all.
    ['en', 'a sheep farm', 'else'],
    ['fi', 'emolehmätila', 'else'],
    ['sv', 'hästuppfödning', 'else'],
    ['pl', 'sad jabłoniowy', 'else'],
    ['pl', 'hodowla ryb', 'else'],
  ] as const)('%s "%s" -> %s', (locale, text, option) => {
    expect(read(farm, locale, text, 'farm')).toEqual({ farm: option });
  });
});

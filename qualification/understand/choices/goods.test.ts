import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../../test/support/example-definition.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { describePhrases, PHRASE_DATE } from '../../../test/support/phrase-table.js';
import { parseDefinition } from '../../definition/parse.js';
import type { LeadDefinition, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { understand } from '../understand.js';
import { goodsWordsFor } from './goods.js';
import { tradesIn } from './trade-codes.js';

/** Goods, not words of the lists: a made-up web shop platform asking what a shop sells, its options written lean. */
const option = (id: string, label: ReturnType<typeof t>, synonyms: Record<string, string[]> = {}, extra: object = {}) => ({ id, label, synonyms, ...extra });
const orders = { id: 'orders', category: 'company', type: 'number', unit: 'orders', question: t('Orders?', 'Tilauksia?', 'Ordrar?', 'Zamówienia?'), why: t('.', '.', '.', '.') };
const sells = (options: unknown[]) => ({ id: 'sells', category: 'company', type: 'choice', question: t('What do you sell?', 'Mitä myytte?', 'Vad säljer ni?', 'Co sprzedajecie?'), why: t('.', '.', '.', '.'), options });
const shop = madeUpDefinition([
  sells([
    option('apparel', t('Clothing', 'Vaatteet', 'Kläder', 'Odzież')),
    option('tech', t('Consumer tech', 'Tekniikka', 'Teknik', 'Technika'), { en: ['electronics', 'computers'], fi: ['elektroniikka'], sv: ['elektronik'], pl: ['elektronika'] }),
    option('interior', t('Furniture and interior', 'Huonekalut ja sisustus', 'Möbler och inredning', 'Meble i wnętrza')),
    option('grocery', t('Food and drink', 'Ruoka ja juoma', 'Mat och dryck', 'Żywność i napoje')),
    option('elsewhere', t('Something else', 'Jotain muuta', 'Något annat', 'Coś innego'), {}, { other: true }),
  ]),
  orders,
]);

describe('words for goods of the locale packs, read in their forms', () => {
  it.each([
    ['en', 'a pair of trainers', 'fashion'],
    ['en', 'a vacuum cleaner', 'appliances'],
    ['en', 'board games', 'toys_kids'],
    ['en', 'dog toys', 'pets'],
    ['fi', 'kenkiä', 'fashion'],
    ['fi', 'farkkuja', 'fashion'],
    ['fi', 'lemmikkitarvikkeita', 'pets'],
    ['fi', 'pölynimureita', 'appliances'],
    ['fi', 'polkupyöriä', 'sports_outdoor'],
    ['fi', 'telttoja', 'sports_outdoor'],
    ['sv', 'jeansen', 'fashion'],
    ['sv', 'skorna', 'fashion'],
    ['sv', 'leksakerna', 'toys_kids'],
    ['sv', 'hundmaten', 'pets'],
    ['sv', 'böckerna', 'books_media'],
    ['pl', 'zabawek', 'toys_kids'],
    ['pl', 'butów', 'fashion'],
    ['pl', 'mebli', 'home'],
    ['pl', 'odkurzaczy', 'appliances'],
    ['pl', 'kosmetyków', 'beauty'],
    // Fresh and frozen food: fish is food, not fishing gear ("fisk" beside "fiske").
    ['en', 'frozen fish and seafood', 'food_drink'],
    ['fi', 'kalaa ja lihaa', 'food_drink'],
    ['sv', 'fisk och skaldjur', 'food_drink'],
    ['pl', 'mrożonki i ryby', 'food_drink'],
  ] as const)('%s "%s" names %s', (locale, text, concept) => {
    expect(tradesIn(text, packFor(locale), 'goods')).toContain(concept);
  });
});

describePhrases('en: goods answer what a shop sells', 'en', [
  ['sells', 'mostly trainers and hoodies', { sells: 'apparel' }],
  ['sells', 'we sell second-hand iPhones', { sells: 'tech' }],
  ['sells', 'handmade candles and vases', { sells: 'interior' }],
  ['sells', 'specialty coffee beans', { sells: 'grocery' }],
  ['sells', 'we sell fish and seafood to restaurants', { sells: 'grocery' }],
  // Kinds no option covers, nor a kin of theirs: the catch-all.
  ['sells', 'lipstick and nail polish', { sells: 'elsewhere' }],
  ['sells', 'cat litter and aquariums', { sells: 'elsewhere' }],
  ['sells', 'jigsaw puzzles', { sells: 'elsewhere' }],
  ['sells', 'tyres and rims', { sells: 'elsewhere' }],
  ['sells', 'camping gear', { sells: 'elsewhere' }],
  // A kin of a covered kind (jewellery beside clothing, appliances beside tech and furniture), or a
  // name whose part an option covers (dog food beside food, outdoor jackets beside clothing): the buttons say.
  ['sells', 'gold necklaces', {}],
  ['sells', 'coffee machines', {}],
  ['sells', 'dog food', {}],
  ['sells', 'outdoor jackets', {}],
  // Said in passing, goods wait for their own question; customers' goods are not the shop's.
  ['orders', 'about 300, mostly sneakers', { orders: 300 }],
  ['sells', 'we print labels for fashion brands', {}],
], shop);

describePhrases('fi: goods answer what a shop sells', 'fi', [
  ['sells', 'lähinnä lenkkareita ja huppareita', { sells: 'apparel' }],
  ['sells', 'myymme käytettyjä älypuhelimia', { sells: 'tech' }],
  ['sells', 'sohvia ja mattoja', { sells: 'interior' }],
  ['sells', 'kahvia ja teetä', { sells: 'grocery' }],
  ['sells', 'kynsilakkoja ja huulipunia', { sells: 'elsewhere' }],
  ['sells', 'kissanhiekkaa', { sells: 'elsewhere' }],
  ['sells', 'koiranruokaa', {}],
  ['sells', 'kahvinkeittimiä', {}],
  ['sells', 'sähköpyöriä', { sells: 'elsewhere' }],
  ['sells', 'palapelejä ja lautapelejä', { sells: 'elsewhere' }],
  ['sells', 'renkaita', { sells: 'elsewhere' }],
  ['sells', 'kaulakoruja', {}],
  ['orders', 'noin 300, lähinnä lenkkareita', { orders: 300 }],
], shop);

describePhrases('sv: goods answer what a shop sells', 'sv', [
  ['sells', 'mest sneakers och hoodies', { sells: 'apparel' }],
  ['sells', 'vi säljer begagnade mobiler', { sells: 'tech' }],
  ['sells', 'soffor och mattor', { sells: 'interior' }],
  ['sells', 'kaffebönor och choklad', { sells: 'grocery' }],
  ['sells', 'jeansen säljer bäst', { sells: 'apparel' }],
  ['sells', 'nagellack och läppstift', { sells: 'elsewhere' }],
  ['sells', 'hundfoder', { sells: 'elsewhere' }],
  ['sells', 'kaffemaskiner', {}],
  ['sells', 'friluftskläder', {}],
  ['sells', 'möbler', { sells: 'interior' }],
  ['sells', 'sällskapsspel och pussel', { sells: 'elsewhere' }],
  ['sells', 'däck och fälgar', { sells: 'elsewhere' }],
  ['sells', 'örhängen', {}],
  ['orders', 'runt 300, mest sneakers', { orders: 300 }],
], shop);

describePhrases('pl: goods answer what a shop sells', 'pl', [
  ['sells', 'głównie sneakersy i bluzy', { sells: 'apparel' }],
  ['sells', 'sprzedajemy używane smartfony', { sells: 'tech' }],
  ['sells', 'sofy i dywany', { sells: 'interior' }],
  ['sells', 'kawa i herbata', { sells: 'grocery' }],
  ['sells', 'perfumy i lakiery do paznokci', { sells: 'elsewhere' }],
  ['sells', 'karma dla psów', { sells: 'elsewhere' }],
  ['sells', 'ekspresy do kawy', {}],
  ['sells', 'rowery elektryczne', { sells: 'elsewhere' }],
  ['sells', 'klocki i puzzle', { sells: 'elsewhere' }],
  ['sells', 'opony', { sells: 'elsewhere' }],
  ['sells', 'kolczyki', {}],
  ['orders', 'około 300, głównie buty', { orders: 300 }],
], shop);

/** The options of a definition's choice question. */
const optionsOf = (definition: LeadDefinition, id: string): Option[] => {
  const criterion = definition.criteria.find((c) => c.id === id);
  return criterion && 'options' in criterion ? criterion.options : [];
};

describe('which options goods answer', () => {
  it('an option marked with a kind (`means`) takes its goods, though its words name none', () => {
    const brands = madeUpDefinition([
      sells([
        option('northwind', t('Northwind', 'Northwind', 'Northwind', 'Northwind'), {}, { means: ['fashion'] }),
        option('paws', t('Paws & Co', 'Paws & Co', 'Paws & Co', 'Paws & Co'), {}, { means: ['pets'] }),
        option('rest', t('Other', 'Muu', 'Annat', 'Inne'), {}, { other: true }),
      ]),
    ]);
    const sold = (locale: 'en' | 'fi', text: string) => goodsWordsFor(brands, optionsOf(brands, 'sells'), undefined, packFor(locale)).find((w) => w.text === text)?.option.id;
    expect(sold('en', 'sneakers')).toBe('northwind');
    expect(sold('fi', 'koiranruoka')).toBe('paws');
  });

  it('a kind two options name alike is no guess', () => {
    const twins = madeUpDefinition([
      sells([
        option('men', t('Menswear', 'Miestenvaatteet', 'Herrkläder', 'Odzież męska')),
        option('women', t('Womenswear', 'Naistenvaatteet', 'Damkläder', 'Odzież damska')),
        option('rest', t('Other', 'Muu', 'Annat', 'Inne'), {}, { other: true }),
      ]),
    ]);
    const options = optionsOf(twins, 'sells');
    expect(goodsWordsFor(twins, options, options[2], packFor('en')).find((w) => w.text === 'sneakers')).toMatchObject({ open: true });
    expect(understand(twins, 'sneakers mostly', { locale: 'en', now: PHRASE_DATE, asking: 'sells' }).extractions).toEqual([]);
  });

  it('a question about trades takes no goods words (the example’s industry)', () => {
    const example = exampleDefinition();
    const industry = optionsOf(example, 'industry');
    expect(industry.length).toBeGreaterThan(2);
    expect(goodsWordsFor(example, industry, undefined, packFor('en'))).toEqual([]);
  });

  it('validates a kind of goods as a concept, and rejects an unknown one', () => {
    const yaml = (means: string) => `version: 1
company: { name: T }
locales: [en]
defaultLocale: en
greeting: { en: hi }
criteria:
  - id: sells
    category: company
    type: choice
    question: { en: "What do you sell?" }
    why: { en: "." }
    options:
      - { id: a, label: { en: A }, means: [${means}] }
      - { id: b, label: { en: B } }
thresholds: { fit: 0, intent: 0 }
routing: { owners: [{ id: o, name: O, slackUser: U1 }], defaultOwner: o }
sla: { acceptMinutes: 60 }
`;
    expect(parseDefinition(yaml('fashion')).ok).toBe(true);
    expect(parseDefinition(yaml('shoes'))).toMatchObject({ ok: false, errors: [expect.stringContaining('means')] });
    const twice = yaml('fashion').replace('{ id: b, label: { en: B } }', '{ id: b, label: { en: B }, means: [fashion] }');
    expect(parseDefinition(twice)).toMatchObject({ ok: false, errors: ['criteria[0] (sells).options[1] (b).means: fashion is already marked on criteria[0] (sells).options[0] (a); goods of a kind answer one option'] });
    const catchAll = yaml('fashion').replace('{ id: b, label: { en: B } }', '{ id: b, label: { en: B }, other: true, means: [pets] }');
    expect(parseDefinition(catchAll)).toMatchObject({ ok: false, errors: [expect.stringContaining('is on the catch-all')] });
    const situation = yaml('fashion').replace('category: company', 'category: situation');
    expect(parseDefinition(situation)).toMatchObject({ ok: false, errors: [expect.stringContaining('read only on a company question')] });
  });

  it('a question about something else than the company takes no goods words, though its options name goods', () => {
    const devices = madeUpDefinition([
      { ...sells([option('phones', t('Phones', 'Puhelimet', 'Telefoner', 'Telefony')), option('tablets', t('Tablets', 'Tabletit', 'Surfplattor', 'Tablety')), option('laptops', t('Laptops', 'Läppärit', 'Laptops', 'Laptopy')), option('rest', t('Other', 'Muu', 'Annat', 'Inne'), {}, { other: true })]), category: 'situation' },
    ]);
    const options = optionsOf(devices, 'sells');
    expect(goodsWordsFor(devices, options, options[3], packFor('en'))).toEqual([]);
  });
});

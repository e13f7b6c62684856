import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { impliedConcepts } from './implied-concepts.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up field-service seller's lean definition: each option only a label, no synonyms, no
 * `means`. Visitors of any trade (cleaning, care homes, builders, hauliers, shops) answer in
 * sentences the marketer never listed; the locale's phrases for the pain or aim the label names
 * must read them.
 */
const definition = madeUpDefinition([
    madeUpChoice('pain', 'situation', [
      { id: 'paper', label: t('Paperwork', 'Paperityöt', 'Pappersarbete', 'Papierologia') },
      { id: 'slow', label: t('Too slow', 'Hidasta', 'För långsamt', 'Za wolno') },
      { id: 'mistakes', label: t('Mistakes', 'Virheet', 'Misstag', 'Pomyłki') },
      { id: 'blind', label: t('No visibility', 'Ei näkyvyyttä', 'Ingen överblick', 'Brak kontroli') },
      { id: 'rota', label: t('Scheduling', 'Aikataulutus', 'Schemaläggning', 'Harmonogram') },
      { id: 'absent', label: t('Sick leave', 'Sairauspoissaolot', 'Sjukfrånvaro', 'Zwolnienia lekarskie') },
      { id: 'costs', label: t('Costs', 'Kustannukset', 'Kostnader', 'Koszty') },
      { id: 'complaints', label: t('Customer complaints', 'Asiakasvalitukset', 'Kundklagomål', 'Skargi klientów') },
      { id: 'broken', label: t('Breakdowns', 'Rikkoutumiset', 'Haverier', 'Awarie') },
      { id: 'fine', label: t('No problems', 'Ei ongelmia', 'Inga problem', 'Bez problemów') },
    ]),
    madeUpChoice('goal', 'motivation', [
      { id: 'time', label: t('Save time', 'Säästää aikaa', 'Spara tid', 'Oszczędność czasu') },
      { id: 'money', label: t('Cut costs', 'Kustannussäästöt', 'Sänka kostnaderna', 'Obniżyć koszty') },
      { id: 'happy', label: t('Customer satisfaction', 'Asiakastyytyväisyys', 'Kundnöjdhet', 'Zadowolenie klientów') },
      { id: 'rules', label: t('Compliance', 'Vaatimustenmukaisuus', 'Regelefterlevnad', 'Zgodność z przepisami') },
      { id: 'grow', label: t('Growth', 'Kasvu', 'Tillväxt', 'Wzrost') },
      { id: 'safe', label: t('Safety', 'Turvallisuus', 'Säkerhet', 'Bezpieczeństwo') },
      { id: 'green', label: t('Sustainability', 'Vastuullisuus', 'Hållbarhet', 'Ekologia') },
      { id: 'staff', label: t('Happier staff', 'Työhyvinvointi', 'Nöjdare personal', 'Zadowoleni pracownicy') },
      { id: 'old', label: t('Old system', 'Vanha järjestelmä', 'Gammalt system', 'Stary system') },
      { id: 'asked', label: t('Customer requirement', 'Asiakkaan vaatimus', 'Kundkrav', 'Wymóg klienta') },
    ], { type: 'multi' }),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function read(locale: Locale, text: string, asking: string | null): Record<string, unknown> {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
}

describe('what hurts, said in the visitor’s own sentences', () => {
  it.each<[Locale, string, string]>([
    ['en', 'we’re drowning in paperwork', 'paper'],
    ['fi', 'hukumme paperihommiin', 'paper'],
    ['sv', 'alldeles för mycket administration', 'paper'],
    ['pl', 'toniemy w papierach', 'paper'],
    ['en', 'the boss wants reports every Monday and it takes me a day', 'slow'],
    ['fi', 'laskutukseen menee koko päivä', 'slow'],
    ['sv', 'lönekörningen tar en hel dag', 'slow'],
    ['pl', 'rozliczenie zajmuje mi dwa dni', 'slow'],
    ['en', 'the timesheets never add up', 'mistakes'],
    ['fi', 'paperit hukkuu', 'mistakes'],
    ['sv', 'fakturorna stämmer aldrig', 'mistakes'],
    ['pl', 'godziny się nie zgadzają', 'mistakes'],
    ['en', 'I never know where the vans are', 'blind'],
    ['fi', 'en koskaan tiedä missä kukin on', 'blind'],
    ['sv', 'ingen koll på övertiden', 'blind'],
    ['pl', 'nigdy nie wiem, gdzie są ludzie', 'blind'],
    ['en', 'juggling shifts and who goes where', 'rota'],
    ['fi', 'työvuorolistojen tekeminen', 'rota'],
    ['sv', 'att pussla ihop schemat', 'rota'],
    ['pl', 'układanie grafików dla sprzątaczek', 'rota'],
    ['en', 'people calling in sick at 6am', 'absent'],
    ['fi', 'sijaisten etsiminen joka aamu', 'absent'],
    ['sv', 'personalbrist på helgerna', 'absent'],
    ['pl', 'ciągle brakuje ludzi', 'absent'],
    ['en', 'everything is too expensive, fuel costs are killing us', 'costs'],
    ['fi', 'liian kallista, kulut kasvaa', 'costs'],
    ['sv', 'alldeles för dyrt med inhyrd personal', 'costs'],
    ['pl', 'rosnące koszty pracy', 'costs'],
    ['en', 'customers keep calling to ask where their order is', 'complaints'],
    ['fi', 'asiakkaat valittaa myöhästymisistä', 'complaints'],
    ['sv', 'kunderna ringer hela tiden', 'complaints'],
    ['pl', 'klienci ciągle dzwonią', 'complaints'],
    ['en', 'the machines break down and nobody tracks servicing', 'broken'],
    ['fi', 'koneet hajoaa jatkuvasti', 'broken'],
    ['sv', 'driftstopp i produktionen', 'broken'],
    ['pl', 'maszyny się psują', 'broken'],
    ['en', 'nothing major, things run fine', 'fine'],
    ['fi', 'kaikki sujuu hyvin', 'fine'],
    ['sv', 'allt flyter på', 'fine'],
    ['pl', 'wszystko działa, nie narzekam', 'fine'],
    ['en', 'we pay postage both ways and it’s eating our margin', 'costs'],
    ['fi', 'maksetaan rahdit molempiin suuntiin, se syö katteen', 'costs'],
    ['sv', 'det äter upp marginalen', 'costs'],
    ['pl', 'to zjada nam marżę', 'costs'],
    ['en', 'we have no clue why things get sent back', 'blind'],
    ['fi', 'ei oo mitään hajua miksi tuotteita palautetaan', 'blind'],
    ['sv', 'vi har ingen aning om varför kunderna säger upp sig', 'blind'],
    ['pl', 'nie wiemy dlaczego klienci rezygnują', 'blind'],
    ['en', 'I don’t know where the parcels are half the time', 'blind'],
    ['fi', 'ei mitään isompaa, uteliaisuuttani kyselen', 'fine'],
    ['sv', 'inget särskilt, frågar bara', 'fine'],
    ['pl', 'nic poważnego, tak tylko pytam', 'fine'],
  ])('%s: %s', (locale, text, expected) => expect(read(locale, text, 'pain')).toEqual({ pain: expected }));
});

describe('what the visitor wants, said as the aim or as the pain it ends', () => {
  it.each<[Locale, string, string[]]>([
    ['en', 'less paperwork, the admin eats my evenings', ['time']],
    ['fi', 'vähemmän paperihommia', ['time']],
    ['sv', 'slippa sitta med schemat på helgerna', ['time']],
    ['pl', 'mniej papierkowej roboty', ['time']],
    ['en', 'stop overspending on agency staff', ['money']],
    ['fi', 'vähemmän ylitöitä', ['money']],
    ['sv', 'mindre övertid', ['money']],
    ['pl', 'mniej nadgodzin', ['money']],
    ['en', 'customers keep asking when we’ll turn up', ['happy']],
    ['fi', 'asiakkaat kyselee koko ajan milloin tullaan', ['happy']],
    ['sv', 'kunderna vill veta när vi kommer', ['happy']],
    ['pl', 'klienci ciągle pytają, kiedy przyjedziemy', ['happy']],
    ['en', 'we got fined after an audit', ['rules']],
    ['fi', 'työaikalaki ja lepoajat', ['rules']],
    ['sv', 'dygnsvilan och kollektivavtalet', ['rules']],
    ['pl', 'kontrola PIP i kary', ['rules']],
    ['en', 'we want to grow without hiring office staff', ['grow']],
    ['fi', 'uusia toimipisteitä ensi vuonna', ['grow']],
    ['sv', 'växa utan att anställa fler på kontoret', ['grow']],
    ['pl', 'otwieramy nowe oddziały', ['grow']],
    ['en', 'fewer accidents on site', ['safe']],
    ['fi', 'vähemmän työtapaturmia', ['safe']],
    ['sv', 'färre olyckor', ['safe']],
    ['pl', 'mniej wypadków przy pracy', ['safe']],
    ['en', 'our carbon footprint', ['green']],
    ['fi', 'hiilijalanjälki', ['green']],
    ['sv', 'minska utsläppen', ['green']],
    ['pl', 'ślad węglowy', ['green']],
    ['en', 'let the cleaners swap shifts themselves', ['staff']],
    ['fi', 'hoitajat haluaa vaihtaa vuoroja keskenään', ['staff']],
    ['sv', 'personalen vill kunna byta pass', ['staff']],
    ['pl', 'pracownicy chcą zamieniać się zmianami', ['staff']],
    ['en', 'the old system is end-of-life', ['old']],
    ['fi', 'nykyisen ohjelman tuki loppuu', ['old']],
    ['sv', 'avtalet går ut i vår', ['old']],
    ['pl', 'licencja wygasa', ['old']],
    ['en', 'a customer demanded it', ['asked']],
    ['fi', 'tilaaja vaatii sitä', ['asked']],
    ['sv', 'kunden kräver det', ['asked']],
    ['pl', 'klient tego wymaga', ['asked']],
    ['fi', 'asiakkaille helpompi palautus', ['happy']],
    ['pl', 'wygodniejsze zwroty dla klientów', ['happy']],
    ['en', 'make it easier for our customers', ['happy']],
    ['sv', 'enklare för kunderna', ['happy']],
    ['fi', 'vähemmän rutiinihommaa ja halvemmat rahdit', ['time', 'money']],
    ['pl', 'mniej czasu na papierologię i tańsza wysyłka', ['time', 'money']],
    ['en', 'less work for me', ['time']],
    ['fi', 'vähemmän hommaa mulle', ['time']],
    ['sv', 'mindre jobb för mig', ['time']],
    ['pl', 'mniej roboty dla mnie', ['time']],
    ['en', 'cheaper and faster', ['money', 'time']],
    ['fi', 'halvemmalla ja nopeammin', ['money', 'time']],
  ])('%s: %s', (locale, text, expected) => expect(read(locale, text, 'goal')).toEqual({ goal: expected }));
});

describe('pains and aims stay where they are safe', () => {
  it('each option takes the concept its label names', () => {
    const implied = impliedConcepts(definition);
    const of = (criterion: string) => {
      const found = definition.criteria.find((c) => c.id === criterion);
      return found && 'options' in found ? Object.fromEntries(found.options.map((o) => [o.id, implied.get(o) ?? []])) : {};
    };
    expect(of('pain')).toMatchObject({ rota: ['scheduling'], absent: ['staff_shortage'], costs: ['high_costs'], complaints: ['customer_complaints'], broken: ['breakdowns'], fine: ['no_pain'] });
    expect(of('goal')).toMatchObject({ safe: ['safety'], green: ['sustainability'], staff: ['staff_wellbeing'], old: ['replace_old_tool'], asked: ['mandated'] });
  });

  it('a pain said in passing is no aim, nor an answer to another question', () => {
    expect(read('en', 'customers keep calling', 'pain')).toEqual({ pain: 'complaints' });
    expect(read('en', 'we’re buried in admin', 'goal')).toEqual({ goal: ['time'] });
    expect(read('en', 'we’re buried in admin', null)).toEqual({});
    expect(read('fi', 'asiakkaat valittaa', null)).toEqual({});
  });

  it('time for someone else is what it is for, not time saved', () => {
    expect(read('en', 'more time for the residents', 'goal')).toEqual({ goal: ['happy'] });
    expect(read('sv', 'mer tid för kunderna', 'goal')).toEqual({ goal: ['happy'] });
    expect(read('en', 'more time', 'goal')).toEqual({ goal: ['time'] });
  });

  it('"faster" beside another aim says how that one is wanted', () => {
    expect(read('en', 'customers served faster, happier customers', 'goal')).toEqual({ goal: ['happy'] });
    expect(read('fi', 'asiakkaat palveltaisiin nopeammin, asiakastyytyväisyys', 'goal')).toEqual({ goal: ['happy'] });
    expect(read('sv', 'kunderna får svar snabbare, kundnöjdhet', 'goal')).toEqual({ goal: ['happy'] });
    expect(read('pl', 'żeby klienci szybciej dostawali odpowiedź, zadowolenie klientów', 'goal')).toEqual({ goal: ['happy'] });
  });

  it('"faster" beside other words says what is to go faster: asked back, not read as saving time', () => {
    const unsure = (locale: Locale, text: string) => understand(definition, text, { locale, now: NOW, asking: 'goal' }).extractions.map((e) => [e.value, e.confidence < CONFIDENT]);
    expect(unsure('en', 'to hire people faster')).toEqual([[['time'], true]]);
    expect(unsure('fi', 'että saadaan ihmiset nopeammin taloon')).toEqual([[['time'], true]]);
    expect(unsure('sv', 'få in folk snabbare')).toEqual([[['time'], true]]);
    expect(unsure('pl', 'żeby szybciej zatrudniać ludzi')).toEqual([[['time'], true]]);
    expect(read('en', 'faster', 'goal')).toEqual({ goal: ['time'] });
  });

  it('"no idea" is a skip only when it is all the visitor does not know', () => {
    expect(read('en', 'no idea, sorry', 'pain')).toEqual({});
    expect(read('sv', 'ingen aning', 'pain')).toEqual({});
    expect(read('fi', 'ei hajua', 'pain')).toEqual({});
    expect(read('pl', 'nie wiem', 'pain')).toEqual({});
  });

  it('a Finnish "iso" (big) is no ISO standard', () => {
    expect(read('fi', 'iso asiakas vaatii sitä', 'goal')).toEqual({ goal: ['asked'] });
  });
});

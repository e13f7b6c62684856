import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * Pains and aims as Poles write them in a chat (motives.ts): aspect and person varied ("nie nadążamy",
 * "nie wyrabiam"), what is missing ("brakuje nam ludzi/czasu/danych"), time lost ("tracimy na tym
 * godziny"), informal words ("kasa", "ogarniać"). Options carry the concepts (`means`) under labels in
 * the trade's own words.
 */
const definition = madeUpDefinition([
  madeUpChoice('pain', 'situation', [
    { id: 'admin', label: t('Admin load', 'Hallintotaakka', 'Adminbörda', 'Obciążenie administracyjne'), means: ['manual_work'] },
    { id: 'slow', label: t('Turnaround', 'Läpimenoaika', 'Ledtid', 'Czas realizacji'), means: ['takes_too_long'] },
    { id: 'slips', label: t('Slips', 'Lipsahdukset', 'Missar', 'Wpadki'), means: ['errors'] },
    { id: 'blind', label: t('Visibility', 'Näkyvyys', 'Insyn', 'Wgląd'), means: ['no_overview'] },
    { id: 'cash', label: t('Receivables', 'Saatavat', 'Kundfordringar', 'Należności'), means: ['late_payments'] },
    { id: 'people', label: t('Staffing', 'Miehitys', 'Bemanning', 'Obsada'), means: ['staff_shortage'] },
    { id: 'spend', label: t('Spend', 'Menot', 'Utgifter', 'Wydatki'), means: ['high_costs'] },
    { id: 'broken', label: t('Uptime', 'Käytettävyys', 'Drifttid', 'Dostępność'), means: ['breakdowns'] },
    { id: 'late', label: t('Lateness', 'Myöhästely', 'Försening', 'Spóźnialstwo'), means: ['delays'] },
    { id: 'fine', label: t('Fine', 'Kunnossa', 'Bra', 'Dobrze'), means: ['no_pain'] },
  ]),
  madeUpChoice(
    'aim',
    'motivation',
    [
      { id: 'hours', label: t('Hours back', 'Tunnit takaisin', 'Timmar tillbaka', 'Odzyskane godziny'), means: ['save_time'] },
      { id: 'budget', label: t('Lean budget', 'Kevyempi budjetti', 'Smalare budget', 'Chudszy budżet'), means: ['cut_costs'] },
      { id: 'growth', label: t('Expansion', 'Laajeneminen', 'Expansion', 'Ekspansja'), means: ['grow'] },
      { id: 'rules', label: t('Audits', 'Auditoinnit', 'Revisioner', 'Audyty'), means: ['compliance'] },
      { id: 'team', label: t('Team', 'Tiimi', 'Teamet', 'Zespół'), means: ['staff_wellbeing'] },
      { id: 'paid', label: t('Cash flow', 'Kassavirta', 'Kassaflöde', 'Płynność'), means: ['get_paid_faster'] },
      { id: 'cx', label: t('Clients', 'Asiakkaat', 'Kunderna', 'Klienci'), means: ['customer_experience'] },
    ],
    { type: 'multi' },
  ),
]);
const NOW = new Date('2026-12-02T10:00:00Z');
const read = (text: string, asking: string) => recordedFacts(definition, text, { locale: 'pl', now: NOW, asking });

describe('a Polish pain as it is written in a chat', () => {
  it.each<[string, string]>([
    ['za dużo papierów', 'admin'],
    ['toniemy w dokumentach', 'admin'],
    ['zamówienia przychodzą mailem i trzeba je przepisać', 'admin'],
    ['nie nadążamy z robotą', 'slow'],
    ['nie wyrabiam', 'slow'],
    ['schodzi mi na tym pół dnia', 'slow'],
    ['codziennie tracę na to godzinę', 'slow'],
    ['ciągle siedzimy po godzinach', 'slow'],
    ['brakuje nam czasu', 'slow'],
    ['wszystko się ślimaczy', 'slow'],
    ['ludzie się mylą', 'slips'],
    ['coś zawsze umknie', 'slips'],
    ['nic nie widać', 'blind'],
    ['brakuje nam raportów', 'blind'],
    ['nie ogarniamy tego', 'blind'],
    ['klienci się spóźniają z płatnościami', 'cash'],
    ['zalegają z płatnościami', 'cash'],
    ['brakuje rąk do pracy', 'people'],
    ['nie ma kogo zatrudnić', 'people'],
    ['brakuje nam kierowców', 'people'],
    ['wszystko drożeje', 'spend'],
    ['wydajemy fortunę na paliwo', 'spend'],
    ['tracimy kasę', 'spend'],
    ['ciągle coś się psuje', 'broken'],
    ['linia stoi', 'broken'],
    ['zawalamy terminy', 'late'],
    ['projekty się opóźniają', 'late'],
    ['w zasadzie nic', 'fine'],
    ['nie mamy większych problemów', 'fine'],
  ])('"%s" → %s', (text, option) => expect(read(text, 'pain')).toEqual({ pain: option }));

  it.each<string>([
    // Said with a negation, each is no such pain.
    'nadążamy bez problemu',
    'terminów nie zawalamy',
    'linia nie stoi',
    // What is missing must be a pain: enough time is none.
    'czasu nam nie brakuje',
    // One letter from "schodzi nam" (time goes on it), "chodzi nam o" says what matters.
    'chodzi nam o pieniądze',
  ])('"%s" is no such pain', (text) => expect(read(text, 'pain')).toEqual({}));
});

describe('a Polish aim as it is written in a chat', () => {
  it.each<[string, string[]]>([
    ['odciążyć biuro', ['hours']],
    ['uprościć pracę', ['hours']],
    ['odejść od Excela', ['hours']],
    ['zaoszczędzić kilka godzin tygodniowo', ['hours']],
    ['zmniejszyć wydatki', ['budget']],
    ['przestać przepłacać', ['budget']],
    ['zaoszczędzić trochę kasy', ['budget']],
    ['żeby firma rosła', ['growth']],
    ['zwiększyć obroty', ['growth']],
    ['uniknąć kar', ['rules']],
    ['żeby ludzie byli zadowoleni', ['team']],
    ['żeby klienci płacili szybciej', ['paid']],
    ['żeby klienci nie czekali', ['cx']],
    ['żeby robiło się samo', ['hours']],
    ['podwoić obroty', ['growth']],
    ['żeby wszystko było zgodne z prawem', ['rules']],
    ['lepsze warunki pracy', ['team']],
    ['szybsze wpływy', ['paid']],
  ])('"%s" → %j', (text, options) => expect(read(text, 'aim')).toEqual({ aim: options }));

  it('an aim said while the pain is asked is no answer to it', () => expect(read('zwiększyć obroty', 'pain')).toEqual({}));
});

import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up seller whose options say what they mean (`means`) under labels in the trade's own words:
 * every locale's visitors say each pain and aim as what happens to them, as often in fi, sv and pl as
 * in en (the lexicons' parity, locales/<tag>/motives.ts).
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
    { id: 'service', label: t('Service', 'Palvelu', 'Service', 'Obsługa'), means: ['customer_complaints'] },
    { id: 'fine', label: t('Fine', 'Kunnossa', 'Bra', 'Dobrze'), means: ['no_pain'] },
  ]),
  madeUpChoice(
    'aim',
    'motivation',
    [
      { id: 'accuracy', label: t('Accuracy', 'Tarkkuus', 'Precision', 'Precyzja'), means: ['fewer_errors'] },
      { id: 'growth', label: t('Expansion', 'Laajeneminen', 'Expansion', 'Ekspansja'), means: ['grow'] },
      { id: 'rules', label: t('Audits', 'Auditoinnit', 'Revisioner', 'Audyty'), means: ['compliance'] },
      { id: 'safe', label: t('HSE', 'Työturva', 'Arbetsmiljö', 'BHP'), means: ['safety'] },
      { id: 'team', label: t('Team', 'Tiimi', 'Teamet', 'Zespół'), means: ['staff_wellbeing'] },
      { id: 'old', label: t('Legacy', 'Vanha', 'Gammalt', 'Stare'), means: ['replace_old_tool'] },
      { id: 'told', label: t('Requested', 'Pyydetty', 'Beställt', 'Zlecone'), means: ['mandated'] },
      { id: 'paid', label: t('Cash flow', 'Kassavirta', 'Kassaflöde', 'Płynność'), means: ['get_paid_faster'] },
      { id: 'hours', label: t('Hours back', 'Tunnit takaisin', 'Timmar tillbaka', 'Odzyskane godziny'), means: ['save_time'] },
      { id: 'budget', label: t('Lean budget', 'Kevyempi budjetti', 'Smalare budget', 'Chudszy budżet'), means: ['cut_costs'] },
    ],
    { type: 'multi' },
  ),
]);

const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string, asking: string | null) => recordedFacts(definition, text, { locale, now: NOW, asking });

describe('a pain said as what happens, in every locale', () => {
  it.each<[Locale, string, string]>([
    ['en', 'we fill in the same form for every job, then type it up again', 'admin'],
    ['fi', 'samat tiedot moneen kertaan eri paikkoihin', 'admin'],
    ['fi', 'tulostetaan ja skannataan joka päivä', 'admin'],
    ['sv', 'vi skriver ut, fyller i och skannar', 'admin'],
    ['sv', 'arbetsledarna sitter och skriver in allt på kvällen', 'admin'],
    ['pl', 'ten sam formularz wypełniamy trzy razy', 'admin'],
    ['pl', 'drukujemy, wypełniamy i skanujemy', 'admin'],
    ['en', 'getting anything signed off takes weeks', 'slow'],
    ['fi', 'asiakkaat odottaa päiviä', 'slow'],
    ['sv', 'det tar veckor innan något händer', 'slow'],
    ['pl', 'wszystko trwa tygodniami', 'slow'],
    ['en', 'orders go missing all the time', 'slips'],
    ['fi', 'asiat menee pieleen ja jää huomaamatta', 'slips'],
    ['sv', 'saker tappas bort hela tiden', 'slips'],
    ['pl', 'dokumenty giną, coś się pomyli', 'slips'],
    ['en', 'we have zero stats on anything', 'blind'],
    ['fi', 'meillä ei ole mitään tilastoja', 'blind'],
    ['fi', 'ei käsitystä kuka tekee mitäkin', 'blind'],
    ['sv', 'vi har inga siffror alls', 'blind'],
    ['sv', 'allt ligger lite överallt', 'blind'],
    ['pl', 'nie mamy żadnych statystyk', 'blind'],
    ['pl', 'dane są porozrzucane', 'blind'],
    ['en', 'we keep chasing people for money', 'cash'],
    ['fi', 'asiakkaat ei maksa ajallaan', 'cash'],
    ['sv', 'vi jagar pengar varje månad', 'cash'],
    ['pl', 'klienci nie płacą na czas', 'cash'],
    ['en', 'new people all the time, nobody stays', 'people'],
    ['fi', 'väkeä ei saa mistään', 'people'],
    ['sv', 'vi har ont om folk', 'people'],
    ['pl', 'nie ma komu pracować', 'people'],
    ['en', 'the price keeps going up every year', 'spend'],
    ['fi', 'lisenssimaksut syö budjetin', 'spend'],
    ['sv', 'licensavgifterna äter upp budgeten', 'spend'],
    ['pl', 'ceny rosną co roku', 'spend'],
    ['en', 'bad feedback and one-star reviews', 'service'],
    ['fi', 'asiakkaat on vihaisia', 'service'],
    ['sv', 'kunderna är missnöjda', 'service'],
    ['pl', 'dużo negatywnych opinii', 'service'],
    ['en', 'we’re pretty happy to be honest', 'fine'],
    ['fi', 'ollaan ihan tyytyväisiä', 'fine'],
    ['sv', 'vi är rätt nöjda', 'fine'],
    ['pl', 'jesteśmy raczej zadowoleni', 'fine'],
    ['fi', 'vertailen vaan hintoja', 'fine'],
    ['pl', 'tylko się rozglądam', 'fine'],
  ])('%s: "%s" → %s', (locale, text, option) => expect(read(locale, text, 'pain')).toEqual({ pain: option }));

  it.each<[Locale, string]>([
    // A medium named is the tool used, not a pain: "paper" or "binders" alone stays for the tool question.
    ['en', 'binders'],
    ['fi', 'paperilla'],
    ['sv', 'pärmar'],
    ['pl', 'na papierze'],
  ])('%s: "%s" names no pain alone', (locale, text) => expect(read(locale, text, 'pain')).toEqual({}));

  it.each<[Locale, string]>([
    ['en', 'bad feedback and one-star reviews'],
    ['fi', 'asiakkaat on vihaisia'],
    ['sv', 'kunderna är missnöjda'],
    ['pl', 'nie mamy żadnych statystyk'],
  ])('%s: "%s" said while another question is asked is no answer', (locale, text) => expect(read(locale, text, 'aim')).toEqual({}));
});

describe('an aim said as the visitor wants it, in every locale', () => {
  it.each<[Locale, string, string[]]>([
    ['en', 'so that nothing falls through the cracks anymore', ['accuracy']],
    ['fi', 'ettei mikään unohdu', ['accuracy']],
    ['sv', 'att siffrorna stämmer', ['accuracy']],
    ['pl', 'żeby wszystko się zgadzało', ['accuracy']],
    ['en', 'sell more and go abroad', ['growth']],
    ['fi', 'uusille markkinoille ensi vuonna', ['growth']],
    ['sv', 'vi vill sälja mer', ['growth']],
    ['pl', 'chcemy wejść na nowe rynki', ['growth']],
    ['en', 'we have to get certified to ISO 45001', ['rules']],
    ['fi', 'läpäistä auditointi ilman paniikkia', ['rules']],
    ['sv', 'klara tillsynen utan anmärkningar', ['rules']],
    ['pl', 'zdać audyt spokojnie', ['rules']],
    ['en', 'so nobody gets hurt', ['safe']],
    ['fi', 'ettei kukaan loukkaannu', ['safe']],
    ['sv', 'färre arbetsskador', ['safe']],
    ['pl', 'żeby nikt nie ucierpiał', ['safe']],
    ['en', 'less stress for the team', ['team']],
    ['fi', 'parempi työilmapiiri', ['team']],
    ['sv', 'att personalen trivs', ['team']],
    ['pl', 'żeby ludzie nie odchodzili', ['team']],
    ['fi', 'nykyinen ohjelma on tullut tiensä päähän', ['old']],
    ['sv', 'Excel räcker inte längre', ['old']],
    ['pl', 'stary program nie jest już wspierany', ['old']],
    ['fi', 'toimitusjohtaja haluaa tämän', ['told']],
    ['sv', 'styrelsen vill ha det', ['told']],
    ['pl', 'prezes chce to wdrożyć', ['told']],
    ['fi', 'ettei tarvitse karhuta', ['paid']],
    ['sv', 'slippa jaga betalningar', ['paid']],
    ['pl', 'szybsza zapłata od klientów', ['paid']],
    ['en', 'stop chasing people for signatures', ['hours']],
    ['fi', 'ettei tarvitse jahdata ihmisiä allekirjoitusten perässä', ['hours']],
    ['sv', 'slippa leta efter papper', ['hours']],
    ['pl', 'przestać ganiać ludzi o podpisy', ['hours']],
    ['en', 'stop paying for seats nobody uses', ['budget']],
    ['fi', 'maksaa vähemmän lisensseistä', ['budget']],
    ['sv', 'slippa betala för tomma licenser', ['budget']],
    ['pl', 'koniec z opłacaniem pustych licencji', ['budget']],
  ])('%s: "%s" → %s', (locale, text, options) => expect(read(locale, text, 'aim')).toEqual({ aim: options }));
});

describe('asked what the visitor wants, a pain said negated is the pain to end', () => {
  it.each<[Locale, string, string[]]>([
    ['en', 'so that paperwork doesn’t get lost anymore', ['accuracy']],
    ['fi', 'ei enää sairauspoissaoloja joka viikko', ['team']],
    ['sv', 'så att vi inte behöver jaga betalningar', ['paid']],
    ['pl', 'żeby nie było pomyłek w fakturach', ['accuracy']],
  ])('%s: "%s" → %s', (locale, text, options) => expect(read(locale, text, 'aim')).toEqual({ aim: options }));

  it.each<[Locale, string]>([
    ['en', 'we never have to chase invoices'],
    ['fi', 'asiakkaat ei ole vihaisia'],
    ['sv', 'vi jagar inte pengar'],
    ['pl', 'nie ma pomyłek'],
  ])('%s: "%s" asked the pain is no pain of that kind', (locale, text) => expect(read(locale, text, 'pain')).toEqual({}));
});

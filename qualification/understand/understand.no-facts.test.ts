import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { understand } from './understand.js';
import { exampleDefinition } from '../../test/support/example-definition.js';

const definition = exampleDefinition();
const now = new Date('2026-01-15T10:00:00Z');

/**
 * Questions to the company, small talk and FAQ questions: they name prices, products, trades and
 * countries, but state nothing about the visitor. At most a guess to confirm may come out of them.
 */
const messages: Record<Locale, string[]> = {
  en: [
    'How much would it cost for 40 employees?',
    'how much does it cost?',
    'Does it work with Teams?',
    'Is there a free trial?',
    'Where is my data stored?',
    'Can I connect it to Xero?',
    'Hi, nice site!',
    'Thanks a lot',
    'Good morning',
    'How long does setup take?',
    'Who is it for?',
    'Do you have customers in Germany?',
    'How does invoicing work in your tool?',
    'Can I see a demo?',
    'What integrations do you have?',
    "What's included in the price?",
    'Does the app work offline?',
    'Tell me more',
    'Do you support construction companies?',
    'Is it available in Swedish?',
    'Does it handle scheduling?',
    'Is it good for electricians?',
  ],
  fi: [
    'Paljonko se maksaisi 40 työntekijälle?',
    'Toimiiko teidän järjestelmä Teamsissa?',
    'paljonko se maksaa?',
    'toimiiko se Teamsissa?',
    'Mitä se maksaa kuukaudessa?',
    'Onko kokeilu maksuton?',
    'Voiko sitä kokeilla ilmaiseksi?',
    'Missä data säilytetään?',
    'Onko teillä rajapinta?',
    'Kuka päättää hinnoista?',
    'Miten käyttöönotto toimii?',
    'Hei, kiva sivusto!',
    'Kiitos vastauksesta',
    'Hyvää päivää',
    'Kuinka kauan käyttöönotto kestää?',
    'Saako laskut suoraan Netvisoriin?',
    'Onko hinta käyttäjäkohtainen?',
    'Mikä on puolet hinnasta?',
    'Onko sovellus suomeksi?',
    'Kenelle tämä sopii?',
    'Toimiiko se sähköurakoitsijoille?',
    'Miten se päättää kuka menee minne?',
    'kerro lisää',
  ],
  sv: [
    'Vad kostar det för 40 anställda?',
    'fungerar det i byggföretag?',
    'Vad kostar det?',
    'Fungerar det med Teams?',
    'Hur mycket kostar det per användare?',
    'Finns det en gratis provperiod?',
    'Var lagras datan?',
    'Kan man koppla det till Fortnox?',
    'Hej, trevlig sida!',
    'Tack så mycket',
    'God morgon',
    'Hur lång tid tar det att komma igång?',
    'Är det på svenska?',
    'Vem passar det för?',
    'Har ni kunder i Norge?',
    'Stödjer ni företagare?',
    'Fungerar appen offline?',
    'Berätta mer',
    'Hur fungerar faktureringen hos er?',
    'Kan jag se en demo?',
    'Vilka integrationer finns?',
    'Vad ingår i priset?',
    'Funkar det för elektriker?',
  ],
  pl: [
    'Ile to kosztuje dla 40 pracowników?',
    'ile to kosztuje?',
    'Czy działa z Teams?',
    'Czy jest darmowy okres próbny?',
    'Gdzie przechowujecie dane?',
    'Czy można połączyć z Comarch?',
    'Cześć, fajna strona!',
    'Dziękuję bardzo',
    'Dzień dobry',
    'Jak długo trwa wdrożenie?',
    'Czy jest po polsku?',
    'Dla kogo to jest?',
    'Czy macie klientów w Niemczech?',
    'Jak działa fakturowanie u was?',
    'Czy mogę zobaczyć demo?',
    'Jakie są integracje?',
    'Co zawiera cena?',
    'Czy aplikacja działa offline?',
    'Opowiedz więcej',
    'Kto decyduje o cenach?',
    'Czy obsługujecie firmy budowlane?',
    'Jak to działa w praktyce?',
  ],
};
const rows = Object.entries(messages).flatMap(([locale, texts]) => texts.map((text) => [locale as Locale, text] as const));

describe('messages that state no fact about the visitor', () => {
  it.each(rows)('%s: %s', (locale, text) => {
    for (const asking of [null, 'industry']) {
      const { extractions } = understand(definition, text, { locale, now, asking });
      expect(extractions.filter((e) => e.confidence >= CONFIDENT)).toEqual([]);
    }
  });
});

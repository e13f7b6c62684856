import { describe, expect, it } from 'vitest';
import type { Locale } from '../definition/schema.js';
import { detectIntents, questionSpans } from './intents.js';
import { prepare } from './normalize.js';
import type { Intent } from './types.js';

// [locale, text, intents expected (exactly)]
const rows: [Locale, string, Intent[]][] = [
  ['en', 'why do you ask?', ['why']],
  ['en', 'Why?', ['why']],
  ['fi', 'miksi kysyt?', ['why']],
  ['fi', 'Miksi?', ['why']],
  ['sv', 'varför undrar du det?', ['why']],
  ['pl', 'dlaczego pytasz?', ['why']],
  ['pl', 'po co wam to?', ['why']],
  ['en', 'skip', ['skip']],
  ["en", "I don't know", ['skip']],
  ['en', 'rather not say', ['skip']],
  ['fi', 'en tiedä', ['skip']],
  ['fi', 'en osaa sanoa', ['skip']],
  ['sv', 'vet inte', ['skip']],
  ['sv', 'hoppa över', ['skip']],
  ['pl', 'nie wiem', ['skip']],
  ['pl', 'wolę nie mówić', ['skip']],
  ['en', 'I want to talk to a human', ['human']],
  ['en', 'please call me', ['human']],
  ['fi', 'haluan puhua ihmisen kanssa', ['human']],
  ['fi', 'soittakaa minulle', ['human']],
  ['sv', 'ring mig', ['human']],
  ['sv', 'jag vill prata med en säljare', ['human']],
  ['pl', 'proszę o kontakt telefoniczny', ['human']],
  ['pl', 'chcę porozmawiać z konsultantem', ['human']],
  ['en', "actually I'm the CFO", ['correction']],
  ['en', 'sorry, I meant 60', ['correction']],
  ['fi', 'itse asiassa olen talousjohtaja', ['correction']],
  ['fi', 'anteeksi, tarkoitin 60', ['correction']],
  ['sv', 'förresten är jag ekonomichef', ['correction']],
  ['sv', 'jag menade 60', ['correction']],
  ['pl', 'właściwie jestem dyrektorem finansowym', ['correction']],
  ['pl', 'chodziło mi o 60', ['correction']],
  // staff are not a request for a person; a noun ending in -ko is no question
  ['en', '40 including our sales team', []],
  ['fi', 'myyjämme hoitavat sen', []],
  ['fi', 'verkko- ja lukkoasennukset', []],
  ['fi', 'onko teillä mobiilisovellus', ['question']],
  ['sv', '30 varav fem säljare', []],
  ['pl', '50 osób, w tym 10 handlowców', []],
  ['en', 'do you integrate with Teams?', ['question']],
  ['en', 'how much does it cost', ['question']],
  ['fi', 'Toimiiko tämä Teamsin kanssa', ['question']],
  ['fi', 'paljonko maksaa?', ['question']],
  ['sv', 'Kostar det mycket?', ['question']],
  ['sv', 'hur fungerar det', ['question']],
  ['sv', 'funkar det med Outlook', ['question']],
  ['sv', 'räcker det med en licens', ['question']],
  ['pl', 'czy macie integrację z Teams', ['question']],
  ['pl', 'ile to kosztuje?', ['question']],
  ['en', 'hi there', ['greeting']],
  ['fi', 'moi', ['greeting']],
  ['sv', 'hej!', ['greeting']],
  ['pl', 'dzień dobry', ['greeting']],
  ['en', 'thanks!', ['thanks']],
  ['fi', 'kiitos', ['thanks']],
  ['sv', 'tack så mycket', ['thanks']],
  ['pl', 'dziękuję', ['thanks']],
  ['en', 'this is fucking stupid', ['abuse']],
  ['fi', 'vittu', ['abuse']],
  ['sv', 'jävla bot', ['abuse']],
  ['pl', 'kurwa', ['abuse']],
  ['en', '   ', ['empty']],
  ['en', '...', ['empty']],
  ['en', 'yes', ['affirm']],
  ['en', 'sure, go ahead', ['affirm']],
  ['en', 'nope', ['deny']],
  ['en', 'no, not really', ['deny']],
  ['fi', 'joo', ['affirm']],
  ['fi', 'kyllä vaan', ['affirm']],
  ['fi', 'ei', ['deny']],
  ['sv', 'japp', ['affirm']],
  ['sv', 'nej', ['deny']],
  ['pl', 'tak', ['affirm']],
  ['pl', 'nie', ['deny']],
  ['en', 'hi, why do you ask?', ['greeting', 'why']],
  ['fi', 'kiitos, soittakaa minulle', ['thanks', 'human']],
  ['en', 'no budget', ['deny']],
  ['en', 'no budget and no plans, we are just a fan of good tools', []],
  ['en', 'I am a fan of this', []],
  ['pl', 'do końca roku', []],
  ['fi', 'ja meillä on 40 henkeä', []],
  ['en', 'we have 40 people', []],
  ['pl', 'jak najszybciej, dziękuję', ['thanks']],
  ['pl', 'co najmniej 50 osób', []],
  ['fi', 'mitä pikemmin sen parempi', []],
  ['sv', 'när som helst i vår', []],
  // the visitor needs a moment: the whole message a hesitation, nothing said besides
  ['en', 'hmm let me think about that', ['wait']],
  ['en', 'hold on, let me check', ['wait']],
  ['en', 'let me think, maybe 50', []],
  ['en', 'wait no, I meant 60', ['correction']],
  ['fi', 'hetki, mietin', ['wait']],
  ['fi', 'no niin, pitää vähän miettiä', ['wait']],
  ['fi', 'mietin vielä, ehkä keväällä', []],
  ['sv', 'vänta, jag ska tänka', ['wait']],
  ['sv', 'bra fråga, vänta lite', ['wait']],
  ['sv', 'jag ska tänka, kanske 40', []],
  ['pl', 'chwila, muszę się zastanowić', ['wait']],
  ['pl', 'momencik', ['wait']],
  ['pl', 'zaraz po świętach', []],
  // a request for a person, put as a question
  ['en', 'can I just talk to someone from sales', ['human', 'question']],
  ['fi', 'voiko joku soittaa mulle', ['human', 'question']],
  ['pl', 'czy może do mnie zadzwonić handlowiec', ['human', 'question']],
  ['pl', 'wolałabym nie odpowiadać', ['skip']],
  // Swedish puts the verb second after a fronted object ("det vet jag inte"); not remembering is not knowing
  ['sv', 'det vet jag inte, tyvärr', ['skip']],
  ['sv', 'det vill jag inte svara på', ['skip']],
  ['sv', 'det har jag ingen aning om', ['skip']],
  ['sv', 'minns inte riktigt', ['skip']],
  ['sv', 'minns inte när avtalet gick ut', []],
  ['en', "I can't remember off the top of my head", ['skip']],
  ['pl', 'nie pamiętam dokładnie', ['skip']],
  // what the visitor does not know is an answer, not a skip; "miksi tuotteita" (why products) is no "miksi tuo" (why that)
  ['en', 'no idea why people send things back', []],
  ['fi', 'ei oo mitään hajua miksi tuotteita palautetaan', []],
  ['sv', 'vi har ingen aning om varför', []],
  ['pl', 'nie wiem gdzie są paczki', []],
  ['pl', 'dlaczego towary wracają, nie wiemy', []],
  ['en', 'no idea, sorry', ['skip']],
  // "it depends on the price" cannot say yet, whatever was asked
  ['en', 'honestly it depends on the price', ['skip']],
  ['fi', 'aika paljon riippuu hinnoista', ['skip']],
  ['sv', 'det beror på kostnaden faktiskt', ['skip']],
  ['pl', 'no to zależy ile to kosztuje', ['skip']],
  // nor can a reply of one clause that opens by tying it to anything else; an answer after it is one
  ['en', 'depends on what the landlord says', ['skip']],
  ['en', 'it all depends on the weather.', ['skip']],
  ['fi', 'riippuu rahoituksesta', ['skip']],
  ['sv', 'beror på vad grannarna tycker', ['skip']],
  ['pl', 'zależy od pogody', ['skip']],
  ['en', 'it depends, probably around 30', []],
  ['fi', 'riippuu vähän, ehkä keväällä', []],
  ['en', 'the price depends on the size', []],
  // customer service and calls as a topic ask for no one
  ['fi', 'asiakaspalvelu hukkuu sähköposteihin', []],
  ['sv', 'vi får massor av samtal från kunder', []],
];

describe('intents', () => {
  it.each(rows)('%s: "%s" → %j', (locale, text, intents) => {
    expect(detectIntents(prepare(text), locale)).toEqual(intents);
  });
});

describe('the stretches of a message that ask', () => {
  const asking = (locale: Locale, text: string) => {
    const message = prepare(text);
    return questionSpans(message, locale).map((s) => message.original.slice(s.start, s.end).trim());
  };

  it.each<[Locale, string, string[]]>([
    ['sv', 'fungerar det i byggföretag?', ['fungerar det i byggföretag?']],
    ['fi', 'toimiiko se Teamsissa', ['toimiiko se Teamsissa']],
    ['fi', 'Olemme LVI-firma Tampereelta, toimiiko se Teamsissa?', ['toimiiko se Teamsissa?']],
    ['en', 'We are in Oslo. Does it work for HVAC, plumbing and electrical?', ['Does it work for HVAC, plumbing and electrical?']],
    ['pl', 'Jesteśmy z Gdańska, ile to kosztuje?', ['ile to kosztuje?']],
    ['en', 'HVAC, plumbing?', ['plumbing?']],
    ['en', 'We are in Oslo, which is in Norway', []],
    ['fi', 'Olemme Tampereelta', []],
    ['pl', 'jak najszybciej, dziękuję', []],
  ])('%s: %s', (locale, text, spans) => {
    expect(asking(locale, text)).toEqual(spans);
  });
});

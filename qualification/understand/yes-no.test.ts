import { describe, expect, it } from 'vitest';
import { madeUpDefinition, t } from '../../test/support/made-up-definition.js';
import { YES_NO_DATE, yesNoTable } from '../../test/support/yes-no-table.js';
import { understand } from './understand.js';

const q = t('?', '?', '?', '?');
/** Yes/no questions a marketer writes without listing a single way to answer them. */
const definition = madeUpDefinition([
  { id: 'exports', category: 'company', type: 'yes_no', question: t('Do you sell abroad?', 'Myyttekö ulkomaille?', 'Säljer ni utomlands?', 'Czy sprzedają Państwo za granicę?'), why: q },
  { id: 'field_staff', category: 'company', type: 'yes_no', question: t('Do you have staff out in the field?', 'Onko teillä kenttähenkilöstöä?', 'Har ni personal ute på fältet?', 'Czy mają Państwo pracowników w terenie?'), why: q },
  { id: 'contract_prices', category: 'company', type: 'yes_no', question: t('Do your customers have contract prices?', 'Onko asiakkaillanne sopimushintoja?', 'Har era kunder avtalspriser?', 'Czy klienci mają ceny kontraktowe?'), why: q },
  { id: 'certified', category: 'company', type: 'yes_no', question: t('Do you have a certified quality system?', 'Onko teillä sertifioitu laatujärjestelmä?', 'Har ni ett certifierat kvalitetssystem?', 'Czy mają Państwo certyfikowany system jakości?'), why: q },
  { id: 'offline', category: 'company', type: 'yes_no', question: t('Do your staff work without a computer?', 'Tekeekö henkilöstö töitä ilman tietokonetta?', 'Jobbar personalen utan dator?', 'Czy pracownicy pracują bez komputera?'), why: q },
]);

const rows = yesNoTable(definition);

rows('an amount of what was asked is a yes', [
  ['en', 'exports', 'a couple of pallets to Estonia each month', 'yes'],
  ['en', 'field_staff', 'occasionally, for bigger installs', 'yes'],
  ['en', 'exports', 'quite a few to the Baltics', 'yes'],
  ['fi', 'exports', 'muutamia lähetyksiä Viroon kuussa', 'yes'],
  ['fi', 'field_staff', 'silloin tällöin isommissa keikoissa', 'yes'],
  ['fi', 'exports', 'jonkun verran Ruotsiin', 'yes'],
  ['sv', 'exports', 'några pallar till Estland varje månad', 'yes'],
  ['sv', 'field_staff', 'ibland, vid större jobb', 'yes'],
  ['sv', 'exports', 'en hel del till Danmark', 'yes'],
  ['pl', 'exports', 'kilka palet miesięcznie do Estonii', 'yes'],
  ['pl', 'field_staff', 'czasami, przy większych zleceniach', 'yes'],
  ['pl', 'exports', 'sporo do Czech', 'yes'],
]);

rows('no longer is a no, whatever clause says why', [
  ['en', 'exports', 'not anymore, shipping got too expensive after 2024', 'no'],
  ['en', 'field_staff', 'no longer, we outsourced the installs', 'no'],
  ['fi', 'exports', 'ei enää, lopetettiin vienti pari vuotta sitten', 'no'],
  ['fi', 'field_staff', 'ei enää', 'no'],
  ['sv', 'exports', 'inte längre, vi slutade med export i fjol', 'no'],
  ['sv', 'field_staff', 'inte numera', 'no'],
  ['pl', 'exports', 'już nie, zrezygnowaliśmy z eksportu', 'no'],
  ['pl', 'field_staff', 'już nie', 'no'],
]);

rows('a part of the customers having it is a yes', [
  ['en', 'contract_prices', 'the bigger ones do, the rest pay list price', 'yes'],
  ['fi', 'contract_prices', 'isommilla asiakkailla on omat hinnat', 'yes'],
  ['sv', 'contract_prices', 'de största kunderna har rabatt', 'yes'],
  ['pl', 'contract_prices', 'najwięksi klienci mają swoje ceny', 'yes'],
]);

rows('next to none of it is a no', [
  ['en', 'exports', 'hardly any', 'no'],
  ['en', 'field_staff', 'none at all, everyone is in the office', 'no'],
  ['fi', 'exports', 'tuskin ollenkaan', 'no'],
  ['fi', 'exports', 'ei juuri yhtään tilausta ulkomaille', 'no'],
  ['sv', 'exports', 'knappt några alls', 'no'],
  ['sv', 'field_staff', 'nästan ingen, alla sitter på kontoret', 'no'],
  ['pl', 'exports', 'prawie wcale', 'no'],
  ['pl', 'field_staff', 'żadnych, wszyscy siedzą w biurze', 'no'],
]);

rows('not yet, in a clause of its own, is a no however the reply goes on', [
  ['en', 'exports', 'not yet, perhaps next spring', 'no'],
  ['fi', 'exports', 'ei vielä, ehkä keväällä', 'no'],
  ['sv', 'exports', 'inte än, kanske till våren', 'no'],
  ['pl', 'exports', 'jeszcze nie, może wiosną', 'no'],
]);

rows('an amount that something else turns around is asked back, not read', [
  ['en', 'exports', 'a few, but we stopped last year', undefined],
  ['en', 'exports', 'hardly any, maybe one parcel a year', undefined],
  ['en', 'exports', 'some next year hopefully', undefined],
  ['en', 'field_staff', 'a few questions first: what does it cost?', undefined],
  ['fi', 'exports', 'muutama, mutta ei enää', undefined],
  ['fi', 'exports', 'jonkin verran ensi vuonna', undefined],
  ['sv', 'exports', 'lite, men inte längre', undefined],
  ['sv', 'exports', 'några kanske nästa år', undefined],
  ['pl', 'exports', 'trochę, ale już nie', undefined],
  ['pl', 'exports', 'kilka może w przyszłym roku', undefined],
  // "Mostly" says as much about what is not asked: "mostly domestic" is a no.
  ['en', 'exports', 'mostly domestic', undefined],
  ['sv', 'exports', 'mest inom Sverige', undefined],
]);

rows('a no that goes on with "but", a yes said with regret, and "not that I know of"', [
  ['en', 'exports', 'no but customers abroad keep asking', 'no'],
  ['fi', 'exports', 'ei mutta virolaiset asiakkaat kyselee', 'no'],
  ['sv', 'exports', 'nej men det har varit på tal', 'no'],
  ['pl', 'exports', 'nie ale klienci z Niemiec pytają', 'no'],
  ['en', 'field_staff', 'unfortunately yes, they are hard to schedule', 'yes'],
  ['fi', 'field_staff', 'valitettavasti kyllä, aikataulutus on hankalaa', 'yes'],
  ['sv', 'field_staff', 'tyvärr ja, de är svåra att planera', 'yes'],
  ['pl', 'field_staff', 'niestety tak, ciężko ich zaplanować', 'yes'],
  ['en', 'contract_prices', 'not as far as I know', 'no'],
  ['fi', 'contract_prices', 'ei tietääkseni', 'no'],
  ['sv', 'contract_prices', 'inte vad jag vet', 'no'],
  ['pl', 'contract_prices', 'nic mi o tym nie wiadomo', 'no'],
]);

rows('not knowing the thing asked exists is a no ("never heard of it")', [
  ['en', 'contract_prices', "didn't know that existed for wholesalers", 'no'],
  ['en', 'exports', 'never heard of it', 'no'],
  ['fi', 'contract_prices', 'en tiennyt että sellaisia voi olla', 'no'],
  ['sv', 'contract_prices', 'visste inte att det fanns sånt', 'no'],
  ['pl', 'contract_prices', 'nie wiedziałam, że jest coś takiego', 'no'],
  ['pl', 'contract_prices', 'pierwsze słyszę', 'no'],
]);

rows('a no said with doubt is a no', [
  ['en', 'exports', "I don't think so, we only sell locally", 'no'],
  ['en', 'contract_prices', 'probably not', 'no'],
  ['fi', 'exports', 'tuskin, myymme lähinnä kotimaahan', 'no'],
  ['fi', 'contract_prices', 'en usko niin', 'no'],
  ['sv', 'exports', 'tror inte det', 'no'],
  ['sv', 'contract_prices', 'knappast, de flesta betalar listpris', 'no'],
  // A doubt about something else is no answer.
  ['sv', 'exports', 'tror det blir aktuellt nästa år', undefined],
]);

rows('an amount answers only the yes/no question being asked', [['en', 'field_staff', 'a few', 'yes']]);

describe('an amount is no answer to another question', () => {
  it('records nothing for a question not being asked', () => {
    expect(understand(definition, 'a few', { locale: 'en', now: YES_NO_DATE, asking: 'exports' }).extractions.map((e) => e.criterionId)).toEqual(['exports']);
  });
});

rows('a no opening a statement is a no', [
  ['en', 'exports', 'no we only sell in Finland', 'no'],
  ['fi', 'field_staff', 'ei meillä ole ketään kentällä', 'no'],
  ['sv', 'exports', 'nej vi säljer bara i Sverige', 'no'],
  ['pl', 'field_staff', 'nie mamy nikogo w terenie', 'no'],
]);

rows('a yes or no closing the reply after a conclusion word is that answer', [
  ['en', 'exports', 'we ship a pallet to Tallinn now and then so I guess yes', 'yes'],
  ['fi', 'exports', 'yksi asiakas Virossa, eli kyllä', 'yes'],
  ['sv', 'field_staff', 'alla jobbar på kontoret, så nej', 'no'],
  ['pl', 'exports', 'mamy jednego klienta w Czechach, więc chyba tak', 'yes'],
]);

rows("the question's own word said back is a yes, negated a no", [
  ['en', 'exports', 'abroad, mostly Estonia', 'yes'],
  ['en', 'exports', 'wholesale only, not abroad', 'no'],
  ['sv', 'exports', 'inte utomlands, men vi har kunder i Skåne', 'no'],
  ['pl', 'exports', 'za granicę, głównie do Czech', 'yes'],
  // Another word in the clause says something else: asked back, not guessed.
  ['en', 'exports', 'abroad next year maybe', undefined],
]);

rows("the question's own word negated is no yes, whatever 'we have' said before it", [
  ['en', 'certified', 'yes, we have our own checklists, but nothing certified', undefined],
  ['fi', 'certified', 'on meillä omat ohjeet, ei kuitenkaan sertifioitua', undefined],
  ['sv', 'certified', 'ja, vi har rutiner men inget certifierat', undefined],
  ['pl', 'certified', 'mamy własne procedury, ale bez certyfikacji', undefined],
  ['pl', 'certified', 'mamy system, ale nie certyfikowany', undefined],
  // said yes to the word itself, or the word the question negates itself, it stays a yes
  ['en', 'certified', 'yes, certified to ISO 9001 since 2019', 'yes'],
  ['fi', 'certified', 'kyllä, ISO 9001 sertifioitu', 'yes'],
  ['en', 'offline', 'yes, nobody in the kitchen has a computer', 'yes'],
  ['sv', 'offline', 'ja, ingen har dator', 'yes'],
  ['pl', 'offline', 'tak, nikt nie ma komputera', 'yes'],
]);

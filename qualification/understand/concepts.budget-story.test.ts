import { describe, expect, it } from 'vitest';
import type { Locale } from '../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../test/support/made-up-definition.js';

/**
 * A made-up seller's budget question with four options, each only a label and what it means: where
 * the budget stands is told as a story ("a grant covers it", "the council votes on it in May",
 * "we had cuts"), in words no option lists; the packs' budget concepts must read it.
 */
const definition = madeUpDefinition([
  madeUpChoice('budget', 'situation', [
    { id: 'approved', means: ['budget_allocated'], label: t('Approved', 'Hyväksytty', 'Godkänd', 'Zatwierdzony') },
    { id: 'planned', means: ['budget_planned'], label: t('Planned', 'Suunnitteilla', 'Planerad', 'Planowany') },
    { id: 'depends', means: ['dont_know'], label: t('Not sure', 'En tiedä', 'Vet inte', 'Nie wiem') },
    { id: 'none', means: ['no_budget'], label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu') },
  ]),
]);

const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'budget' });

describe('where the budget stands, told as what happened to the money', () => {
  it.each<[Locale, string, string]>([
    // Signed, granted, a line of its own, money left over, a ceiling said after a yes.
    ['en', 'the CFO greenlit it in March', 'approved'],
    ['en', 'there’s a line item for it', 'approved'],
    ['en', 'a grant covers it', 'approved'],
    ['en', 'we have some money left over this year', 'approved'],
    ['en', 'yes, up to 5k', 'approved'],
    ['fi', 'talousjohtaja kuittasi sen', 'approved'],
    ['fi', 'meillä on sille oma rivi budjetissa', 'approved'],
    ['fi', 'hankerahoitus kattaa tämän', 'approved'],
    ['fi', 'tälle vuodelle jäi rahaa', 'approved'],
    ['fi', 'joo on, enintään 5000 euroa', 'approved'],
    ['sv', 'vd:n skrev under i mars', 'approved'],
    ['sv', 'det finns en budgetpost för det', 'approved'],
    ['sv', 'bidraget täcker det', 'approved'],
    ['sv', 'vi har pengar kvar i år', 'approved'],
    ['sv', 'ja, upp till 50 000', 'approved'],
    ['pl', 'prezes podpisał w marcu', 'approved'],
    ['pl', 'jest osobna pozycja w budżecie', 'approved'],
    ['pl', 'dotacja pokrywa to', 'approved'],
    ['pl', 'zostały nam środki z tego roku', 'approved'],
    ['pl', 'tak, do 20 tysięcy', 'approved'],
    // The adopted budget resolution holds the words of a budget to be adopted ("uchwala budżet"): one state, the longer's.
    ['pl', 'rada przyjęła uchwałę budżetową', 'approved'],
    // Proposed, to be voted, asked for, on a wishlist.
    ['en', 'it went into the budget proposal', 'planned'],
    ['en', 'the council will vote on it in May', 'planned'],
    ['en', 'nothing’s official yet', 'planned'],
    ['en', 'it’s on the wishlist', 'planned'],
    ['en', 'we’ve applied for a grant', 'planned'],
    ['fi', 'se on budjettiesityksessä', 'planned'],
    ['fi', 'valtuusto päättää siitä toukokuussa', 'planned'],
    ['fi', 'mikään ei oo vielä virallista', 'planned'],
    ['fi', 'se on toivelistalla', 'planned'],
    ['fi', 'olen pyytänyt sitä', 'planned'],
    ['sv', 'det ligger i budgetförslaget', 'planned'],
    ['sv', 'nämnden ska ta beslut om det i maj', 'planned'],
    ['sv', 'inget är spikat än', 'planned'],
    ['sv', 'det står på önskelistan', 'planned'],
    ['sv', 'vi har sökt bidrag', 'planned'],
    ['pl', 'jest w projekcie budżetu', 'planned'],
    ['pl', 'rada musi to przegłosować w maju', 'planned'],
    ['pl', 'nic oficjalnego jeszcze', 'planned'],
    ['pl', 'jest na liście życzeń', 'planned'],
    ['pl', 'złożyłem wniosek o dotację', 'planned'],
    // Cuts, a freeze, no budgets kept at all, money never thought of.
    ['en', 'we had cuts this year', 'none'],
    ['en', 'there’s a spending freeze', 'none'],
    ['en', 'we don’t do budgets', 'none'],
    ['en', 'haven’t thought about money', 'none'],
    ['fi', 'meillä on säästökuuri', 'none'],
    ['fi', 'hankintakielto on päällä', 'none'],
    ['fi', 'ei meillä tehdä budjetteja', 'none'],
    ['fi', 'ei latin latia', 'none'],
    ['sv', 'det är ett tufft år', 'none'],
    ['sv', 'vi har köpstopp', 'none'],
    ['sv', 'vi gör inga budgetar', 'none'],
    ['sv', 'vi har inte tänkt på pengar', 'none'],
    ['pl', 'mamy cięcia w tym roku', 'none'],
    ['pl', 'mamy zamrożone wydatki', 'none'],
    ['pl', 'nie robimy budżetów', 'none'],
    ['pl', 'nie myśleliśmy o pieniądzach', 'none'],
    // The money spent, frozen or cut, said with a bare "the money is" that alone would be money there.
    ['en', 'this year’s money is already spent', 'none'],
    ['en', 'the budget has been cut', 'none'],
    ['fi', 'ei tällä hetkellä, budjetit on jäädytetty', 'none'],
    ['fi', 'tän vuoden rahat on jo käytetty', 'none'],
    ['fi', 'budjetit on leikattu', 'none'],
    ['sv', 'årets pengar är redan använda', 'none'],
    ['sv', 'budgeten har skurits ner', 'none'],
    ['pl', 'tegoroczne pieniądze już wydane', 'none'],
    ['pl', 'budżet został obcięty', 'none'],
    // The price first: not knowing yet.
    ['en', 'depends what it costs', 'depends'],
    ['fi', 'riippuu mitä se maksaa', 'depends'],
    ['sv', 'beror på vad det kostar', 'depends'],
    ['pl', 'zależy ile to kosztuje', 'depends'],
  ])('%s: %s → %s', (locale, text, option) => expect(read(locale, text)).toEqual({ budget: option }));

  it('money that would be found for the right thing is no budget missing, a yes turned by what follows no yes, a boss to convince no plan', () => {
    expect(read('en', 'if it’s reasonable we’ll find the money')).not.toEqual({ budget: 'none' });
    expect(read('en', 'yes, but I have to check with finance')).not.toEqual({ budget: 'approved' });
    expect(read('sv', 'ja, men jag måste kolla med ekonomi')).not.toEqual({ budget: 'approved' });
    // Someone still to be won over says who decides, not that a budget is being planned.
    expect(read('en', 'I need to convince my boss first')).not.toEqual({ budget: 'planned' });
  });
});

/** Polish buyers often leave the word "budżet" out: the money is there, coming, spent or cut. */
describe('Polish: where the budget stands, in the words buyers use', () => {
  it.each([
    ['stać nas na to', 'approved'],
    ['są na to fundusze', 'approved'],
    ['to jest już ujęte w budżecie', 'approved'],
    ['obecny system kosztuje nas 30 tys. rocznie i te pieniądze i tak są', 'approved'],
    ['będą pieniądze od stycznia', 'planned'],
    ['uwzględnimy to w budżecie', 'planned'],
    ['musimy to zabudżetować', 'planned'],
    ['czekamy na dotację', 'planned'],
    ['jeszcze nie, zajmiemy się tym przy budżecie na wiosnę', 'planned'],
    ['jeszcze nie, najpierw musi być akceptacja', 'planned'],
    ['wnioskowane, ale jeszcze niezatwierdzone', 'planned'],
    ['jeśli się opłaci, to znajdziemy pieniądze', 'depends'],
    ['ciężko powiedzieć, dopóki nie zobaczę ceny', 'depends'],
    // "Jak" opening a condition ("if the price is right") is no question.
    ['jak cena będzie rozsądna, to pieniądze się znajdą', 'depends'],
    ['tak daleko jeszcze nie doszliśmy', 'none'],
    ['tegoroczne środki już wydane', 'none'],
    ['był budżet, ale go obcięli', 'none'],
    ['kasy brak', 'none'],
    ['nie przewidzieliśmy na to pieniędzy', 'none'],
    ['zarząd odrzucił wniosek', 'none'],
    ['obcięli nam budżet', 'none'],
    ['szczerze, musielibyśmy skądś wyskrobać te pieniądze', 'none'],
    // "Ani" (not even) agrees with the "nie" before it: the negation does not turn the none around.
    ['jesteśmy fundacją, na oprogramowanie nie ma praktycznie ani złotówki', 'none'],
    ['nie mamy ani grosza', 'none'],
    // A negation before "will be" is no money coming.
    ['nie będzie pieniędzy w tym roku', 'none'],
    // Set aside, earmarked, agreed to, no problem; "no" opening the reply is a filler ("well").
    ['pieniądze na to są przeznaczone', 'approved'],
    ['mamy na ten cel wydzieloną kwotę', 'approved'],
    ['prezes dał zgodę', 'approved'],
    ['jest w tegorocznym planie', 'approved'],
    ['pieniądze nie są problemem', 'approved'],
    ['no jest', 'approved'],
    // Waiting for sign-off, applied for, to come.
    ['jest w trakcie zatwierdzania', 'planned'],
    ['złożyliśmy wniosek do zarządu', 'planned'],
    ['pieniądze mają być od stycznia', 'planned'],
    ['przymierzamy się do tego w przyszłym roku', 'planned'],
    // If the price is right, if it pays back: the money follows the offer.
    ['jeżeli cena będzie dobra', 'depends'],
    ['jak cena będzie w porządku, to znajdziemy pieniądze', 'depends'],
    ['zależy ile to będzie kosztować', 'depends'],
    ['pieniądze się znajdą, jeśli to się opłaci', 'depends'],
    ['nie potrafię powiedzieć', 'depends'],
    ['nie orientuję się', 'depends'],
    // Not counted, nothing reserved, spending stopped.
    ['jeszcze tego nie liczyliśmy', 'none'],
    ['na razie nic nie jest przewidziane', 'none'],
    ['środki nie są zarezerwowane', 'none'],
    ['na razie nie', 'none'],
    ['nikt o tym jeszcze nie myślał', 'none'],
    ['wydatki są wstrzymane', 'none'],
    ['nie ma z czego, wszystko poszło na remont', 'none'],
    ['o kosztach jeszcze nie rozmawialiśmy', 'none'],
    ['tego nie było w planach', 'none'],
    ['to wejdzie do planu na przyszły rok', 'planned'],
    ['złożyłam zapotrzebowanie, czekam na podpis prezesa', 'planned'],
  ])('pl: %s → %s', (text, option) => expect(read('pl', text)).toEqual({ budget: option }));

  it('reserved money said not to be there is no approval, an owner to convince no plan', () => {
    expect(read('pl', 'pieniądze nie są zarezerwowane')).not.toEqual({ budget: 'approved' });
    expect(read('pl', 'nie ma zarezerwowanych środków')).not.toEqual({ budget: 'approved' });
    expect(read('pl', 'muszę najpierw przekonać szefa')).not.toEqual({ budget: 'planned' });
  });
});

describe('money found only on a condition is not allocated: it depends', () => {
  it.each<[Locale, string]>([
    ['en', 'if the price is right we’ll find the money'],
    ['en', 'we’ll find the money if it’s reasonably priced'],
    ['fi', 'jos hinta on kohtuullinen, kyllä rahaa löytyy'],
    ['fi', 'jos hinta on kohdallaan niin rahaa löytyy'],
    ['sv', 'om priset är rimligt så finns pengarna'],
    ['sv', 'om det lönar sig finns pengarna'],
    ['pl', 'jeśli cena będzie rozsądna, pieniądze się znajdą'],
  ])('%s "%s"', (locale, text) => {
    expect(read(locale, text)).toEqual({ budget: 'depends' });
  });

  it.each<[Locale, string]>([
    ['en', 'if we need it, the money is there'],
    ['fi', 'jos tarvitaan, niin rahaa löytyy'],
    ['sv', 'ifall det behövs finns pengarna'],
    ['pl', 'jeżeli będzie trzeba, pieniądze są'],
  ])('%s "%s" records no approved budget', (locale, text) => {
    expect(read(locale, text).budget).not.toBe('approved');
  });

  it.each<[Locale, string, string]>([
    // No condition: the money is there. Swedish "om" before an amount is "of", no condition.
    ['en', 'yes, approved', 'approved'],
    ['fi', 'kyllä, budjetti on hyväksytty', 'approved'],
    ['sv', 'ja, budgeten är godkänd', 'approved'],
    ['sv', 'ja, vi har en godkänd budget om 50 000 kr', 'approved'],
    ['pl', 'tak, budżet zatwierdzony', 'approved'],
    // A condition of approval is awaited approval.
    ['en', 'the board has to approve it', 'planned'],
  ])('%s "%s" is %s', (locale, text, budget) => {
    expect(read(locale, text)).toEqual({ budget });
  });
});

describe('what happened next to the money is where it stands', () => {
  it.each<[Locale, string]>([
    ['en', 'the budget was approved but then frozen in the autumn, so no'],
    ['en', 'it was approved but then frozen'],
    ['fi', 'budjetti hyväksyttiin mutta sitten jäädytettiin'],
    ['fi', 'budjetti hyväksyttiin mut sit se jäädytettiin'],
    ['sv', 'budgeten godkändes men frystes sedan'],
    ['sv', 'budgeten godkändes men sen frystes den'],
    ['pl', 'budżet zatwierdzono, ale potem zamrożono'],
  ])('%s "%s" is no budget', (locale, text) => {
    expect(read(locale, text)).toEqual({ budget: 'none' });
  });
});

/** The same question with no answer for not knowing: money found on a condition is money there. */
const yesOrNo = madeUpDefinition([
  madeUpChoice('budget', 'situation', [
    { id: 'approved', means: ['budget_allocated'], label: t('Yes', 'Kyllä', 'Ja', 'Tak'), synonyms: { en: ['approved'], fi: ['hyväksytty'], sv: ['godkänd'], pl: ['zatwierdzony'] } },
    { id: 'planned', means: ['budget_planned'], label: t('Planned', 'Suunnitteilla', 'Planerad', 'Planowany') },
    { id: 'none', means: ['no_budget'], label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu') },
  ]),
]);

describe('where no answer says "it depends", money found on a condition is there', () => {
  it.each<[Locale, string]>([
    ['en', 'money’s there if the price is right'],
    ['fi', 'rahaa löytyy jos hinta on kohdallaan'],
    ['sv', 'pengar finns om priset är rätt'],
    ['pl', 'pieniądze są, jeśli cena będzie rozsądna'],
  ])('%s "%s"', (locale, text) => {
    expect(recordedFacts(yesOrNo, text, { locale, now: NOW, asking: 'budget' })).toEqual({ budget: 'approved' });
  });
});

/** The same question whose answer for not knowing says so in its label alone, with no `means`. */
const labelled = madeUpDefinition([
  madeUpChoice('budget', 'situation', [
    { id: 'approved', means: ['budget_allocated'], label: t('Yes, the money is there', 'Kyllä, raha on varattu', 'Ja, pengarna finns', 'Tak, środki są') },
    { id: 'depends', label: t('Depends on the price', 'Riippuu hinnasta', 'Beror på priset', 'Zależy od ceny') },
    { id: 'none', means: ['no_budget'], label: t('No budget', 'Ei budjettia', 'Ingen budget', 'Brak budżetu') },
  ]),
]);

describe('an answer labelled "it depends" takes money found on a condition, as one meaning it does', () => {
  it.each<[Locale, string]>([
    ['en', 'if it pays for itself in a year, the money is there'],
    ['fi', 'jos maksaa ittensä takas vuodessa niin kyllä rahat löytyy'],
    ['sv', 'om det betalar sig på ett år så finns pengarna'],
    ['pl', 'stać nas, jeśli to rzeczywiście rozwiąże problem'],
  ])('%s "%s" records no approved budget', (locale, text) => {
    expect(recordedFacts(labelled, text, { locale, now: NOW, asking: 'budget' }).budget).not.toBe('approved');
  });

  it.each<[Locale, string]>([
    ['en', 'yes, the money is there'],
    ['fi', 'kyllä, raha on varattu'],
  ])('%s "%s" is approved', (locale, text) => {
    expect(recordedFacts(labelled, text, { locale, now: NOW, asking: 'budget' })).toEqual({ budget: 'approved' });
  });
});

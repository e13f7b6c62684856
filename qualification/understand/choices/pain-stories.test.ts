import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up seller's pain question, written the way the documented markers invite: each option a
 * label of its own trade and the pain it `means`. Visitors tell the pain as what happens to them.
 */
const definition = madeUpDefinition([
  madeUpChoice('pain', 'situation', [
    { id: 'fees', label: t('Fees', 'Maksut', 'Avgifter', 'Opłaty'), means: ['high_costs'] },
    { id: 'manual', label: t('Admin', 'Hallinto', 'Admin', 'Administracja'), means: ['manual_work'] },
    { id: 'overview', label: t('Reports', 'Raportit', 'Rapporter', 'Raporty'), means: ['no_overview'] },
    { id: 'payouts', label: t('Payouts', 'Tilitykset', 'Utbetalningar', 'Wypłaty'), means: ['late_payments'] },
    { id: 'angry', label: t('Service', 'Palvelu', 'Service', 'Obsługa'), means: ['customer_complaints'] },
    { id: 'stock', label: t('Stock', 'Varasto', 'Lager', 'Magazyn') },
    { id: 'none', label: t('Nothing in particular', 'Ei mitään erityistä', 'Inget särskilt', 'Nic szczególnego'), means: ['no_pain'] },
  ]),
]);

const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'pain' });

describe('a pain told as what happens, in every locale', () => {
  it.each<[Locale, string, string]>([
    ['en', 'the agency takes almost 10% of every ticket, that’s our whole margin', 'fees'],
    ['fi', 'provisio vie koko katteen', 'fees'],
    ['sv', 'avgifterna äter upp hela marginalen', 'fees'],
    ['pl', 'prowizja zjada całą marżę', 'fees'],
    ['en', 'our secretary copies everything from Word into the billing system', 'manual'],
    ['fi', 'sihteeri kopioi kaiken Wordista laskutukseen', 'manual'],
    ['sv', 'sekreteraren kopierar allt från Word in i faktureringen', 'manual'],
    ['pl', 'sekretarka kopiuje wszystko z Worda do fakturowania', 'manual'],
    ['en', 'I never know how many we’ve actually sold until the day after', 'overview'],
    ['en', 'the partners ask me every Monday who’s working on what', 'overview'],
    ['fi', 'mulla ei oo hajuakaan kuka tekee mitä', 'overview'],
    ['sv', 'ingen har helhetsbilden, allt är utspritt på tre system', 'overview'],
    ['pl', 'wspólnicy pytają mnie, kto nad czym pracuje', 'overview'],
    ['en', 'we only get the money a month after the event', 'payouts'],
    ['fi', 'saadaan rahat vasta kuukauden päästä', 'payouts'],
    ['sv', 'vi får pengarna först en månad efteråt', 'payouts'],
    ['pl', 'dostajemy pieniądze dopiero miesiąc później', 'payouts'],
    ['en', 'the line was an hour long and people were furious', 'angry'],
    ['fi', 'hyvitykset kestää ja asiakkaat suuttuu', 'angry'],
    ['sv', 'det tar veckor och folk blir arga', 'angry'],
    ['pl', 'to trwa tygodniami i klienci się denerwują', 'angry'],
  ])('%s: "%s" → %s', (locale, text, option) => expect(read(locale, text)).toEqual({ pain: option }));

  it.each<[Locale, string]>([
    ['en', 'nothing’s on fire, we’re ok'],
    ['fi', 'ei mikään pala, ihan ok'],
    ['sv', 'inget som brinner, vi klarar oss'],
    ['pl', 'nic się nie pali, dajemy radę'],
    ['en', 'I can’t complain'],
    ['pl', 'nie mogę narzekać'],
  ])('%s: "%s" is no pain', (locale, text) => expect(read(locale, text)).toEqual({ pain: 'none' }));

  it.each<[Locale, string]>([
    // "Things run ok" is a set phrase: its words apart tell a pain.
    ['en', 'we run out of things and never know what’s left in the back'],
    ['en', 'every Monday someone asks who’s working'],
    // A bare reply in another form past the opening is another word: "ingen" is nobody, not "inget".
    ['sv', 'varorna tar slut och ingen vet vad som finns'],
  ])('%s: "%s" is no "no pain"', (locale, text) => expect(read(locale, text).pain).not.toBe('none'));
});

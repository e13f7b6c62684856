import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up support seller's pain question: one option labelled by the response times alone (it carries
 * the concept of customers waiting for an answer by its label), beside handwork and complaints.
 */
const definition = madeUpDefinition([
  madeUpChoice('pain', 'situation', [
    { id: 'waiting', label: t('Response times', 'Vastausajat', 'Svarstider', 'Czas odpowiedzi') },
    { id: 'handwork', label: t('Handwork', 'Käsityö', 'Handpåläggning', 'Ręczna robota'), means: ['manual_work'] },
    { id: 'complaints', label: t('Complaints', 'Valitukset', 'Klagomål', 'Reklamacje'), means: ['customer_complaints'] },
    { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);
const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'pain' });

describe('customers waiting for an answer is the option carrying slow responses', () => {
  it.each<[Locale, string]>([
    ['en', 'customers have to wait'],
    ['en', 'people don’t hear back from us for days'],
    ['en', 'so many calls that people can’t get through'],
    ['fi', 'asiakkaat joutuvat odottamaan'],
    ['fi', 'ihmiset ei saa vastausta moneen päivään'],
    ['fi', 'vastaaminen kestää päiviä'],
    ['sv', 'kunderna får vänta jättelänge'],
    ['sv', 'folk får ingen respons på flera dagar'],
    ['sv', 'långa köer i telefon'],
    ['pl', 'klienci czekają wieki na odpowiedź'],
    ['pl', 'ludzie czekają na odpowiedź po kilka dni'],
    ['pl', 'tyle telefonów, że nie da się dodzwonić'],
  ])('%s "%s"', (locale, text) => {
    expect(read(locale, text)).toEqual({ pain: 'waiting' });
  });

  it.each<[Locale, string, string]>([
    // Complaints and handwork keep their options.
    ['en', 'customers complain all the time', 'complaints'],
    ['fi', 'kaikki tehdään käsin', 'handwork'],
    ['sv', 'allt görs för hand', 'handwork'],
    ['pl', 'wszystko robimy ręcznie', 'handwork'],
  ])('%s "%s" is %s', (locale, text, pain) => {
    expect(read(locale, text)).toEqual({ pain });
  });
});

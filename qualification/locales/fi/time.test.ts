import { describe, expect, it } from 'vitest';
import { prepare } from '../../understand/normalize.js';
import { aboutSomethingElse, findTimes } from '../../understand/time.js';

const december = new Date('2026-12-04T10:00:00Z');
const months = (text: string) => findTimes(prepare(text), 'fi', december)[0]?.months;

describe('a Finnish start said as Finns say it, relative to now', () => {
  it.each<[string, number]>([
    // Spoken "ens" and "tän" stand for "ensi" and "tämän".
    ['ens vuonna', 6.9],
    ['ens kuussa', 1.4],
    ['tän vuoden aikana', 0.9],
    // "X vuoden puolella": some time in that year.
    ['ensi vuoden puolella', 6.9],
    ['tämän vuoden puolella', 0.9],
    ['ensi vuoden alkupuolella', 6.9],
    // The turn of the year, however it is said.
    ['vuodenvaihteessa', 1.4],
    ['vuoden vaihteen jälkeen', 1.4],
    ['vuodenvaihteen tienoilla', 1.4],
    // "Later in the season" (-mmalla) is the season; "by the season" its start.
    ['syksymmällä', 9.9],
    ['keväämmällä', 4.3],
    ['kevääseen mennessä', 2.9],
    ['syksyyn mennessä', 8.9],
    // Now, said with urgency; the coming months and weeks.
    ['mahdollisimman äkkiä', 0],
    ['mitä pikemmin sen parempi', 0],
    ['lähikuukausina', 2],
    ['tässä lähiviikkoina', 0.5],
  ])('"%s" from 4 December 2026 → %s months', (text, expected) => expect(months(text)).toBeCloseTo(expected, 0));

  it('"ehkä joskus" is no plan', () => expect(months('ehkä joskus')).toBe(Number.POSITIVE_INFINITY));

  it.each<string>([
    // "Ens" is only "ensi" before a time word; "äkkiä" is no month.
    'ens',
    'joskus',
    // A word that merely starts like a season, no "later in" form.
    'kesämökillä',
  ])('"%s" names no time', (text) => expect(months(text)).toBeUndefined());
});

describe('a Finnish time about something the visitor did, said in the spoken passive, is not the start', () => {
  it.each<string>(['muutettiin lokakuussa uusiin tiloihin', 'avattiin toinen myymälä maaliskuussa', 'palkattiin kaksi uutta syksyllä'])('"%s"', (text) => {
    const message = prepare(text);
    const [time] = findTimes(message, 'fi', december);
    expect(time).toBeDefined();
    expect(aboutSomethingElse(time!, message, 'fi')).toBe(true);
  });
});

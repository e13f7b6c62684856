import { describe, expect, it } from 'vitest';
import type { Copy } from './copy.js';
import { CITIES } from './cities.js';
import { ALL_PACKS, copyFor, packFor } from './index.js';
import type { LocalePack } from './pack.js';
import { LOCALE_TAGS } from './tags.js';
import { WIDGET_STRINGS } from './widget.js';

/** Every line of a copy by its key; lines in turn ("notCaught.0") and by question type ("answerHint.number") each count. */
function lines(copy: Copy): Record<string, string> {
  return Object.fromEntries(
    Object.entries(copy).flatMap(([key, line]): [string, string][] => {
      if (typeof line === 'function') return [[key, line('NAME', 'https://x.example/u')]];
      if (typeof line === 'string') return [[key, line]];
      return Object.entries(line).map(([sub, text]) => [`${key}.${sub}`, String(text)]);
    }),
  );
}

/** The pack every other is compared with: its lines and keys are the reference. */
const reference = packFor('en');
const folded = (word: string) => word === word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

describe('every registered locale pack is complete', () => {
  it('registers each pack under its own tag, with widget strings in the widget list too', () => {
    expect(ALL_PACKS.map((p) => p.tag)).toEqual(LOCALE_TAGS);
    expect(Object.keys(WIDGET_STRINGS).sort()).toEqual([...LOCALE_TAGS].sort());
    for (const tag of LOCALE_TAGS) expect(WIDGET_STRINGS[tag]).toBe(packFor(tag).widget);
  });

  it.each(ALL_PACKS.map((p) => [p.tag, p] as const))('%s fills every word list', (_tag, pack: LocalePack) => {
    for (const [name, list] of Object.entries(pack.intents)) expect(list.length, `intents.${name}`).toBeGreaterThan(0);
    expect(pack.time.length).toBeGreaterThan(0);
    expect(Object.keys(pack.numbers.morphemes).length).toBeGreaterThanOrEqual(10);
    expect(pack.otherUnits.length).toBeGreaterThan(0);
    expect(pack.headcount.after.length).toBeGreaterThan(0);
    expect(pack.directives.imperatives.length).toBeGreaterThan(0);
    expect(pack.names.leadIns.length).toBeGreaterThan(0);
    expect(pack.lexicon.generic.length).toBeGreaterThan(0);
    expect(pack.lexicon.stopwords.size).toBeGreaterThan(0);
    expect(pack.lexicon.light.size).toBeGreaterThan(0);
    expect(pack.lexicon.negations.size).toBeGreaterThan(0);
    expect(pack.lexicon.contrasts.size).toBeGreaterThan(0);
    expect(pack.textSearch).toMatch(/^[a-z_]+$/);
    expect(pack.headcount.spoken.map(([, n]) => n)).toEqual(expect.arrayContaining([1, 2]));
    expect(pack.numbers.tense.current.length).toBeGreaterThan(0);
    expect(pack.numbers.tense.past.length).toBeGreaterThan(0);
    expect(pack.numbers.tense.coming.length).toBeGreaterThan(0);
    const { kin, advice, determiners, oneOf, ...peopleLists } = pack.people;
    for (const [name, list] of Object.entries(peopleLists)) expect(list.length, `people.${name}`).toBeGreaterThan(['otherCases', 'ownActs', 'possessives', 'clitics', 'ofNoun'].includes(name) ? -1 : 0);
    // Relatives, and among them those that name the household deciding (choices/kin.ts).
    expect(kin.family.length, 'people.kin.family').toBeGreaterThan(0);
    expect(kin.family.every((w) => kin.members.includes(w)), 'people.kin.family within members').toBe(true);
    expect(determiners.length, 'people.determiners').toBeGreaterThan(0);
    expect(oneOf.length, 'people.oneOf').toBeGreaterThan(0);
    // Words of the visitor's advice (choices/advice-clause.ts); first-person forms only where verbs say the person.
    for (const name of ['advises', 'mine'] as const) expect(advice[name].length, `people.advice.${name}`).toBeGreaterThan(0);
    expect(pack.timeTopics.elsewhere.length).toBeGreaterThan(0);
    expect(pack.timeTopics.buying.length).toBeGreaterThan(0);
    for (const [concept, phrases] of Object.entries(pack.concepts)) expect(phrases.length, `concepts.${concept}`).toBeGreaterThan(0);
    // Words for the goods of every kind a shop may sell (definition/goods.ts), several each.
    for (const [kind, words] of Object.entries(pack.goods)) expect(words.length, `goods.${kind}`).toBeGreaterThanOrEqual(5);
    // Trade words for every NACE Rev. 2 section a business may be in (A–S), keyed by section, division, group or
    // class, or a national subclass below a class (TOL 2008's fifth digit: "I.56.10.3", fast food).
    expect(Object.keys(pack.industries).filter((code) => !/^[A-U](?:\.\d{2}(?:\.\d{1,2}(?:\.\d)?)?)?$/.test(code))).toEqual([]);
    expect(new Set(Object.keys(pack.industries).map((code) => code[0])).size).toBeGreaterThanOrEqual(19);
    // Words for the people of every country a city list names, so a locale reads "a Polish company" like "Krakowie".
    expect(Object.keys(CITIES).filter((code) => !pack.demonyms[code]?.length)).toEqual([]);
    // Job titles and work by ISCO-08 code, digits joined by dots ("1.2.1.2", or a pack's part of a unit, "1.3.2.4.1"); work only for groups with titles.
    const isco = [...Object.keys(pack.occupations.titles), ...Object.keys(pack.occupations.work)];
    expect(isco.filter((code) => !/^\d(?:\.\d){0,4}$/.test(code))).toEqual([]);
    expect(Object.keys(pack.occupations.work).filter((code) => !(code in pack.occupations.titles))).toEqual([]);
    expect(pack.forms.stem('testing')).toEqual(expect.any(String));
    for (const other of pack.mixesIn) expect(ALL_PACKS).toContain(other);
  });

  it.each(ALL_PACKS.map((p) => [p.tag, p] as const))('%s writes its matching words folded (lower case, no diacritics)', (_tag, pack: LocalePack) => {
    const words = [
      ...Object.values(pack.intents).flat(),
      ...Object.keys(pack.numbers.morphemes),
      ...pack.lexicon.generic,
      ...pack.lexicon.stopwords,
      ...pack.lexicon.light,
      ...pack.lexicon.coordinators,
      ...pack.lexicon.negations,
      ...pack.lexicon.contrasts,
      ...pack.lexicon.leaving.before,
      ...pack.lexicon.leaving.endings,
      ...pack.lexicon.leaving.to,
      ...pack.lexicon.leaving.toEndings,
      ...pack.lexicon.leaving.then,
      ...pack.lexicon.leaving.now,
      ...pack.lexicon.leaving.later,
      ...pack.lexicon.towards.before,
      ...pack.lexicon.towards.endings,
      ...pack.lexicon.clients.before,
      ...pack.lexicon.clients.endings,
      ...pack.lexicon.clients.nouns,
      ...pack.lexicon.clients.sellers,
      ...pack.lexicon.hedges.map((w) => w.replace(/\*$/, '')),
      ...pack.lexicon.falseFriends,
      ...pack.directives.imperatives,
      ...pack.names.leadIns,
      ...pack.numbers.tense.current,
      ...pack.numbers.tense.past,
      ...pack.numbers.tense.coming,
      ...pack.people.self,
      ...pack.people.others,
      ...pack.people.acts,
      ...pack.people.joins,
      ...pack.timeTopics.elsewhere,
      ...pack.timeTopics.buying,
    ].map((w) => w.replace(/\*$/, ''));
    expect(words.filter((w) => !folded(w))).toEqual([]);
  });

  it.each(LOCALE_TAGS)('%s has every line of the bot’s copy, none empty, none left in the reference language', (locale) => {
    const copy = copyFor(locale);
    expect(Object.keys(lines(copy)).sort()).toEqual(Object.keys(lines(reference.copy)).sort());
    for (const [key, text] of Object.entries(lines(copy))) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/\$\{|undefined|\{\w+\}/);
      // "or" may be a word both languages share; every sentence is the pack's own.
      if (packFor(locale) !== reference && text.includes(' ')) expect(text, `${locale}.${key}`).not.toBe(lines(reference.copy)[key]);
    }
  });

  it.each(LOCALE_TAGS)('%s has every widget string, none empty', (locale) => {
    const strings = WIDGET_STRINGS[locale];
    expect(Object.keys(strings).sort()).toEqual(Object.keys(reference.widget).sort());
    for (const [key, text] of Object.entries(strings)) expect(text.trim(), key).not.toBe('');
  });

  it.each(LOCALE_TAGS)('%s puts the names and links it is given into the lines that take them', (locale) => {
    const copy = copyFor(locale);
    expect(copy.handoff('Anna Virtanen')).toContain('Anna Virtanen');
    expect(copy.handoffInChat('Anna Virtanen')).toContain('Anna Virtanen');
    expect(copy.meetingLink('https://meet.example/anna')).toContain('https://meet.example/anna');
    expect(copy.consentAsk('Fieldwise')).toContain('Fieldwise');
    expect(copy.consentPrivacy('https://x.example/privacy')).toContain('https://x.example/privacy');
    expect(copy.followUpAsk('Fieldwise')).toContain('Fieldwise');
    expect(copy.nurtureContent('Guide', 'https://x.example/g')).toContain('https://x.example/g');
    expect(copy.moreAt('https://x.example')).toContain('https://x.example');
  });
});

import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl.js';
import { isVowel, stemmer, stemAndEnding } from '../../understand/choices/forms.js';
import { fold } from '../../understand/normalize.js';
import type { WordForms } from '../word-forms.js';

/** Noun and adjective endings, folded (ą → a, ę → e, ó → o). */
const ENDINGS = ['a', 'u', 'e', 'y', 'i', 'o', 'ie', 'iu', 'ia', 'em', 'iem', 'om', 'iom', 'ach', 'iach', 'ami', 'iami', 'ow', 'owi', 'owie', 'ego', 'emu', 'ej', 'ym', 'ych', 'ymi', 'im', 'ich', 'imi'];

/** Consonants that soften before the locative "-e": "Polska" → "w Polsce", "Kanada" → "w Kanadzie", "papier" → "na papierze". */
const SOFTENING: [string, string][] = [['ch', 'sz'], ['st', 'sci'], ['k', 'c'], ['g', 'dz'], ['r', 'rz'], ['t', 'ci'], ['d', 'dzi']];

/** The plural of men ("serwisant" → "serwisanci", "instalator" → "instalatorzy", "przewoźnik" → "przewoźnicy"), from the same softening. */
const MEN_PLURAL: Record<string, string> = { ch: 'si', st: 'sci', k: 'cy', g: 'dzy', r: 'rzy', t: 'ci', d: 'dzi' };

/**
 * Without the final vowel ("Kanad-y"); whole forms: the softened locative ("Polsce"), the plural of
 * men ("instalatorzy"), the genitive plural with its inserted "e" ("koparka" → "koparek"), the stem
 * without a dropping one ("majster" → "majstr-em"); and the stems of a role's feminine ("dyspozytor" → "dyspozytork-a", "planista" → "planistk-ą", "prezes" →
 * "prezesk-a"), of an adjective ("kurier" → "kuriersk-a firma", "kadry" → "kadrow-a", "ekologia" → "ekologiczn-y").
 */
function stems(term: string): string[] {
  const bare = isVowel(term.at(-1)) ? term.slice(0, -1) : term;
  const soft = SOFTENING.find(([hard]) => bare.endsWith(hard));
  const out = [term, bare];
  if (soft) out.push(`${bare.slice(0, -soft[0].length)}${soft[1]}e`, `${bare.slice(0, -soft[0].length)}${MEN_PLURAL[soft[0]] as string}`);
  if (/[^aeiouy]k$/.test(bare) && bare !== term) out.push(`${bare.slice(0, -1)}ek`);
  // The "e" that drops before a case ending ("majster" → "majstr-em", "handlowiec" → "handlowc-a", "budynek" → "budynk-u", "handel" → "handl-em").
  const mobile = /[^aeiouy]i?e[cklr]$/.exec(term);
  if (mobile) out.push(`${term.slice(0, mobile.index + 1)}${term.slice(-1)}`);
  if (/(?:or|el|ist|ant|ent|es)$/.test(bare)) out.push(`${bare}k`);
  if (/[iy]k$/.test(bare)) out.push(`${bare.slice(0, -1)}czk`, `${bare.slice(0, -1)}c`); // "kierownik" → "kierowniczk-a", "pracownik" → "pracownic-a"
  // The "-owy/-owa" adjective and feminine of a masculine or plural noun: "kadry" → "kadrow-a", "szef" → "szefow-a"
  // (not of a feminine one: "osobowe" cars are not "osoba", a person).
  if (bare.length >= 4 && !isVowel(bare.at(-1)) && !/[aeio]$/.test(term)) out.push(`${bare}ow`);
  // A country named in the plural: "Niemcy" → "w Niemczech", "Węgry" → "na Węgrzech", "Włochy" → "we Włoszech".
  const plural = term.endsWith('y') ? [['c', 'cz'], ['ch', 'sz'], ['r', 'rz']].find(([hard]) => bare.endsWith(hard as string)) : undefined;
  if (plural) out.push(`${bare.slice(0, -(plural[0] as string).length)}${plural[1] as string}ech`);
  if (/(?:er|or)$/.test(term)) out.push(`${term}sk`);
  // "ą" turns "ę" before an ending ("urząd" → "urzęd-em", "gołąb" → "gołęb-ia"); folded, both are "a" and "e".
  if (/[^aeiouy]a[bdzw]$/.test(term)) out.push(`${term.slice(0, -2)}e${term.slice(-1)}`);
  if (term.endsWith('logia')) out.push(`${term.slice(0, -1)}czn`);
  return out;
}

/**
 * Present-tense endings of the first person, as written, and the endings of the same verb said of
 * someone else (folded): "zatwierdzam" → "zatwierdza", "zatwierdzają"; "decydujemy" → "decyduje",
 * "decydują"; "robimy" → "robi", "robią". The "decyduje" of "decyduję" only its diacritic tells
 * (understand/choices/match.ts); nouns in "-ę" ("decyzję") are left alone, their other cases end alike.
 */
const PERSONS: [RegExp, string[]][] = [
  [/am$/, ['a', 'aja']],
  [/em$/, ['e', 'eja']],
  [/amy$/, ['a', 'aja']],
  [/emy$/, ['e', 'a', 'eja']],
  [/imy$/, ['i', 'ia', 'a']],
  [/ymy$/, ['y', 'a']],
  [/uję$/, ['uja']],
];

/** The instrumental of a verbal noun ("sprzątanie" → "sprzątaniem", "zajęcie" → "zajęciem"). */
const VERBAL_NOUN_CASE = /[nc]iem$/;

/** The forms of a first-person verb said of someone else, folded; none for any other word. */
function saidOfOthers(written: string): string[] {
  // "-niem", "-ciem" end the instrumental of a verbal noun ("sprzątaniem", "zarządzaniem"), no verb in "-em" ("umiem", "rozumiem").
  if (VERBAL_NOUN_CASE.test(written)) return [];
  for (const [first, others] of PERSONS) {
    const found = first.exec(written);
    if (found) return others.map((e) => `${fold(written.slice(0, found.index))}${e}`);
  }
  return [];
}

export const forms: WordForms = {
  stem: stemmer(new StemmerPl()),
  personEndings: [],
  otherPerson: (a, b) => saidOfOthers(a).includes(fold(b)) || saidOfOthers(b).includes(fold(a)),
  derivations: ['nik', 'nicy', 'nika', 'ników', 'owy', 'owa', 'owe', 'owego', 'owej', 'owych', 'owym', 'owymi'],
  verbForms: [],
  inflects: stemAndEnding({ stems, endings: new Set(ENDINGS) }),
  compounding: false,
  guessesStems: true,
};

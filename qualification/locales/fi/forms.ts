import StemmerFi from '@nlpjs/lang-fi/src/stemmer-fi.js';
import { isVowel, stemmer, stemAndEnding } from '../../understand/choices/forms.js';
import type { WordForms } from '../word-forms.js';

const combine = (...parts: string[][]): string[] => parts.reduce<string[]>((words, part) => words.flatMap((w) => part.map((p) => w + p)), ['']);

/**
 * Case endings, folded (ä → a, ö → o), without the plural or joining "i" that may stand before
 * them ("Yhdysvallo-i-sta", "Excel-i-ssä"). Illatives carry their lengthened vowel ("Suome-en").
 * No abessive "-tta" ("maksutta" is free of charge, not "without payments") and no translative
 * "-ksi" ("suomeksi" is in Finnish, not in Finland).
 */
const CASES = ['', 'n', 't', 'a', 'ta', 'na', 'ne', 'ssa', 'sta', 'lla', 'lta', 'lle', 'an', 'en', 'in', 'on', 'un', 'yn', 'han', 'hen', 'hin', 'hon', 'hun', 'seen', 'siin', 'ja', 'jen', 'den', 'ten', 'tten'];
const POSSESSIVES = ['', 'ni', 'si', 'mme', 'nne', 'nsa'];
const CLITICS = ['', 'kin', 'kaan', 'ko', 'han', 'pa'];

/**
 * Stem vowels that change before an ending: "Suomi" → "Suome-ssa", "Yhdysvallat" →
 * "Yhdysvallo-ista". Not "a" → "i" nor "a" → "e": "puoli", "puolia", "puolella" (half, sides)
 * are not "Puola" (Poland).
 */
const VOWEL_CHANGES: Record<string, string[]> = { i: ['e'], a: ['o'] };

/** Consonant gradation before the stem's last vowel, strong to weak: "Helsinki" → "Helsingi-ssä", "Lahti" → "Lahde-ssa", "Turku" → "Turu-ssa". */
const GRADATION: [string, string][] = [['nk', 'ng'], ['mp', 'mm'], ['nt', 'nn'], ['lt', 'll'], ['rt', 'rr'], ['ht', 'hd'], ['kk', 'k'], ['pp', 'p'], ['tt', 't'], ['t', 'd'], ['p', 'v'], ['k', '']];

/** The weak grade of a stem ending in a vowel, if its last consonants have one. */
function weakGrade(base: string): string | null {
  const body = base.slice(0, -1);
  const rule = GRADATION.find(([strong]) => body.endsWith(strong) && (strong.length > 1 || isVowel(body.at(-2)) || 'lrnh'.includes(body.at(-2) ?? '')));
  return rule ? `${body.slice(0, -rule[0].length)}${rule[1]}${base.at(-1) as string}` : null;
}

/** The strong grade of a stem written weak: plural "rikot" → "rikko-ja", "huollot" → "huolto-ja"; "osakas" → "osakka-an". */
function strongGrade(body: string, vowel: string): string | null {
  const rule = GRADATION.find(([strong, weak]) => weak !== '' && strong !== 'ht' && body.endsWith(weak) && !body.endsWith(strong) && (weak.length > 1 || isVowel(body.at(-2))));
  return rule ? `${body.slice(0, -rule[1].length)}${rule[0]}${vowel}` : null;
}

/**
 * A plural synonym inflects from its singular ("laskut" → "lasku-ssa"; "maksut-on" would be
 * "maksuton", free of charge). A final "-n" stays: it may be a genitive, but also a verb's "I"
 * ("päätän", I decide), which "päätämme" (we decide) is not.
 */
function stems(term: string): string[] {
  const bases = isVowel(term.at(-2)) && term.endsWith('t') ? [term.slice(0, -1)] : [term];
  const out: string[] = [];
  for (const base of bases) {
    const last = base.at(-1) as string;
    out.push(base);
    if (isVowel(last)) out.push(base + last); // "Tampere" → "Tamperee-lla"
    const weak = isVowel(last) ? weakGrade(base) : null;
    for (const form of weak ? [base, weak] : [base]) {
      if (form !== base) out.push(form);
      for (const vowel of VOWEL_CHANGES[last] ?? []) out.push(form.slice(0, -1) + vowel);
    }
    // A plural written weak takes its strong grade in the partitive and illative ("rikot" → "rikko-ja").
    const strong = base !== term && isVowel(last) ? strongGrade(base.slice(0, -1), last) : null;
    if (strong) out.push(strong);
    // "työ" → "tö-i-tä", "tie" → "te-i-tä": a long vowel pair shortens before the plural "i".
    if (/(?:yo|uo|ie)$/.test(base)) out.push(base.slice(0, -2) + (base.at(-1) as string));
  }
  // A name ending like a plural takes the joining "i" after its whole self ("Dynafleet-i-n", "Webfleet-i-ä").
  if (bases[0] !== term) out.push(`${term}i`);
  // "turvallisuus" → "turvallisuude-n", "turvallisuut-ta", "turvallisuute-en".
  if (/(?:uu|yy)s$/.test(term)) out.push(`${term.slice(0, -1)}de`, `${term.slice(0, -1)}t`, `${term.slice(0, -1)}te`);
  // "osakas" → "osakkaa-n", "asiakas" → "asiakka-i-ta": the strong grade, the vowel long before a case ending.
  if (/[^aeiouy][ae]s$/.test(term)) {
    const strong = strongGrade(term.slice(0, -2), term.at(-2) as string) ?? term.slice(0, -1);
    out.push(strong, strong + (term.at(-2) as string));
  }
  if (/[aeiouy]s$/.test(term)) out.push(`${term.slice(0, -1)}kse`, `${term.slice(0, -1)}ksi`); // "laskutus" → "laskutukse-ssa"
  if (/[aeiouy]us$/.test(term)) out.push(`${term.slice(0, -1)}de`); // "talous" → "taloude-sta"
  if (term.endsWith('ies')) out.push(`${term.slice(0, -1)}he`, `${term.slice(0, -1)}hi`); // "putkimies" → "putkimiehe-nä", "putkimiehi-ä"
  if (term.endsWith('nen')) out.push(`${term.slice(0, -3)}se`, `${term.slice(0, -3)}si`, `${term.slice(0, -3)}s`); // "suomalainen" → "suomalaise-n", "rakentamis-ta"
  return out;
}

/** The first syllable's consonant weak ("hake|neet" → "hae|neet", "otta|a" → "ota|a"): a verb's forms alternate there ("haettu", "hakee"). */
function weakStart(word: string): string | null {
  const first = /^[^aeiouy]*[aeiouy]+[^aeiouy]+[aeiouy]/.exec(word)?.[0];
  const weak = first ? weakGrade(first) : null;
  return first && weak ? weak + word.slice(first.length) : null;
}

export const forms: WordForms = {
  stem: stemmer(new StemmerFi()),
  personEndings: ['n', 'mme', 'tte', 'vat', 'vät'],
  otherPerson: null,
  derivations: ['ja', 'jat', 'jia', 'jan', 'jana'],
  verbForms: [],
  inflects: stemAndEnding({ stems, endings: new Set(combine(CASES, POSSESSIVES, CLITICS)), joining: 'i' }),
  compounding: true,
  guessesStems: true,
  weakStart,
};

import type { Locale } from '../../definition/schema.js';

const combine = (...parts: string[][]): string[] => parts.reduce<string[]>((words, part) => words.flatMap((w) => part.map((p) => w + p)), ['']);

/**
 * Finnish case endings, folded (ä → a, ö → o), without the plural or joining "i" that may stand
 * before them ("Yhdysvallo-i-sta", "Excel-i-ssä"). Illatives carry their lengthened vowel ("Suome-en").
 * No abessive "-tta" ("maksutta" is free of charge, not "without payments") and no translative
 * "-ksi" ("suomeksi" is in Finnish, not in Finland).
 */
const FI_CASES = ['', 'n', 't', 'a', 'ta', 'na', 'ne', 'ssa', 'sta', 'lla', 'lta', 'lle', 'an', 'en', 'in', 'on', 'un', 'yn', 'han', 'hen', 'hin', 'hon', 'hun', 'seen', 'siin', 'ja', 'jen', 'den', 'ten', 'tten'];
const FI_POSSESSIVES = ['', 'ni', 'si', 'mme', 'nne', 'nsa'];
const FI_CLITICS = ['', 'kin', 'kaan', 'ko', 'han', 'pa'];

/** Polish noun and adjective endings, folded (ą → a, ę → e, ó → o). */
const PL = ['a', 'u', 'e', 'y', 'i', 'o', 'ie', 'iu', 'ia', 'em', 'iem', 'om', 'iom', 'ach', 'iach', 'ami', 'iami', 'ow', 'owi', 'owie', 'ego', 'emu', 'ej', 'ym', 'im', 'ich', 'imi'];

/** Polish consonants that soften before the locative "-e": "Polska" → "w Polsce", "Kanada" → "w Kanadzie", "papier" → "na papierze". */
export const PL_SOFTENING: [string, string][] = [['ch', 'sz'], ['st', 'sci'], ['k', 'c'], ['g', 'dz'], ['r', 'rz'], ['t', 'ci'], ['d', 'dzi']];

/** Swedish definite, plural and genitive endings. */
const SV = ['en', 'et', 'n', 't', 'na', 'ar', 'er', 'or', 'arna', 'erna', 'orna', 'arnas', 'ernas', 'ornas', 's', 'ens', 'ets', 'ns', 'ts', 'e', 'a'];

/** What a case, possessive or plural adds after a stem, per locale. */
export const ENDINGS: Record<Exclude<Locale, 'en'>, Set<string>> = {
  fi: new Set(combine(FI_CASES, FI_POSSESSIVES, FI_CLITICS)),
  pl: new Set(PL),
  sv: new Set(SV),
};

/** Endings a Swedish synonym may itself carry, to be taken off before another is put on ("systemet", "rörmokarna"). */
export const SV_OWN_ENDINGS = ['arna', 'erna', 'orna', 'en', 'et', 'na', 'n', 't'];

/**
 * Finnish stem vowels that change before an ending: "Suomi" → "Suome-ssa", "Yhdysvallat" →
 * "Yhdysvallo-ista". Not "a" → "i" nor "a" → "e": "puoli", "puolia", "puolella" (half, sides)
 * are not "Puola" (Poland).
 */
export const FI_VOWEL_CHANGES: Record<string, string[]> = { i: ['e'], a: ['o'] };

/** Finnish consonant gradation before the stem's last vowel, strong to weak: "Helsinki" → "Helsingi-ssä", "Lahti" → "Lahde-ssa", "Turku" → "Turu-ssa". */
export const FI_GRADATION: [string, string][] = [['nk', 'ng'], ['mp', 'mm'], ['nt', 'nn'], ['lt', 'll'], ['rt', 'rr'], ['ht', 'hd'], ['kk', 'k'], ['pp', 'p'], ['tt', 't'], ['t', 'd'], ['p', 'v'], ['k', '']];

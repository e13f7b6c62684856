import type { Demonyms } from '../vocabulary.js';

/** Words for a country's people and things ("a Polish company"), by ISO 3166 code; Swedish: base forms (common and neuter gender), the matcher reads the rest. */
export const demonyms: Demonyms = {
  FI: ['finsk', 'finländsk', 'finländare'],
  SE: ['svensk', 'svenskt'],
  NO: ['norsk', 'norskt'],
  DK: ['dansk', 'danskt'],
  IS: ['isländsk'],
  EE: ['estnisk'],
  LV: ['lettisk'],
  LT: ['litauisk'],
  PL: ['polsk', 'polskt'],
  DE: ['tysk', 'tyskt'],
  NL: ['nederländsk', 'holländsk'],
  BE: ['belgisk'],
  FR: ['fransk'],
  ES: ['spansk'],
  IT: ['italiensk'],
  PT: ['portugisisk'],
  GB: ['brittisk', 'engelsk'],
  IE: ['irländsk'],
  AT: ['österrikisk'],
  CH: ['schweizisk'],
  CZ: ['tjeckisk'],
  SK: ['slovakisk'],
  HU: ['ungersk'],
  RO: ['rumänsk'],
  UA: ['ukrainsk'],
  US: ['amerikansk'],
  CA: ['kanadensisk'],
};

/** Everyday names of countries CLDR does not give, by ISO 3166 code. */
export const countryAliases: Demonyms = {
  GB: ['England', 'UK', 'Britannien'],
  NL: ['Holland'],
  US: ['Amerika'],
};

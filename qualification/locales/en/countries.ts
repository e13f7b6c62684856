import type { Demonyms } from '../vocabulary.js';

/** Words for a country's people and things ("a Polish company"), by ISO 3166 code; English. */
export const demonyms: Demonyms = {
  FI: ['Finnish'],
  SE: ['Swedish'],
  NO: ['Norwegian'],
  DK: ['Danish'],
  IS: ['Icelandic'],
  EE: ['Estonian'],
  LV: ['Latvian'],
  LT: ['Lithuanian'],
  PL: ['Polish'],
  DE: ['German'],
  NL: ['Dutch'],
  BE: ['Belgian'],
  FR: ['French'],
  ES: ['Spanish'],
  IT: ['Italian'],
  PT: ['Portuguese'],
  GB: ['British', 'English', 'Scottish', 'Welsh', 'UK-based'],
  IE: ['Irish'],
  AT: ['Austrian'],
  CH: ['Swiss'],
  CZ: ['Czech'],
  SK: ['Slovak'],
  HU: ['Hungarian'],
  RO: ['Romanian'],
  UA: ['Ukrainian'],
  US: ['American', 'US-based'],
  CA: ['Canadian'],
};

/** Everyday names of countries CLDR does not give, by ISO 3166 code. */
export const countryAliases: Demonyms = {
  GB: ['UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
  NL: ['Holland'],
  US: ['USA', 'the States'],
  CZ: ['Czech Republic'],
  AE: ['UAE'],
};

import type { Demonyms } from '../vocabulary.js';

/** Words for a country's people and things ("a Polish company"), by ISO 3166 code; Finnish: base forms, the matcher reads cases ("suomalaisessa yrityksessä"). */
export const demonyms: Demonyms = {
  FI: ['suomalainen', 'kotimainen'],
  SE: ['ruotsalainen'],
  NO: ['norjalainen'],
  DK: ['tanskalainen'],
  IS: ['islantilainen'],
  EE: ['virolainen'],
  LV: ['latvialainen'],
  LT: ['liettualainen'],
  PL: ['puolalainen'],
  DE: ['saksalainen'],
  NL: ['hollantilainen', 'alankomaalainen'],
  BE: ['belgialainen'],
  FR: ['ranskalainen'],
  ES: ['espanjalainen'],
  IT: ['italialainen'],
  PT: ['portugalilainen'],
  GB: ['brittiläinen', 'englantilainen'],
  IE: ['irlantilainen'],
  AT: ['itävaltalainen'],
  CH: ['sveitsiläinen'],
  CZ: ['tšekkiläinen'],
  SK: ['slovakialainen'],
  HU: ['unkarilainen'],
  RO: ['romanialainen'],
  UA: ['ukrainalainen'],
  US: ['amerikkalainen', 'yhdysvaltalainen'],
  CA: ['kanadalainen'],
};

/** Everyday names of countries CLDR does not give, by ISO 3166 code. */
export const countryAliases: Demonyms = {
  GB: ['Englanti', 'Britannia', 'UK'],
  NL: ['Hollanti'],
  US: ['USA', 'Amerikka'],
};

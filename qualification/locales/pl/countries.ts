import type { Demonyms } from '../vocabulary.js';

/** Words for a country's people and things ("a Polish company"), by ISO 3166 code; Polish: masculine, feminine and neuter forms where they differ in more than the ending the stemmer takes. */
export const demonyms: Demonyms = {
  FI: ['fiński', 'fińska', 'fińskie'],
  SE: ['szwedzki', 'szwedzka', 'szwedzkie'],
  NO: ['norweski', 'norweska', 'norweskie'],
  DK: ['duński', 'duńska', 'duńskie'],
  IS: ['islandzki'],
  EE: ['estoński', 'estońska'],
  LV: ['łotewski', 'łotewska'],
  LT: ['litewski', 'litewska'],
  PL: ['polski', 'polska firma', 'polskie', 'krajowy', 'krajowa'],
  DE: ['niemiecki', 'niemiecka', 'niemieckie'],
  NL: ['holenderski', 'holenderska'],
  BE: ['belgijski', 'belgijska'],
  FR: ['francuski', 'francuska'],
  ES: ['hiszpański', 'hiszpańska'],
  IT: ['włoski', 'włoska'],
  PT: ['portugalski', 'portugalska'],
  GB: ['brytyjski', 'brytyjska', 'angielski', 'angielska'],
  IE: ['irlandzki'],
  AT: ['austriacki', 'austriacka'],
  CH: ['szwajcarski', 'szwajcarska'],
  CZ: ['czeski', 'czeska'],
  SK: ['słowacki', 'słowacka'],
  HU: ['węgierski', 'węgierska'],
  RO: ['rumuński', 'rumuńska'],
  UA: ['ukraiński', 'ukraińska'],
  US: ['amerykański', 'amerykańska'],
  CA: ['kanadyjski', 'kanadyjska'],
};

/** Everyday names of countries CLDR does not give, by ISO 3166 code. */
export const countryAliases: Demonyms = {
  GB: ['Anglia', 'UK', 'Szkocja'],
  NL: ['Niderlandy'],
  US: ['USA', 'Ameryka'],
};

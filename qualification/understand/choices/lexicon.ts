import type { Locale } from '../../definition/schema.js';

/**
 * Words that carry no topic of their own ("yes", "other", "not at the moment", "together").
 * A synonym made only of these answers the question being asked and is never volunteered:
 * "yes" means "budget allocated" only when the budget was the question.
 */
export const GENERIC_WORDS = new Set([
  // en
  'yes', 'no', 'not', 'yet', 'other', 'others', 'else', 'something', 'none', 'nothing', 'together', 'jointly', 'me', 'another',
  'at', 'the', 'moment', 'right', 'now', 'of', 'these', 'we', 'have', 'sure', 'ok',
  // fi
  'kylla', 'joo', 'juu', 'ei', 'muu', 'jokin', 'joku', 'mitaan', 'viela', 'yhdessa', 'en', 'mina', 'toinen', 'talla', 'hetkella', 'nyt', 'on', 'mikaan', 'naista',
  // sv
  'ja', 'nej', 'annat', 'nagot', 'inget', 'ingenting', 'inte', 'an', 'tillsammans', 'gemensamt', 'jag', 'just', 'nu', 'direkt', 'ingen', 'av', 'dessa',
  // pl
  'tak', 'nie', 'inna', 'inne', 'inny', 'cos', 'innego', 'nic', 'jeszcze', 'razem', 'wspolnie', 'na', 'razie', 'zadne', 'z', 'tych',
]);

/** Short function words that clash with short synonyms ("it" vs. IT), per locale, folded. */
export const STOPWORDS: Record<Locale, Set<string>> = {
  en: new Set(['a', 'an', 'it', 'in', 'on', 'at', 'as', 'is', 'we', 'us', 'or', 'to', 'so', 'do', 'be', 'by', 'of', 'if', 'me', 'my', 'no', 'and', 'the', 'for', 'our', 'are', 'was', 'its']),
  fi: new Set(['on', 'ei', 'se', 'ja', 'ne', 'he', 'me', 'te', 'en', 'jo', 'tai', 'kun', 'nyt', 'ole', 'oli', 'it']),
  sv: new Set(['i', 'en', 'ett', 'det', 'av', 'pa', 'vi', 'du', 'ni', 'om', 'och', 'att', 'som', 'har', 'ar', 'med', 'for', 'den', 'it']),
  pl: new Set(['i', 'w', 'z', 'na', 'to', 'co', 'do', 'ze', 'we', 'ja', 'on', 'od', 'nie', 'tak', 'sie', 'jak', 'ale', 'it']),
};

/** Words that begin like a synonym but mean something else ("sähköposti" is e-mail, not electrical work). */
export const FALSE_FRIENDS: Record<Locale, string[]> = {
  en: ['itself', 'items'],
  fi: ['sahkoposti', 'sahkoinen', 'sahkoise', 'sahkoisi', 'sahkoist'],
  sv: ['elev', 'eller', 'else'],
  pl: [],
};

/** Languages that glue nouns together: a synonym may begin or end a longer word. */
export const COMPOUNDING: Record<Locale, boolean> = { en: false, fi: true, sv: true, pl: false };

/**
 * Negations, folded, that turn a named option around when they stand just before it
 * ("not the decision maker", "emme käytä enää Exceliä", "to nie ja decyduję").
 */
export const NEGATIONS: Record<Locale, Set<string>> = {
  en: new Set(['not', 'dont', 'don', 'doesn', 'isn', 'aren', 'never', 'nor', 'without', 'longer']),
  fi: new Set(['ei', 'en', 'emme', 'eivat', 'et', 'ette', 'ala']),
  sv: new Set(['inte', 'ej', 'aldrig', 'icke']),
  pl: new Set(['nie', 'bez', 'nigdy']),
};
/** Words that turn a negated clause around, so the option after them is the answer: "ei vaan sähköurakointi", "not Excel but paper". */
export const CONTRASTS: Record<Locale, Set<string>> = {
  en: new Set(['but', 'rather', 'instead']),
  fi: new Set(['vaan', 'mutta']),
  sv: new Set(['utan', 'men', 'snarare']),
  pl: new Set(['tylko', 'lecz', 'ale', 'raczej']),
};
/** How many words before an option a negation still reaches. */
export const NEGATION_REACH = 3;

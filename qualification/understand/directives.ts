import { fold } from './normalize.js';

/**
 * Recognises clauses in visitor text that address the bot instead of answering it ("ignore previous
 * instructions", "set budget to allocated", "mark me qualified"), in every supported language, since an
 * injection need not be in the conversation's language. Answers read from a message that holds such
 * a clause are never recorded without the visitor confirming them; a model's quotes from the clause
 * itself are dropped.
 */
const IMPERATIVE_START = new RegExp(
  '^(?:please |pls |now |kindly |ole hyva ja |voisitko |snalla |prosze )?(?:' +
    [
      // en
      'set', 'mark', 'change', 'update', 'record', 'flag', 'classify', 'score', 'rate', 'treat', 'consider',
      'pretend', 'act', 'assume', 'ignore', 'disregard', 'forget', 'override', 'bypass', 'reset', 'qualify', 'make me', 'make us',
      // fi
      'aseta', 'merkitse', 'muuta', 'paivita', 'kirjaa', 'unohda', 'ohita', 'jata huomiotta', 'ala valita', 'pisteyta',
      'luokittele', 'hyvaksy', 'kvalifioi',
      // sv
      'satt', 'markera', 'andra', 'uppdatera', 'registrera', 'ignorera', 'glom', 'strunta i', 'klassa', 'betygsatt', 'kvalificera',
      // pl
      'ustaw', 'oznacz', 'zmien', 'zaktualizuj', 'zignoruj', 'ignoruj', 'zapomnij', 'pomin', 'zakwalifikuj', 'potraktuj', 'uznaj',
    ].join('|') +
    ')\\b',
);

const ANYWHERE = [
  /\b(?:system|assistant|developer)\s*:/,
  /\b(?:previous|prior|above|earlier|all)\s+(?:instructions?|rules|prompts?)\b/,
  /\bqualifi(?:ed|y)\b/,
  /\b(?:aiemmat|edelliset)\s+ohjeet\b/,
  /\b(?:tidigare|alla)\s+instruktioner\b/,
  /\b(?:poprzednie|wszystkie)\s+instrukcje\b/,
  /\b(?:json|schema|prompt)\b/,
];

/** Splits into clauses at sentence ends, commas, semicolons, dashes and line breaks (not colons: "system:" stays whole). */
export function clauses(text: string): string[] {
  return text
    .split(/[.!?]+(?=\s|$)|,(?=\s)|[;\n\r]+|\s[-–—]\s/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

export function isDirective(clause: string): boolean {
  const folded = fold(clause).replace(/\s+/g, ' ').trim();
  return IMPERATIVE_START.test(folded) || ANYWHERE.some((re) => re.test(folded));
}

/** The visitor's clauses minus those addressed to the bot: what answers may be quoted from. */
export function answerableClauses(text: string): { clauses: string[]; hadDirective: boolean } {
  const all = clauses(text);
  const kept = all.filter((c) => !isDirective(c));
  return { clauses: kept, hadDirective: kept.length < all.length };
}

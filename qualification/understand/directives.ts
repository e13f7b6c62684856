import { ALL_PACKS } from '../locales/index.js';
import { EMAIL } from './contact.js';
import { fold } from './normalize.js';

/**
 * Recognises clauses in visitor text that address the bot instead of answering it ("ignore previous
 * instructions", "set budget to allocated", "mark me qualified") in every pack's language, since an
 * injection need not be in the conversation's language. Answers read from a message that holds such
 * a clause are never recorded without the visitor confirming them; a model's quotes from the clause
 * itself are dropped.
 */
const IMPERATIVE_START = new RegExp(
  `^(?:(?:${ALL_PACKS.flatMap((p) => p.directives.openers).join('|')}) )?(?:${ALL_PACKS.flatMap((p) => p.directives.imperatives).join('|')})\\b`,
);

/** Every pack's "anywhere" phrases (sources without numbered groups) as one expression: one scan of a clause, not one per phrase. */
const ANYWHERE = new RegExp(ALL_PACKS.flatMap((p) => p.directives.anywhere).map((source) => `(?:${source})`).join('|'));

/**
 * Text shaped like data rather than speech sets fields in any language: a JSON object or list
 * with keys (`{"budget": "allocated"}`), key=value pairs (`budget=allocated`, `role => CEO`), a
 * field name written as code before a colon (`staff_count: 500`); not plain words before a colon,
 * which visitors type too ("mój adres: jan@firma.pl, biuro: biuro@firma.pl").
 */
const FIELD_SHAPED = [
  /[{[]\s*["']?[\p{L}_][\p{L}\p{N}_ -]*["']?\s*:/u,
  /[\p{L}_][\p{L}\p{N}_]*\s*(?:=>?|:=)\s*["']?[\p{L}\p{N}_]/u,
  /(?:^|[\s,;])["']?\p{L}+(?:_[\p{L}\p{N}]+)+["']?\s*:\s*\S/u,
  // Nothing but two or more one-word fields and one-word values ("endpoints: 1000, budget: allocated").
  /^\s*[\p{L}_][\p{L}\p{N}_]*\s*:\s*[\p{L}\p{N}_.]+(?:\s*[,;]\s*[\p{L}_][\p{L}\p{N}_]*\s*:\s*[\p{L}\p{N}_.]+)+\s*[.;]?\s*$/u,
];

/** Splits into clauses at sentence ends, commas, semicolons, dashes and line breaks (not colons: "system:" stays whole). */
export function clauses(text: string): string[] {
  return text
    .split(/[.!?]+(?=\s|$)|,(?=\s)|[;\n\r]+|\s[-–—]\s/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** An address is no speech: "mark.ellison@firma.fi" or "set.nowak@…" says nothing to the bot. */
const ADDRESSES = new RegExp(EMAIL.source, 'gu');
/** A name alone, written as one ("Mark Ellison", "Rate Oy"): its first word is a name, not an imperative. */
const NAME_ALONE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

export function isDirective(clause: string): boolean {
  const spoken = clause.includes('@') ? clause.replace(ADDRESSES, ' ').trim() : clause;
  const folded = fold(spoken).replace(/\s+/g, ' ').trim();
  return (IMPERATIVE_START.test(folded) && !NAME_ALONE.test(spoken)) || ANYWHERE.test(folded);
}

/** Every expression of `FIELD_SHAPED` needs a colon or an equals sign: text without one (most of it) is tried against none. */
const fieldShaped = (text: string) => (text.includes(':') || text.includes('=')) && FIELD_SHAPED.some((re) => re.test(text));

/** The visitor's clauses minus those addressed to the bot: what answers may be quoted from. */
export function answerableClauses(text: string): { clauses: string[]; hadDirective: boolean } {
  const all = clauses(text);
  const kept = all.filter((c) => !isDirective(c));
  return { clauses: kept, hadDirective: kept.length < all.length || fieldShaped(text) };
}

/** Whether the text addresses the bot anywhere (`answerableClauses`' `hadDirective`), its clauses read only until one does. */
export function addressesBot(text: string): boolean {
  return fieldShaped(text) || clauses(text).some(isDirective);
}

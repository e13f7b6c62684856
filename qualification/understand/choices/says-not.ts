import type { Concept } from '../../definition/concepts.js';
import type { LeadDefinition, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { fold, tokenize, type Message, type Token } from '../normalize.js';

/**
 * Options that say there is none of something ("Nothing really", "No budget", "Someone else
 * decides"): a negation turns their words around ("no problems" is not "problems, not none").
 */
export const NONE: ReadonlySet<Concept> = new Set<Concept>(['no', 'no_budget', 'no_system', 'dont_know', 'someone_else_decides', 'no_pain']);

/**
 * Whether an option's label says, in any language of the definition, that a thing does not happen:
 * "Near misses go unreported" is "Tillbud rapporteras inte" and "Zdarzenia … nie są zgłaszane", and
 * "Corrective actions never get closed". Told with a negation ("people don't report near misses",
 * "korjaavat toimenpiteet ei koskaan valmistu"), the option's words say the option, not its opposite.
 * The negation stands after the label's first word: one that opens it says there is none of it
 * ("No clear picture"), and an option meaning none of something is the opposite of its words negated.
 */
export function saysNot(option: Option, definition: LeadDefinition, implied: ReadonlyMap<Option, readonly Concept[]>): boolean {
  if ([...(option.means ?? []), ...(implied.get(option) ?? [])].some((c) => NONE.has(c))) return false;
  return definition.locales.some((locale) => {
    const label = option.label[locale];
    const { negations } = packFor(locale).lexicon;
    return Boolean(label) && tokenize(fold(label ?? '')).some((t, i) => i > 0 && negations.has(t.text));
  });
}

/** Words after the negation that may say what is not done ("never get fixed"). */
const MAX_AFTER = 2;
/** Letters an inflection adds to a word at the most ("toimenpitei|tä"); more make a compound of it. */
const MAX_ENDING = 5;

/** Shorter words beside a negation are little words ("do", "ei", "nie"), not what is done. */
const MIN_DONE = 4;

/** A word that says what is done ("report", "raportoida", "zamyka"): not little, nor a negation, nor being or having. */
function done(word: string, { lexicon }: LocalePack): boolean {
  return word.length >= MIN_DONE && !lexicon.light.has(word) && !lexicon.stopwords.has(word) && !lexicon.generic.includes(word) && !lexicon.negations.has(word) && !lexicon.being.has(word);
}

/**
 * A hit of an option that says not (`Term.saysNot`) agrees with a negation before it when a word of
 * what is done stands between or just before it ("people don't report near misses", "folk rapporterar
 * inte tillbud"), and with one right after it when such a word follows the negation ("korjaavat
 * toimenpiteet ei koskaan valmistu"). A negated word of being or having there says there is none of
 * it: "we don't have near misses", "läheltä piti -tilanteita ei ole", "nie było zdarzeń"; one that
 * helps a word of what is done does not ("nie są zgłaszane").
 */
export function agreesWithNot(hit: ChoiceHit, message: Message, pack: LocalePack): boolean {
  if (!hit.term.saysNot || (hit.level !== 'exact' && hit.level !== 'inflected')) return false;
  const { tokens, folded } = message;
  // The option's last word ends the text's: "avvikelse|rapporter" is a report, not a deviation.
  const said = tokens.filter((t) => t.start >= hit.start && t.end <= hit.end).at(-1);
  if (!said || said.text.length - (hit.term.words.at(-1)?.text.length ?? 0) > MAX_ENDING) return false;
  const negation = (t: Token | undefined) => t !== undefined && pack.lexicon.negations.has(t.text);
  // A word of being may help the one of what is done ("nie są zgłaszane"), not end the words.
  const saying = (near: (Token | undefined)[]) => {
    const being = near.findLastIndex((t) => t !== undefined && pack.lexicon.being.has(t.text));
    return near.some((t, i) => i > being && t !== undefined && done(t.text, pack));
  };
  const first = tokens.findIndex((t) => t.start >= hit.start);
  const before = tokens.slice(0, first).findLastIndex(negation);
  // In one clause; Swedish puts the negation after the verb.
  const from = tokens[Math.max(0, before - 1)];
  if (before >= 0 && from && !/[.,;:!?\n]/.test(folded.slice(from.start, hit.start)) && saying([tokens[before - 1], ...tokens.slice(before + 1, first)])) return true;
  const after = tokens.findIndex((t) => t.start >= hit.end);
  if (after < 0 || !negation(tokens[after]) || /[.,;:!?\n]/.test(folded.slice(hit.end, tokens[after]?.start))) return false;
  // The words after the negations ("nigdy nie są naprawiane"), in its clause.
  const rest = tokens.slice(after).filter((t, i, all) => !/[.,;:!?\n]/.test(folded.slice(all[0]?.end ?? t.start, t.start)));
  return saying(rest.filter((t) => !negation(t)).slice(0, MAX_AFTER));
}

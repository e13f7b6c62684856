import type { LocalePack } from '../locales/pack.js';
import type { ChoiceHit } from './choices.js';
import { fold, overlaps, type Message, type Span, type Token } from './normalize.js';

/** Words from a "throughout" phrase to the place it spans ("all over the north of Sweden" is too far). */
const WHOLE_REACH = 3;
/** A demonym's stem shorter than this is too little of it to tell the word ("pol"). */
const MIN_DEMONYM_STEM = 4;

/** The words of a hit's clause either side of it, up to punctuation or a contrast ("but"). */
function clauseAround(hit: Span, message: Message, pack: LocalePack): Token[] {
  const { folded, tokens } = message;
  const apart = (a: number, b: number) => /[.,;:!?\n]/.test(folded.slice(a, b));
  const before: Token[] = [];
  for (const t of tokens.filter((t) => t.end <= hit.start).reverse()) {
    if (apart(t.end, hit.start) || pack.lexicon.contrasts.has(t.text)) break;
    before.push(t);
  }
  const after: Token[] = [];
  for (const t of tokens.filter((t) => t.start >= hit.end)) {
    if (apart(hit.end, t.start) || pack.lexicon.contrasts.has(t.text)) break;
    after.push(t);
  }
  return [...before.reverse(), ...after];
}

/** Whether one of the folded phrases (a trailing `*` lets the last word go on) is said from word `k` of `words` on. */
function saysAt(words: readonly Token[], k: number, phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    const parts = p.split(' ');
    return parts.every((part, n) => {
      const word = words[k + n]?.text;
      if (word === undefined) return false;
      return n === parts.length - 1 && part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : word === part;
    });
  });
}

/** A place spanned whole ("all over Sweden", "ympäri Suomea", "i hela Sverige", "po całej Polsce"): where the work goes on. */
function wholeOf(hit: Span, message: Message, pack: LocalePack): boolean {
  const at = message.tokens.findIndex((t) => t.start >= hit.start);
  const near = message.tokens.slice(Math.max(0, at - WHOLE_REACH), at);
  return near.some((_, k) => saysAt(near, k, pack.lexicon.throughout));
}

/**
 * Said in passing, a country in a clause about someone the company deals with is where they are
 * ("most of our customers are in Norway", "toimittaja on Ruotsissa", "leverantören finns i Norge",
 * "dostawca z Norwegii"), and a country things come from is a source ("we import from Sweden",
 * "tuomme tavarat Ruotsista", "sprowadzamy towar z Norwegii"), unless the visitor says they are
 * from there ("we're from Norway", "jesteśmy firmą z Polski"); a country spanned whole is where
 * the work goes on ("we drive all over Sweden", "jeździmy po całej Polsce"), which a company based
 * elsewhere may say as well. None is plainly where the company is, so its own question asks.
 * A word for a party that is itself an option read ("an accountant in Oslo", asked the role) is the visitor.
 */
export function othersPlace(hit: ChoiceHit, hits: readonly Span[], message: Message, pack: LocalePack): boolean {
  if (wholeOf(hit, message, pack)) return true;
  const clause = clauseAround(hit, message, pack);
  if (clause.some((t, k) => !hits.some((h) => overlaps(h, t)) && saysAt(clause, k, pack.lexicon.parties))) return true;
  const { before, endings } = pack.lexicon.leaving;
  const previous = message.tokens.filter((t) => t.end <= hit.start).at(-1);
  const written = hit.term.words.at(-1)?.text ?? '';
  const from =
    (previous !== undefined && clause.includes(previous) && before.includes(previous.text)) ||
    endings.some((e) => message.folded.slice(hit.start, hit.end).endsWith(e) && !written.endsWith(e));
  return from && !clause.some((_, k) => saysAt(clause, k, pack.people.self));
}

/**
 * A country's name read from the word for its people and things ("polska firma", "kuchnia polska",
 * "polscy kierowcy", "po polsku", "kuskit on puolalaisia"), which in some languages shares its
 * letters or stem with the name: a Polish kitchen, Polish drivers or the Polish language say
 * nothing of where the company is, so in passing it is no country (demonyms answer only when asked,
 * see `Demonyms`). The name's own cases stay the country ("w Polsce", "Puolassa").
 */
export function countryAdjective(hit: ChoiceHit, message: Message, pack: LocalePack): boolean {
  const code = hit.term.option.country;
  if (!code) return false;
  const demonyms = [pack, ...pack.mixesIn].flatMap((p) =>
    (p.demonyms[code] ?? []).filter((d) => !d.includes(' ')).map((d) => ({ word: fold(d), stem: fold(p.forms.stem(d.toLowerCase())), inflects: p.forms.inflects })),
  );
  const names = hit.term.words.map((w) => w.text);
  // Another case of the name ("Polsce", "Norwegii") is the country; the name itself may be the adjective's homograph ("polska").
  const caseOfName = (text: string) => names.some((n) => n !== text && pack.forms.inflects?.(text, n) === true);
  const adjective = (text: string) =>
    demonyms.some(({ word, stem, inflects }) => word === text || (stem.length >= MIN_DEMONYM_STEM && text.startsWith(stem)) || (inflects?.(text, word) === true && !caseOfName(text)));
  return message.tokens.some((t) => t.start >= hit.start && t.end <= hit.end && adjective(t.text));
}

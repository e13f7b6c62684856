import type { LocalePack } from '../../locales/pack.js';
import { CAPITALS } from '../letters.js';
import { fold, tokenize, type Token } from '../normalize.js';

/** A synonym of at least this many words that say something is also written as its initials ("managed service provider", MSP). */
const MIN_INITIALS = 3;

interface Place {
  start: number;
  end: number;
}

/**
 * Where the words of `form` stand in a synonym, as whole words. An acronym ("IT", "GM") counts
 * only where the synonym writes it in capitals: "I do it myself" holds no "IT".
 */
function placesOf(form: string, written: string, tokens: Token[]): Place[] {
  const words = tokenize(fold(form)).map((t) => t.text);
  if (!words.length) return [];
  const capitals = CAPITALS.test(form);
  const places: Place[] = [];
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (!words.every((w, k) => tokens[i + k]?.text === w)) continue;
    const place = { start: (tokens[i] as Token).start, end: (tokens[i + words.length - 1] as Token).end };
    if (!capitals || written.slice(place.start, place.end) === form) places.push(place);
  }
  return places;
}

/** The initials of a synonym's words that say something, in capitals ("managed service provider" → "MSP"); none below `MIN_INITIALS` words. */
function initials(tokens: Token[], pack: LocalePack): string | null {
  const topical = tokens.filter((t) => !pack.lexicon.light.has(t.text) && !pack.lexicon.stopwords.has(t.text));
  if (topical.length < MIN_INITIALS || topical.length !== tokens.length) return null;
  return topical.map((t) => t.text[0]).join('').toUpperCase();
}

/**
 * The marketer's synonym written the other ways visitors write it: an abbreviation or clipping the
 * pack lists in place of its words and back ("AGM" for "general meeting", "general manager" for
 * "GM", "exec search" for "executive search", "GW" for "generalny wykonawca"), and a synonym of three
 * words or more as its initials ("MSP" for "managed service provider").
 */
export function abbreviationVariants(text: string, pack: LocalePack): string[] {
  const written = text.normalize('NFC');
  const tokens = tokenize(fold(written));
  if (!tokens.length) return [];
  const variants = new Set<string>();
  for (const group of pack.lexicon.abbreviations) {
    for (const form of group) {
      for (const { start, end } of placesOf(form, written, tokens)) {
        for (const other of group) if (other !== form) variants.add(`${written.slice(0, start)}${other}${written.slice(end)}`);
      }
    }
  }
  const short = initials(tokens, pack);
  if (short) variants.add(short);
  variants.delete(written);
  return [...variants];
}

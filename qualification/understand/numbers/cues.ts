import { escapeRegExp, overlaps, type Message } from '../normalize.js';
import type { NumberMention } from './mentions.js';
import type { Rivals } from './plan.js';
import type { UnitCues } from './units.js';

// Where a number's unit word is: right after it in its clause ("120 full time employees") or a cue before it ("headcount: 40").

/** At most this many words may stand between a number and its unit ("120 full time employees"). */
const CUE_REACH = 3;

export function tokenMatchesCue(token: string, cue: string): boolean {
  // A cue ending in "$" is the whole word: English "tills", not Swedish "tillsammans" (together).
  if (cue.endsWith('$')) return token === cue.slice(0, -1);
  return cue.length >= 4 ? token.startsWith(cue) : token === cue || token === `${cue}s` || token === `${cue}a`;
}

export const NO_RIVALS: Rivals = { stops: [], people: [] };

/**
 * A cue list's cues that may match a word beginning with `letter`, in the list's order: a cue matches
 * only a word that begins as it does (`tokenMatchesCue`; a phrase is read from the word on), save the
 * empty one. Built once per list (lists are a pack's or a plan's, never rebuilt), as a number's unit is
 * looked for among them for every word after it, for every criterion.
 */
const byLetter = new WeakMap<readonly string[], Map<string, readonly string[]>>();
function cuesBeginning(cues: readonly string[], letter: string): readonly string[] {
  let index = byLetter.get(cues);
  if (!index) {
    const any = (cue: string) => cue === '' || cue.startsWith('$');
    const letters = new Set(cues.flatMap((cue) => (any(cue) ? [] : [cue.charAt(0)])));
    index = new Map([...letters].map((l) => [l, cues.filter((cue) => any(cue) || cue.charAt(0) === l)]));
    index.set('', cues.filter(any));
    byLetter.set(cues, index);
  }
  return index.get(letter) ?? (index.get('') as readonly string[]);
}

/** A people cue long enough to be found inside a compound ("varasto|tyontekijaa"). */
export const INNER_CUE = 5;

/**
 * End of the unit word that follows the mention in its clause, or null; a word of another thing
 * counted (`stops`) coming first owns the number ("viiden hengen firma" is no count of orders).
 */
export function cueAfter(mention: NumberMention, message: Message, cues: UnitCues, others: NumberMention[], rivals: Rivals = NO_RIVALS): number | null {
  // Tokens are in reading order: the words after the number are those from the first one past it.
  const first = message.tokens.findIndex((t) => t.start >= mention.end);
  const following = first < 0 ? [] : message.tokens.slice(first, first + CUE_REACH);
  let live = rivals.stops;
  const isPeople = (token: { text: string }, from: number) =>
    rivals.people.some((p) => p.after.some((c) => (from === 0 && tokenMatchesCue(token.text, c)) || (c.length >= INNER_CUE && token.text.indexOf(c, from) > 0)));
  for (const [i, token] of following.entries()) {
    if (/[,.;!?\n]/.test(message.folded.slice(mention.end, token.start))) return null;
    if (others.some((o) => o !== mention && overlaps(o, token))) return null;
    if (cues.where?.includes(token.text)) return null;
    if (live.length) live = live.filter((s) => !s.where?.includes(token.text));
    const rest = message.folded.slice(token.start);
    const matches = (set: UnitCues) => (cue: string) =>
      (cue.includes(' ') ? rest.startsWith(cue) : tokenMatchesCue(token.text, cue)) && !set.whereEndings?.some((e) => token.text.endsWith(e));
    const cue = cuesBeginning(cues.after, token.text.charAt(0)).find(matches(cues));
    // A thing's word right before a people word, or inside one, describes the people ("25 office staff").
    const next = following[i + 1];
    const describesPeople = cue !== undefined && (isPeople(token, 1) || (next !== undefined && /^[\s-]*$/.test(message.folded.slice(token.end, next.start)) && isPeople(next, 0)));
    if (cue !== undefined && !describesPeople) return token.start + (cue.includes(' ') ? cue.length : token.text.length);
    if (describesPeople || live.some((s) => cuesBeginning(s.after, token.text.charAt(0)).some(matches(s)))) return null;
  }
  return null;
}

/** Built once per cue list (a pack's own, never rebuilt), not for every number of every message. */
const beforeCues = new WeakMap<readonly string[], RegExp>();
function cueBeforeRe(before: readonly string[]): RegExp {
  let re = beforeCues.get(before);
  if (!re) {
    const phrases = before.map((c) => escapeRegExp(c).replace(/ /g, '[\\s\']+')).join('|');
    beforeCues.set(before, (re = new RegExp(`(?:^|[^\\p{L}])(?:${phrases})\\s*[:=-]?\\s*$`, 'u')));
  }
  return re;
}

export function cueBefore(mention: NumberMention, message: Message, cues: UnitCues): boolean {
  if (cues.before.length === 0) return false;
  return cueBeforeRe(cues.before).test(message.folded.slice(Math.max(0, mention.start - 40), mention.start));
}

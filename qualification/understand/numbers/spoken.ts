import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import type { Message, Span } from '../normalize.js';
import type { UnitCues } from './units.js';

/** Counts said in words, with no number: "just me", "minä ja puolisoni", "none right now". */

const spokenCache = new WeakMap<UnitCues['spoken'], { re: RegExp; value: number }[]>();
function spokenRes(spoken: UnitCues['spoken']): { re: RegExp; value: number }[] {
  let built = spokenCache.get(spoken);
  if (!built) {
    built = spoken.map(([source, value]) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ /g, "[\\s'’-]+")})(?![\\p{L}\\p{N}])`, 'u'), value }));
    spokenCache.set(spoken, built);
  }
  return built;
}

/** A count said without a number ("just me", "minä ja puolisoni"), for the head-count question asked; the longest reading wins. */
export function spokenCount(message: Message, cues: UnitCues[]): { value: number; raw: Span } | null {
  let best: { value: number; raw: Span } | null = null;
  for (const { spoken } of cues) {
    for (const { re, value } of spokenRes(spoken)) {
      const m = re.exec(message.folded);
      if (m && (!best || m[0].length > best.raw.end - best.raw.start)) best = { value, raw: { start: m.index, end: m.index + m[0].length } };
    }
  }
  return best;
}

const noneRe = perPack((pack) => new RegExp(pack.numbers.none.replace(/ /g, "[\\s'’-]+"), 'u'));
const oneRe = perPack((pack) => new RegExp(pack.numbers.one ?? '(?!)', 'u'));
/** "None right now", "ei yhtään", "inga just nu": asked a count, a zero said in words. */
export function noneSaid(message: Message, pack: LocalePack): { value: number; raw: Span } | null {
  const m = noneRe(pack).exec(message.folded);
  if (!m) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return { value: 0, raw: { start, end: m.index + m[0].length } };
}


/** "Bara ett", "en enda": asked a count, a one said with the word that is also the article. */
export function oneSaid(message: Message, pack: LocalePack): { value: number; raw: Span } | null {
  if (!pack.numbers.one) return null;
  const m = oneRe(pack).exec(message.folded);
  if (!m) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return { value: 1, raw: { start, end: m.index + m[0].length } };
}

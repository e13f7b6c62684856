import type { LocalePack } from '../../locales/pack.js';
import type { Message, Span } from '../normalize.js';
import type { NumberMention } from './mentions.js';

/** Words after a count within its clause that may say it is one of each ("30,000 birds in each shed"). */
const EACH_REACH = 4;
/** Words before the things' count that may say each of them ("each of our 4 physios"). */
const LEAD_REACH = 3;

/**
 * A count of each of the things counted right before it, multiplied out: "three sheds of 30,000
 * birds each" (90,000), "kolme hallia, kussakin 20 000", "två stallar med 25 000 kycklingar i
 * varje", "dwa kurniki po 20 tysięcy", "each of our 4 physios sees about 100" (the pack's `numbers.each`). `things` is the count of the
 * containers (said with a word that is no unit of the question: `ownUnit` false), `each` the count
 * in every one of them; both in one sentence. Null when the words say no such thing.
 */
export function eachProduct(mentions: readonly NumberMention[], message: Message, pack: LocalePack, ownUnit: (m: NumberMention) => boolean): { value: number; span: Span; things: NumberMention; each: NumberMention } | null {
  const { words, before, after: rightAfter = [] } = pack.numbers.each;
  for (let k = 1; k < mentions.length; k++) {
    const things = mentions[k - 1] as NumberMention;
    const each = mentions[k] as NumberMention;
    if (/[.;!?\n]/.test(message.folded.slice(things.end, each.start)) || ownUnit(things) || !Number.isInteger(things.value) || things.value < 2) continue;
    const tokens = message.tokens;
    const previous = tokens.filter((t) => t.end <= each.start).at(-1);
    const between = tokens.filter((t) => t.start >= things.end && t.end <= each.start);
    const after: string[] = [];
    for (const t of tokens.filter((t) => t.start >= each.end).slice(0, EACH_REACH)) {
      if (/[,.;!?\n]/.test(message.folded.slice(each.end, t.start))) break;
      after.push(t.text);
    }
    // "Each of our 4 physios sees 100", "każdy z naszych 4 fizjoterapeutów przyjmuje 100": the word of each before the things.
    const leading = tokens.filter((t) => t.end <= things.start && !/[,.;!?\n]/.test(message.folded.slice(t.end, things.start))).slice(-LEAD_REACH);
    // A word saying it only right after the count in each, past its unit word at most ("40 maskiner var").
    const closeBy = after.slice(0, 2).some((w) => rightAfter.includes(w));
    const said = closeBy || (previous !== undefined && before.includes(previous.text)) || [...leading, ...between].map((t) => t.text).concat(after).some((w) => words.includes(w));
    if (said) return { value: things.value * each.value, span: { start: things.start, end: each.end }, things, each };
  }
  return null;
}

import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { escapeRegExp, type Message } from '../normalize.js';
import type { NumberMention } from './mentions.js';

/** The phrases of a pack and the languages it mixes in, as one expression, built once per pack. */
const correctionRe = perPack((pack) => {
  const packs = [pack, ...pack.mixesIn];
  const phrases = packs.flatMap((p) => [...p.numbers.corrections, ...p.intents.correction]).map((c) => escapeRegExp(c).replace(/ /g, '[\\s\']+'));
  const nos = packs.flatMap((p) => p.intents.no.filter((n) => !n.includes(' ')));
  const gap = "[\\s,;:!–—-]*";
  return new RegExp(`^${gap}(?:(?:${nos.join('|')})${gap})?(?:${phrases.join('|')})${gap}$`, 'u');
});

/**
 * Numbers the visitor took back in the same breath: one followed by a correction and then another
 * number ("40 - sorry, 45", "45, ei kun 50", "60, nej förresten 65", "50, a właściwie 55"). Only the
 * words of a correction may stand between them, so "40 or 45" and "40, 45 of them drivers" are not.
 */
export function correctedNumbers(mentions: readonly NumberMention[], message: Message, pack: LocalePack): Set<NumberMention> {
  const re = correctionRe(pack);
  const taken = new Set<NumberMention>();
  for (let k = 1; k < mentions.length; k++) {
    const before = mentions[k - 1] as NumberMention;
    if (re.test(message.folded.slice(before.end, (mentions[k] as NumberMention).start))) taken.add(before);
  }
  for (const m of takenBack(mentions, message, pack)) taken.add(m);
  return taken;
}

/** Built once per pack: a word taking back the number right after it, ending where the number begins. */
const takenBackRe = perPack((pack) => {
  const words = [pack, ...pack.mixesIn].flatMap((p) => p.numbers.takenBack).map(escapeRegExp);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.join('|')})\\s+$`, 'u');
});

/**
 * Numbers said as not meant beside the one meant, in one sentence: "sorry, I meant 8, not 6",
 * "3 plants, not 2", "tarkoitin 8 enkä 6", "förlåt, 3 fabriker, inte 2", "chodziło mi o 8, nie 6",
 * "not 6 but 8". The word stands right before the number: "6, a nie, 7" is a no taking back the 6
 * (`correctedNumbers`). A number taken back alone leaves the others as they are.
 */
function takenBack(mentions: readonly NumberMention[], message: Message, pack: LocalePack): NumberMention[] {
  const re = takenBackRe(pack);
  const sentenceOf = (m: NumberMention) => message.folded.slice(0, m.start).split(/[.!?;\n]/).length;
  const negated = mentions.filter((m) => re.test(message.folded.slice(0, m.start)));
  return negated.filter((m) => mentions.some((o) => !negated.includes(o) && sentenceOf(o) === sentenceOf(m)));
}

/** Built once per pack: a conclusion's words ending right where a number begins. */
const conclusionRe = perPack((pack) => {
  const words = (list: readonly string[]) => list.map((c) => escapeRegExp(c).replace(/ /g, '[\\s\']+')).join('|');
  // "so in total 34", "eli yhteensä 30", "czyli razem 32": a word of a total may follow the conclusion's.
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words(pack.numbers.conclusions)})(?:\\s+(?:${words(pack.numbers.totals)}))?[\\s,:=–—-]*$`, 'u');
});

/**
 * The working before a conclusion: "one per parking space, so 32", "4 sites but we closed one, so 3",
 * "10 per floor, eli 30", "alltså 40", "czyli 32" — the numbers before a number said as what they
 * come to, in its sentence, are no count. Only a conclusion with no word of its own after it, with
 * the word of a number before it, or that the numbers before it add or multiply up to ("20 in the
 * yard and 14 in the hall, so 34 spaces") sets them aside: "3 offices, so about 60 people" concludes
 * another thing.
 */
export function concludedNumbers(mentions: readonly NumberMention[], message: Message, pack: LocalePack): Set<NumberMention> {
  const re = conclusionRe(pack);
  const wordAfter = (m: NumberMention) => {
    const next = message.tokens.find((t) => t.start >= m.end);
    return next && !/[,.;:!?\n]/.test(message.folded.slice(m.end, next.start)) && !pack.lexicon.light.has(next.text) ? next.text : null;
  };
  const working = new Set<NumberMention>();
  for (const [k, conclusion] of mentions.entries()) {
    if (k === 0) continue;
    const sentence = message.folded.slice(0, conclusion.start).search(/[^.!?\n]*$/);
    const before = mentions.slice(0, k).filter((m) => m.start >= sentence);
    if (before.length === 0 || !re.test(message.folded.slice((before.at(-1) as NumberMention).end, conclusion.start))) continue;
    const word = wordAfter(conclusion);
    const sum = before.reduce((n, m) => n + m.value, 0);
    const product = before.reduce((n, m) => n * m.value, 1);
    const addsUp = conclusion.value === sum || conclusion.value === product;
    if (word !== null && !addsUp && !before.some((m) => wordAfter(m) === word)) continue;
    for (const m of before) working.add(m);
  }
  return working;
}

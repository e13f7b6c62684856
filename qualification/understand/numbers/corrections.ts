import type { LocalePack } from '../../locales/pack.js';
import { escapeRegExp, type Message } from '../normalize.js';
import type { NumberMention } from './mentions.js';

/** The phrases of a pack and the languages it mixes in, as one expression, built once per pack. */
const built = new WeakMap<LocalePack, RegExp>();
function correctionRe(pack: LocalePack): RegExp {
  let re = built.get(pack);
  if (!re) {
    const packs = [pack, ...pack.mixesIn];
    const phrases = packs.flatMap((p) => [...p.numbers.corrections, ...p.intents.correction]).map((c) => escapeRegExp(c).replace(/ /g, '[\\s\']+'));
    const nos = packs.flatMap((p) => p.intents.no.filter((n) => !n.includes(' ')));
    const gap = "[\\s,;:!–—-]*";
    re = new RegExp(`^${gap}(?:(?:${nos.join('|')})${gap})?(?:${phrases.join('|')})${gap}$`, 'u');
    built.set(pack, re);
  }
  return re;
}

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
  return taken;
}

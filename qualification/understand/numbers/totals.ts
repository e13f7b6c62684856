import type { LocalePack } from '../../locales/pack.js';
import type { Message } from '../normalize.js';
import { isTotal } from './clause.js';
import type { NumberMention } from './mentions.js';

/**
 * A whole said after its parts ("140 milking cows plus youngstock, around 300 head in total",
 * "110 lypsävää ja nuorkarja päälle, yhteensä parisataa", "130 mjölkkor plus rekrytering, runt 280 djur
 * totalt", "90 krów dojnych plus młodzież, razem ze 180 sztuk": the pack's `numbers.totals`) is the
 * count; the numbers before it in its sentence that say what they count are its parts and are set
 * aside — unless the whole's words say it counts another thing ("3 offices with 45 people in total"
 * keeps the offices; `kindOf`: a criterion, a thing counted or people, or null where no word says).
 * A bare number before it may count something else ("fem, med ca 200 sökande totalt": five roles).
 */
export function withoutPartsOfTotal<M extends NumberMention>(mentions: readonly M[], message: Message, pack: LocalePack, kindOf: (m: NumberMention) => string | null): M[] {
  const wholes = mentions.filter((m) => isTotal(m, message, pack));
  if (wholes.length !== 1) return [...mentions];
  const whole = wholes[0] as M;
  const counts = kindOf(whole);
  const partOf = (m: NumberMention) => {
    if (m.end > whole.start || /[.;!?\n]/.test(message.folded.slice(m.end, whole.start))) return false;
    const own = kindOf(m);
    return own !== null && (counts === null || own === counts);
  };
  return mentions.filter((m) => m === whole || !partOf(m));
}

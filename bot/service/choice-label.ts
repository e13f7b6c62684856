import type { Choice } from '../conversation.js';
import { fold } from '../../qualification/understand/normalize.js';

/** Case, diacritics, punctuation and spacing set aside: "Poza Europą!" and "poza europa" are one key. */
function key(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "2. HVAC", "2) HVAC", "2 - HVAC": the number a channel may have put before a label, and the label. */
const NUMBERED = /^\s*(\d{1,2})\s*(?:[.):\]-]\s*|\s)(.+)$/s;

/** The one choice whose label has this key; null for none, or for two labels that fold alike. */
function byKey(text: string, choices: readonly Choice[]): number | null {
  const wanted = key(text);
  if (!wanted) return null;
  const found = choices.flatMap((c, i) => (key(c.label) === wanted ? [i] : []));
  return found.length === 1 ? found[0]! : null;
}

/**
 * The choice a label posted back as text names, among the bot's last offered `choices`: the label as
 * it is (whatever the case), or its letters without diacritics and punctuation, or numbered the way a
 * channel listing choices as lines shows them ("2. HVAC"; the number must be the choice's place).
 * Null when it names none, or more than one: then the text is read like anything typed. A bare number
 * is not a label — it may be an answer ("2" people).
 */
export function choiceNamedBy(text: string, choices: readonly Choice[]): string | null {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const exact = choices.filter((c) => c.label.trim().toLowerCase() === lower);
  if (exact.length === 1) return exact[0]!.id;
  const folded = byKey(trimmed, choices);
  if (folded !== null) return choices[folded]!.id;
  const numbered = NUMBERED.exec(trimmed);
  if (!numbered) return null;
  const named = byKey(numbered[2]!, choices);
  return named !== null && named === Number(numbered[1]) - 1 ? choices[named]!.id : null;
}

import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';

/** The part of a compound before a word for software must be a word of its own ("palkka|järjestelmä", "HR-|system"). */
const MIN_MODIFIER = 3;

/**
 * The marketer's synonym said with another word for software, as visitors do: "payroll software"
 * or "payroll app" for "payroll system", "palkkaohjelma" for "palkkajärjestelmä", "löneprogram"
 * for "lönesystem", "program kadrowo-płacowy" for "system kadrowo-płacowy". Only where the synonym
 * says more than the software word: "system" alone names no kind of tool.
 */
export function toolVariants(text: string, pack: LocalePack): string[] {
  const { tools } = pack.lexicon;
  const written = text.normalize('NFC');
  const folded = fold(written);
  const tokens = tokenize(folded);
  if (tokens.length === 0) return [];
  const variants = new Set<string>();
  for (const token of tokens) {
    // A word for software on its own ("HR system"), or a compound's head ("palkkajärjestelmä").
    const head = tools.find((tool) => token.text === tool || (pack.forms.compounding === true && token.text.endsWith(tool) && token.text.length - tool.length >= MIN_MODIFIER));
    // The rest must say what kind of tool: "a system", "ett system" say nothing more.
    const topic = token.text !== head || tokens.some((o) => o !== token && !pack.lexicon.light.has(o.text) && !pack.lexicon.stopwords.has(o.text));
    if (!head || !topic) continue;
    const at = token.end - head.length;
    for (const other of tools) if (other !== head) variants.add(`${written.slice(0, at)}${other}${written.slice(token.end)}`);
  }
  return [...variants];
}

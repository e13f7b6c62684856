import type { Token } from '../normalize.js';

/**
 * The words a phrase list's expression (intents.ts `pattern`) may begin a match with. Each phrase
 * begins with a run of letters or digits, and a match begins where a word of the message does (after
 * no letter or digit): that word is the run itself, or begins with it for an open phrase ("fuck*").
 * Most messages hold none of a list's first words, so a few lookups rule the expression out where it
 * would have scanned the whole text (on every message, a dozen lists).
 */
interface FirstWords {
  /** A phrase begins with no letter or digit (or is empty): any message may match. */
  anything: boolean;
  exact: ReadonlySet<string>;
  /** Open phrases' runs by their first letter. */
  open: ReadonlyMap<string, readonly string[]>;
}

/** Module-level, as letters.ts says. */
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

const compiled = new WeakMap<readonly string[], FirstWords>();
function firstWords(phrases: readonly string[]): FirstWords {
  let words = compiled.get(phrases);
  if (words) return words;
  const exact = new Set<string>();
  const open = new Map<string, string[]>();
  let anything = false;
  for (const phrase of phrases) {
    const run = LEADING_RUN.exec(phrase)?.[0];
    if (!run) anything = true;
    else if (phrase === `${run}*`) open.set(run.charAt(0), [...(open.get(run.charAt(0)) ?? []), run]);
    else exact.add(run);
  }
  compiled.set(phrases, (words = { anything, exact, open }));
  return words;
}

const begins = (words: FirstWords, token: Token) => words.exact.has(token.text) || (words.open.get(token.text.charAt(0))?.some((run) => token.text.startsWith(run)) ?? false);

/**
 * Whether the expression of `phrases` may match the text `tokens` were read from: anywhere, a word
 * of it begins a phrase; anchored at the start (`start`, `whole`), its first word does.
 */
export function mayMatch(phrases: readonly string[], tokens: readonly Token[], where: 'anywhere' | 'start' | 'whole'): boolean {
  const words = firstWords(phrases);
  if (words.anything) return true;
  if (where !== 'anywhere') return tokens[0] !== undefined && begins(words, tokens[0]);
  return tokens.some((token) => begins(words, token));
}

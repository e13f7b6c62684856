import type { Concept } from '../definition/concepts.js';
import type { LeadDefinition, Option } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import { perPack } from '../locales/per-pack.js';
import type { ChoiceHit } from './choices.js';
import { impliedConcepts } from './choices/implied-concepts.js';
import type { Level } from './choices/match.js';
import { compiledTerms } from './choices/term-index.js';
import { fold, overlaps, type Message, type Token } from './normalize.js';
import type { UnderstandContext } from './types.js';

/**
 * How a language says that an approval or an allocation is still to come. Folded; a trailing `*`
 * lets a word go on.
 */
export interface AwaitingWords {
  /**
   * Words before the approval that put it ahead ("must", "has to", "will", "pitää", "täytyy",
   * "måste", "ska", "musi", "trzeba", "zostanie"), one or more words each: "has approved" is done,
   * "has to approve" is not.
   */
  modals: readonly string[];
  /**
   * Forms of the verbs for approving that say it has not happened: the infinitive, the present that
   * tells the future, the noun ("approve", "hyväksyä", "hyväksyy", "godkänna", "zatwierdzić",
   * "zatwierdzi", "approval"). The packs' phrases for an approved budget are in the past ("approved",
   * "hyväksytty", "godkänt", "zatwierdził"); the stemmer and the typo reading would take these for them.
   */
  forms: readonly string[];
  /**
   * Words opening a condition ("if", "unless", "jos", "mikäli", "ifall", "jeśli", "o ile"), one or
   * more words each: money found only on a condition ("if the price is right we'll find the money",
   * "jos hinta on kohtuullinen, kyllä rahaa löytyy") is not allocated where the question has an
   * answer for "it depends"; where it has none, the money is there.
   */
  conditions: readonly string[];
  /** Condition words that are one only where they open a clause (Swedish "om", also "about" and "of": "en budget om 50 000"). */
  openingConditions: readonly string[];
}

/** How many words before an approval a modal still reaches ("needs the CFO to approve"). */
const MODAL_REACH = 4;
/** A word of the approval verb's own list is read as surely as an inflection. */
const SURE = 0.8;

const allocated: Concept = 'budget_allocated';
const planned: Concept = 'budget_planned';
const unsure: Concept = 'dont_know';

function matches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** The tokens of a modal ending right before token `at` or a few words earlier, in the same clause. */
function modalBefore(tokens: Token[], at: number, message: Message, words: AwaitingWords): Token | null {
  for (const modal of words.modals) {
    const parts = modal.split(' ');
    for (let end = at - 1; end >= Math.max(0, at - MODAL_REACH); end--) {
      const start = end - parts.length + 1;
      if (start < 0) continue;
      const span = tokens.slice(start, end + 1);
      const first = span[0] as Token;
      const hit = tokens[at] as Token;
      if (span.every((t, i) => matches(parts[i] as string, t.text)) && !/[.,;:!?\n]/.test(message.folded.slice(first.end, hit.start))) return first;
    }
  }
  return null;
}

/**
 * Whether the hit's sentence, outside the hit, holds a condition: a word of `conditions` anywhere,
 * one of `openingConditions` first in a clause. A phrase holding the condition itself ("depends on
 * the price", "jos se kannattaa") is not made conditional by it.
 */
function conditional(hit: ChoiceHit, message: Message, words: AwaitingWords): boolean {
  const { tokens, folded } = message;
  const sentenceBreak = (a: number, b: number) => /[.!?;\n]/.test(folded.slice(a, b));
  const sentence = tokens.filter((t) => (t.end <= hit.start ? !sentenceBreak(t.end, hit.start) : t.start >= hit.end && !sentenceBreak(hit.end, t.start)));
  const opens = (i: number) => i === 0 || /[,:;]/.test(folded.slice((sentence[i - 1] as Token).end, (sentence[i] as Token).start));
  const at = (phrase: string, i: number) => phrase.split(' ').every((w, k) => sentence[i + k]?.text === w);
  return sentence.some((_, i) => words.conditions.some((c) => at(c, i)) || (opens(i) && words.openingConditions.some((c) => at(c, i))));
}

/** A pack's phrases for not knowing, folded: built once per pack, not per message. */
const unsurePhrases = perPack((pack) => new Set(pack.concepts[unsure].map((p) => fold(p.toLowerCase()))));

/** Whether an option is the answer for not knowing: by its `means`, or by a label or synonym the packs say it with ("Depends on the price", "Riippuu hinnasta"). */
const saysUnsure = (option: Option, definition: LeadDefinition, implied: Map<Option, readonly Concept[]>) =>
  stands(option, unsure, implied) ||
  definition.locales.some((locale) => {
    const phrases = unsurePhrases(packFor(locale));
    return [option.label[locale], ...(option.synonyms[locale] ?? [])].some((text) => text !== undefined && phrases.has(fold(text.toLowerCase())));
  });

/** Whether an option stands for the concept, by its `means` or by its own words. */
const stands = (option: Option, concept: Concept, implied: Map<Option, readonly Concept[]>) => Boolean(option.means?.includes(concept) || implied.get(option)?.includes(concept));

/**
 * A budget "approved" only in a must or a future ("the board has to approve it", "hallituksen pitää
 * hyväksyä", "styrelsen måste godkänna", "zarząd zatwierdzi w marcu") is not approved: it awaits
 * approval, which is the option for a budget being planned, or no answer where the question has none.
 */
export function awaitingApproval(hits: ChoiceHit[], definition: LeadDefinition, message: Message, ctx: UnderstandContext, pack: LocalePack): ChoiceHit[] {
  const implied = impliedConcepts(definition);
  return hits.flatMap((hit) => {
    const { criterion, option } = hit.term;
    if (!stands(option, allocated, implied)) return [hit];
    const at = message.tokens.findIndex((t) => t.start >= hit.start);
    const inHit = message.tokens.filter((t) => t.start >= hit.start && t.end <= hit.end);
    const form = inHit.some((t) => pack.awaiting.forms.some((f) => matches(f, t.text)));
    const modal = at >= 0 ? modalBefore(message.tokens, at, message, pack.awaiting) : null;
    // Where the question has an answer for not knowing, money found only on a condition is that ("depends on the price").
    if (!form && !modal) return conditional(hit, message, pack.awaiting) && criterion.options.some((o) => saysUnsure(o, definition, implied)) ? [] : [hit];
    const pending = criterion.options.filter((o) => stands(o, planned, implied));
    const term = pending.length === 1 ? compiledTerms(definition, ctx.locale).terms.find((t) => t.option === pending[0] && t.own) : undefined;
    if (!term) return [];
    // A form on the pack's list is read as surely as an inflection, however the matcher got to it.
    const confidence = form ? Math.max(hit.confidence, SURE) : Math.min(hit.confidence, SURE);
    const level: Level = form && hit.level !== 'exact' ? 'inflected' : hit.level;
    return [{ ...hit, start: modal?.start ?? hit.start, term, confidence, level }];
  });
}

/** Below the confidence to record: the visitor is asked which they mean. */
const ASK_BACK = 0.6;

/**
 * A budget named both as planned and as allocated in one reply ("it's in next year's budget, which
 * is already approved", "ensi vuoden budjetissa on varattu", "nästa års budget, redan godkänd") says
 * two things of it: which the visitor means is asked, not taken from the one named first. A budget
 * only awaiting approval was made a planned one already (`awaitingApproval`); two phrases over the
 * same words are one state, the longer's (`resolveOverlaps`).
 */
export function budgetStatesAsked(hits: ChoiceHit[], definition: LeadDefinition): ChoiceHit[] {
  const implied = impliedConcepts(definition);
  const states = (h: ChoiceHit) => [allocated, planned].filter((c) => !h.term.generic && stands(h.term.option, c, implied));
  const both = (h: ChoiceHit) => {
    const own = states(h);
    // Over the same words the longer phrase says which ("przyjęła uchwałę budżetową" holds no "uchwala budżet"): no second state.
    return own.length === 1 && hits.some((o) => o.term.criterion === h.term.criterion && states(o).length === 1 && states(o)[0] !== own[0] && !overlaps(o, h));
  };
  return hits.map((h) => (both(h) ? { ...h, confidence: Math.min(h.confidence, ASK_BACK) } : h));
}

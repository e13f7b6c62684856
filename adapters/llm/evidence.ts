import { z } from 'zod';
import type { Extraction } from '../../qualification/answer.js';
import type { Criterion, Option } from '../../qualification/definition/schema.js';
import { answerableClauses } from '../../qualification/understand/directives.js';
import { fold } from '../../qualification/understand/normalize.js';
import { fieldSchema } from './schema.js';

/**
 * Keeps only what the visitor's own words support. The model's output is validated field by field with
 * the same generated schema (an invalid value is dropped, never coerced); then each value must be backed
 * by its quote, and the quote must be words the visitor actually typed outside any clause addressed to
 * the bot. Confidence is ours, not the model's: values the words plainly carry are recorded, the rest
 * fall below CONFIDENT so the engine asks the visitor to confirm before anything counts.
 */
export const SUPPORTED = 0.85;
export const UNSUPPORTED = 0.6;

export function acceptExtractions(json: unknown, criteria: Criterion[], visitorText: string): Extraction[] {
  const answers = typeof json === 'object' && json !== null ? (json as { answers?: unknown }).answers : undefined;
  if (typeof answers !== 'object' || answers === null) return [];
  const { clauses, hadDirective } = answerableClauses(visitorText);
  const clauseWords = clauses.map(words);
  const out: Extraction[] = [];
  for (const criterion of criteria) {
    const field = fieldSchema(criterion).safeParse((answers as Record<string, unknown>)[criterion.id]);
    if (!field.success || field.data.value === null || !field.data.quote) continue;
    const quote = field.data.quote.trim();
    const quoted = words(quote);
    const inText =
      criterion.type === 'email' ? containsRun(words(visitorText), quoted) : clauseWords.some((c) => containsRun(c, quoted));
    if (!inText) continue;
    const confidence = support(criterion, field.data.value, quote, visitorText);
    if (confidence === null) continue;
    // A message that also tried to instruct the bot gets nothing recorded without the visitor's yes.
    const capped = hadDirective ? Math.min(confidence, UNSUPPORTED) : confidence;
    out.push({ criterionId: criterion.id, value: field.data.value as Extraction['value'], raw: quote, confidence: capped });
  }
  return out;
}

/** Confidence that `value` is what `quote` says, or null when the quote contradicts it. */
function support(criterion: Criterion, value: unknown, quote: string, visitorText: string): number | null {
  switch (criterion.type) {
    case 'choice': {
      return mentions(quote, criterion.options, String(value)) ? SUPPORTED : UNSUPPORTED;
    }
    case 'multi': {
      const ids = value as string[];
      return ids.every((id) => mentions(quote, criterion.options, id)) ? SUPPORTED : UNSUPPORTED;
    }
    case 'number':
      return numberSupport(value as number, quote);
    case 'yes_no':
      return UNSUPPORTED;
    case 'email': {
      const email = String(value);
      const valid = z.email().safeParse(email).success;
      return valid && fold(visitorText).includes(fold(email)) ? 0.95 : null;
    }
    case 'text':
      return containsRun(words(quote), words(String(value))) ? SUPPORTED : null;
  }
}

/** Digits in the quote must agree with the number; a number written in words needs the visitor's yes. */
function numberSupport(value: number, quote: string): number | null {
  if (!Number.isFinite(value) || value < 0 || value > 10_000_000) return null;
  const numbers = [...quote.replace(/(\d)[\s,](?=\d{3}\b)/g, '$1').matchAll(/\d+(?:[.,]\d+)?/g)].map((m) =>
    Number(m[0].replace(',', '.')),
  );
  if (numbers.length === 0) return UNSUPPORTED;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  return value >= lo && value <= hi ? SUPPORTED : null;
}

/**
 * Whether the quote uses a word of the option's labels or synonyms (any locale, allowing inflection) that
 * no other option of the criterion uses: "within" names no timeline, "year" does.
 */
function mentions(quote: string, options: Option[], id: string): boolean {
  const option = options.find((o) => o.id === id);
  if (!option) return false;
  const others = options.filter((o) => o !== option).flatMap(vocabulary);
  const own = vocabulary(option).filter((v) => !others.some((o) => sameStem(o, v)));
  const said = words(quote).filter((w) => w.length >= 3);
  return said.some((w) => own.some((v) => sameStem(w, v)));
}

function vocabulary(option: Option): string[] {
  return [...Object.values(option.label), ...Object.values(option.synonyms).flat()]
    .flatMap((t) => words(String(t)))
    .filter((w) => w.length >= 3);
}

/** Finnish, Polish and Swedish inflect heavily: a shared start of five letters counts as the same word. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length, 5);
  return n >= 4 && a.slice(0, n) === b.slice(0, n);
}

export function words(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}@._+-]+/gu) ?? []).map((w) => w.replace(/^[._+-]+|[._+-]+$/g, '')).filter(Boolean);
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

import type { Faq, LeadDefinition, Locale } from '../../qualification/definition/schema.js';

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A keyword hits where a word starts, so inflected forms still count ("Teamsiin", "integraatiota")
 * while a keyword hidden inside another word does not ("trial" in "industrial").
 */
function mentions(said: string, keyword: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(fold(keyword))}`, 'u').test(said);
}

/** The FAQ entry whose keywords (in the visitor's locale) best cover the question. */
export function findFaq(definition: LeadDefinition, text: string, locale: Locale): Faq | null {
  const said = fold(text);
  let best: { faq: Faq; hits: number } | null = null;
  for (const faq of definition.faq) {
    const hits = (faq.keywords[locale] ?? []).filter((k) => mentions(said, k)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { faq, hits };
  }
  return best?.faq ?? null;
}

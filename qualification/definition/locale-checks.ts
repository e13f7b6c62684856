import { formatPath } from './issues.js';
import type { LeadDefinition, Locale, LocalizedText } from './schema.js';

type Path = Array<string | number>;

/** Every visitor-facing text, with where it sits in the file. */
function* visitorTexts(d: LeadDefinition): Generator<[Path, LocalizedText]> {
  yield [['greeting'], d.greeting];
  for (const [i, c] of d.criteria.entries()) {
    yield [['criteria', i, 'question'], c.question];
    yield [['criteria', i, 'why'], c.why];
    for (const [j, v] of c.variants.entries()) yield [['criteria', i, 'variants', j, 'question'], v.question];
    if (c.type === 'choice' || c.type === 'multi') {
      for (const [j, o] of c.options.entries()) yield [['criteria', i, 'options', j, 'label'], o.label];
    }
  }
  for (const [i, f] of d.faq.entries()) yield [['faq', i, 'answer'], f.answer];
  if (d.nurtureContent) yield [['nurtureContent', 'title'], d.nurtureContent.title];
  for (const [i, g] of (d.proactive?.greetings ?? []).entries()) yield [['proactive', 'greetings', i, 'text'], g.text];
}

/** A visitor must never meet a blank where a text in their language should be. */
export function checkLocales(d: LeadDefinition): string[] {
  const errors: string[] = [];
  if (!d.locales.includes(d.defaultLocale)) {
    errors.push(`defaultLocale ${d.defaultLocale} is not one of the declared locales (${d.locales.join(', ')})`);
  }
  const seen = new Set<Locale>();
  for (const [i, locale] of d.locales.entries()) {
    if (seen.has(locale)) errors.push(`locales[${i}] ${locale} is listed twice`);
    seen.add(locale);
  }
  for (const [path, text] of visitorTexts(d)) {
    for (const locale of seen) {
      if (!text[locale]) errors.push(`${formatPath([...path, locale])} is missing`);
    }
  }
  return errors;
}

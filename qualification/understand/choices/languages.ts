import type { Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold } from '../normalize.js';
import type { ChoiceCriterion } from './terms.js';

/**
 * Languages a question may ask about ("In which languages do the courses need to be?"), by ISO 639-1
 * code: those spoken by many people in Europe's workplaces. Their names in every locale come from CLDR
 * (the runtime's Intl data), as countries' do, so a marketer lists only the options.
 */
const LANGUAGE_CODES = [
  'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'hy',
  'id', 'is', 'it', 'ja', 'ka', 'kk', 'km', 'ko', 'ku', 'lo', 'lt', 'lv', 'mk', 'mn', 'ms', 'my', 'ne', 'nl', 'no', 'pa', 'pl', 'ps', 'pt',
  'ro', 'ru', 'si', 'sk', 'sl', 'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'th', 'ti', 'tl', 'tr', 'uk', 'ur', 'uz', 'vi', 'zh',
];

/**
 * The languages' names in a locale ("suomi", "finska", "fiński"), by code, and the codes by folded name:
 * read from CLDR once per locale, since `Intl.DisplayNames.of` is slow enough to weigh on compiling every
 * choice criterion's options.
 */
const namesByTag = new Map<string, { names: Map<string, string>; codes: Map<string, string> }>();
function namesIn(tag: string): { names: Map<string, string>; codes: Map<string, string> } {
  let found = namesByTag.get(tag);
  if (!found) {
    const display = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
    found = { names: new Map(), codes: new Map() };
    for (const code of LANGUAGE_CODES) {
      const name = display.of(code);
      if (!name) continue;
      found.names.set(code, name);
      if (!found.codes.has(fold(name))) found.codes.set(fold(name), code);
    }
    namesByTag.set(tag, found);
  }
  return found;
}

/** The language an option's label names in one of its locales ("Finnish", "Suomi", "Finska", "Fiński"), or null. */
function languageOf(option: Option): string | null {
  for (const [tag, label] of Object.entries(option.label)) {
    const written = label ? fold(label.trim()) : '';
    const code = written && namesIn(tag).codes.get(written);
    if (code) return code;
  }
  return null;
}

/**
 * The visitor's words for the languages a criterion's options name, when most of its options name
 * one: each language option takes its language's names in the visitor's locale and those it mixes in,
 * and the catch-all (`other: true`) takes the
 * languages no option lists ("arabiska", "gruziński", "Romanian").
 */
export function languageWordsFor(criterion: ChoiceCriterion, catchAll: Option | undefined, pack: LocalePack): { option: Option; text: string }[] {
  const named = criterion.options.filter((o) => o !== catchAll).map((o) => ({ option: o, code: languageOf(o) }));
  const languages = named.filter((n): n is { option: Option; code: string } => n.code !== null);
  if (languages.length < 2 || languages.length * 2 <= named.length) return [];
  const tags = [pack.tag, ...pack.mixesIn.map((p) => p.tag)];
  const namesOf = (code: string) => tags.flatMap((tag) => namesIn(tag).names.get(code) ?? []);
  const listed = new Set(languages.map((l) => l.code));
  return [
    ...languages.flatMap(({ option, code }) => namesOf(code).map((text) => ({ option, text }))),
    ...(catchAll ? LANGUAGE_CODES.filter((c) => !listed.has(c)).flatMap((code) => namesOf(code).map((text) => ({ option: catchAll, text }))) : []),
  ];
}

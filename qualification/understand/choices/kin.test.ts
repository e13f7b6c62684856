import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../answer.js';
import { recordedFacts } from '../../../test/support/made-up-definition.js';
import { parseDefinition } from '../../definition/parse.js';
import type { Locale } from '../../definition/schema.js';

/** A made-up family-run seller's question of who decides: one option names the family, another a business partner. */
const DEFINITION = `
version: 1
company: { name: Gård }
locales: [en, fi, sv, pl]
defaultLocale: en
greeting: { en: "Hi", fi: "Hei", sv: "Hej", pl: "Cześć" }
criteria:
  - id: decision
    category: person
    type: choice
    question: { en: "Who decides?", fi: "Kuka päättää?", sv: "Vem bestämmer?", pl: "Kto decyduje?" }
    why: { en: "x", fi: "x", sv: "x", pl: "x" }
    options:
      - id: me
        label: { en: "I decide", fi: "Päätän itse", sv: "Jag bestämmer", pl: "Decyduję sam" }
        means: [i_decide]
      - id: family
        label: { en: "With my family", fi: "Perheen kanssa", sv: "Med familjen", pl: "Z rodziną" }
        synonyms: { en: [my wife or husband], fi: [puoliso], sv: [frun eller maken], pl: [żona lub mąż] }
      - id: partner
        label: { en: "With my business partner", fi: "Yhtiökumppanin kanssa", sv: "Med min kompanjon", pl: "Ze wspólnikiem" }
      - id: else
        label: { en: "Someone else", fi: "Joku muu", sv: "Någon annan", pl: "Ktoś inny" }
        synonyms: { en: [my boss], fi: [esimies], sv: [chefen], pl: [szef] }
        means: [someone_else_decides]
thresholds: { fit: 0, intent: 0 }
routing:
  defaultOwner: sanna
  owners:
    - { id: sanna, name: Sanna Example, slackUser: U01AAAAAAA1 }
sla: { acceptMinutes: 30 }
`;

const parsed = parseDefinition(DEFINITION);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const definition = parsed.definition;
const NOW = new Date('2026-03-10T10:00:00Z');

const facts = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'decision' });

describe('a relative answers the option naming the family', () => {
  it.each([
    ['en', 'my brother-in-law and I', { decision: 'family' }],
    ['en', 'my mother and I', { decision: 'family' }],
    ['sv', 'min syster och jag', { decision: 'family' }],
    ['sv', 'min svärfar och jag', { decision: 'family' }],
    ['fi', 'isä ja minä', { decision: 'family' }],
    ['pl', 'brat i ja', { decision: 'family' }],
    // A business partner is no relative; the marketer's words still win.
    ['en', 'me and my business partner', { decision: 'partner' }],
    ['en', 'my boss', { decision: 'else' }],
  ] as [Locale, string, Record<string, AnswerValue>][])('%s: "%s"', (locale, text, want) => {
    expect(facts(locale, text)).toEqual(want);
  });
});

describe('a relative in a case the language’s rules do not reach from the base form answers the family option too', () => {
  it.each([
    ['fi', 'me päätetään veljen kanssa'],
    ['fi', 'isäni kanssa'],
    ['fi', 'pojan kanssa yhdessä'],
    ['sv', 'vi bestämmer med sonen'],
    ['sv', 'med bröderna'],
    ['pl', 'decydujemy z synem'],
    ['pl', 'z ojcem'],
    ['pl', 'z mężem'],
    ['en', 'my sons'],
  ] as [Locale, string][])('%s: "%s"', (locale, text) => {
    expect(facts(locale, text)).toEqual({ decision: 'family' });
  });
});

describe('a word one letter off a relative’s case form is no relative', () => {
  it.each([['fi', 'isäntä päättää']] as [Locale, string][])('%s: "%s"', (locale, text) => {
    expect(facts(locale, text).decision).not.toBe('family');
  });
});

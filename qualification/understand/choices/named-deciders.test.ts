import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../../answer.js';
import { parseDefinition } from '../../definition/parse.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

/**
 * Who decides, where the marketer lists deciders as options of their own (a council, a members'
 * meeting) beside the marked ways of deciding (`means`): a made-up seller's definition, phrases
 * written by hand. Every fact recorded with confidence must be the row's.
 */
const parsed = parseDefinition(`
version: 1
company: { name: Halli }
locales: [en, fi, sv, pl]
defaultLocale: en
greeting: { en: "Hi", fi: "Hei", sv: "Hej", pl: "Cześć" }
criteria:
  - id: decider
    category: person
    type: choice
    question: { en: "Who signs the order?", fi: "Kuka hyväksyy tilauksen?", sv: "Vem godkänner beställningen?", pl: "Kto zatwierdza zamówienie?" }
    why: { en: "x", fi: "x", sv: "x", pl: "x" }
    options:
      - { id: me, means: [i_decide], points: 10, label: { en: "I do", fi: "Minä", sv: "Jag", pl: "Ja" } }
      - id: council
        label: { en: "The council", fi: "Hallitus", sv: "Styrelsen", pl: "Zarząd" }
        synonyms: { en: [the council, council meeting], fi: [hallitus], sv: [styrelsen], pl: [zarząd] }
      - id: members
        label: { en: "Members' meeting", fi: "Jäsenkokous", sv: "Medlemsmöte", pl: "Zebranie członków" }
        synonyms: { en: [members' meeting, the members vote], fi: [jäsenkokous], sv: [medlemsmötet], pl: [zebranie członków] }
      - { id: advisor, means: [i_recommend], label: { en: "I advise", fi: "Suosittelen", sv: "Jag föreslår", pl: "Doradzam" } }
      - { id: elsewhere, means: [someone_else_decides], label: { en: "Someone else", fi: "Joku muu", sv: "Någon annan", pl: "Ktoś inny" } }
thresholds: { fit: 1, intent: 0 }
routing: { owners: [{ id: o, name: O, slackUser: U1 }], defaultOwner: o }
sla: { acceptMinutes: 60 }
`);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const definition = parsed.definition;
const NOW = new Date('2026-03-10T10:00:00Z');

function facts(locale: Locale, text: string): Record<string, AnswerValue> {
  const found = understand(definition, text, { locale, now: NOW, asking: 'decider' }).extractions.filter((e) => e.confidence >= CONFIDENT);
  return Object.fromEntries(found.map((e) => [e.criterionId, e.value]));
}

describe('a decider the options name is that option, not someone else', () => {
  it.each([
    // A pack phrase of someone else deciding that holds the option's words names that option.
    ['en', 'in the end the council decides', 'council'],
    ['sv', 'det är styrelsen som tar beslutet', 'council'],
    ['sv', 'vi i styrelsen tar beslutet tillsammans', 'council'],
    ['fi', 'hallitus päättää näistä', 'council'],
    ['pl', 'decyduje zarząd', 'council'],
    // Or stands next to it in its clause: the decider is the one whose approval is needed.
    ['en', 'the council has to approve it', 'council'],
    ['fi', 'hallitus hyväksyy isot hankinnat', 'council'],
    ['sv', 'styrelsen måste godkänna det', 'council'],
    ['pl', 'zarząd musi to zatwierdzić', 'council'],
    // Beside the visitor's recommendation, the named decider is the other party: the visitor recommends.
    ['en', 'I recommend, the council decides', 'advisor'],
    ['sv', 'jag föreslår och styrelsen beslutar', 'advisor'],
    ['en', 'I prepare a proposal for the members meeting', 'advisor'],
    // Someone no option names stays someone else's.
    ['en', 'the CEO decides', 'elsewhere'],
    ['sv', 'ägaren bestämmer', 'elsewhere'],
  ] as const)('%s: %s', (locale, text, value) => {
    expect(facts(locale, text)).toEqual({ decider: value });
  });

  it('a negated decider names no option', () => {
    expect(facts('en', 'not the council decides')).toEqual({});
  });
});

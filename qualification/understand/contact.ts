import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition } from '../definition/schema.js';
import { ALL_PACKS } from '../locales/index.js';
import type { Message, Span } from './normalize.js';
import type { UnderstandContext } from './types.js';

export const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[\p{L}]{2,}/u;

const names = ALL_PACKS.map((p) => p.names);
const GREETING = `(?:${names.flatMap((n) => n.greetings).join('|')})[\\s,!.]+`;
/** Lead-ins before a name, folded: "my name is Anna", "nimeni on", "jag heter", "nazywam się". */
const NAME_LEAD_IN = new RegExp(
  `^\\s*(?:${GREETING})?(?:${names.flatMap((n) => n.leadIns).map((l) => l.replace(/ /g, "[\\s']+")).join('|')})(?![\\p{L}])[\\s:,-]*`,
  'u',
);

/** Sign-offs after a name, as typed: "Tom here", "Jukka tässä", "Lars heter jag", "Piotr z tej strony". */
const LEAD_OUT = new RegExp(`[\\s,-]+(?:${names.flatMap((n) => n.signOffs).join('|')})[\\s.!]*$`, 'iu');

function emailCriterion(definition: LeadDefinition, ctx: UnderstandContext): Criterion | undefined {
  const emails = definition.criteria.filter((c) => c.type === 'email');
  return emails.find((c) => c.id === ctx.asking) ?? emails[0];
}

/** The first e-mail address in the message, if any. */
export function findEmail(message: Message): (Span & { text: string }) | null {
  const m = EMAIL.exec(message.original);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
}

/** Emails wherever they stand; free text only as the answer to a `text` question being asked. */
export function extractContact(definition: LeadDefinition, message: Message, ctx: UnderstandContext, answersSomethingElse: boolean): Extraction[] {
  const out: Extraction[] = [];
  const email = findEmail(message);
  const target = emailCriterion(definition, ctx);
  if (email && target) out.push({ criterionId: target.id, value: email.text.toLowerCase(), raw: email.text, confidence: 0.95 });

  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'text' || answersSomethingElse) return out;
  const lead = NAME_LEAD_IN.exec(message.folded);
  // The lead-in counts only before the e-mail; the address itself is cut out of the name.
  const from = lead && (!email || lead[0].length <= email.start) ? lead[0].length : 0;
  const text = email ? message.original.slice(0, email.start) + ' ' + message.original.slice(email.end) : message.original;
  const value = text
    .slice(from)
    .replace(LEAD_OUT, '')
    .replace(/^[\s,.;:!-]+|[\s,;:!-]+$/g, '')
    .replace(/\s+/g, ' ')
    // A closing full stop goes, an abbreviation's stays ("Sp. z o.o.", "Co.").
    .replace(/(\p{L}{3,})\.$/u, '$1');
  if (value === '') return out;
  const words = value.split(' ').length;
  out.push({ criterionId: asked.id, value, raw: value, confidence: words <= 6 ? 0.9 : 0.6 });
  return out;
}

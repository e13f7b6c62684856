import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition } from '../definition/schema.js';
import { ALL_PACKS } from '../locales/index.js';
import { fold, type Message, type Span } from './normalize.js';
import type { UnderstandContext } from './types.js';
import { MARKS, STARTS_UPPER } from './letters.js';

export const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[\p{L}]{2,}/u;

const names = ALL_PACKS.map((p) => p.names);
const GREETINGS = `(?:${names.flatMap((n) => n.greetings).join('|')})`;
const LEAD_INS = `(?:${names.flatMap((n) => n.leadIns).map((l) => l.replace(/ /g, "[\\s']+")).join('|')})(?![\\p{L}])`;
/**
 * Lead-ins before a name, folded: "my name is Anna", "nimeni on", "jag heter", "nazywam się", "tu
 * Ewa"; or a greeting set off by punctuation alone ("hi, Emma Brown here", "dzień dobry, Agnieszka").
 */
const NAME_LEAD_IN = new RegExp(`^\\s*(?:(?:${GREETINGS}[\\s,!.]+)?${LEAD_INS}|${GREETINGS}\\s*[,!.]+)[\\s:,-]*`, 'u');

/** Words that say where a name's bearer is from ("Tom from Brightwear", "Piotr z firmy Meblex"): the name ends before them. */
const AFFILIATION = new RegExp(`\\s(?:${names.flatMap((n) => n.affiliations).join('|')})\\s`, 'u');
/** A word of a name as typed: capitalised ("Anna", "O'Neill", "Putki-Pojat"), or a particle or company form inside one. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|&|von|van|der|de|af|da|di|dos|la)$/u;
/** Most words a name (of a person or a company) is written with. */
const MAX_NAME_WORDS = 5;

const nameLike = (part: string) => {
  const words = part.trim().split(/\s+/);
  return words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w)) && STARTS_UPPER.test(words[0] ?? '');
};

/**
 * The name alone, where the visitor adds who they are or where they are from: "Anna Nowak,
 * kierownik magazynu", "Jestem Paweł, prowadzę sklep", "Piotr z firmy Meblex", "Tom from
 * Brightwear". Only behind words written as a name, so "Instal-Bud Sp. z o.o." stays whole.
 */
function nameAlone(value: string): string {
  const [first, ...rest] = value.split(/\s*[,;]\s*|\s+[-–]\s+/).map((part) => part.replace(LEAD_OUT, ''));
  // Said twice, the second time whole: "it's Tom, Tom Baker", "Jukka tässä, Jukka Salo".
  const whole = first !== undefined && nameLike(first) ? rest.find((part) => nameLike(part) && part.startsWith(`${first} `)) : undefined;
  if (whole) return whole;
  if (rest.length > 0 && first !== undefined && nameLike(first)) return first;
  const cut = AFFILIATION.exec(value.toLowerCase().normalize('NFD').replace(MARKS, ''));
  const before = cut ? value.slice(0, cut.index) : '';
  return cut && nameLike(before) && !/^\s*o\.o/u.test(value.slice(cut.index + cut[0].length)) ? before : value;
}

/** Words saying the name is all there is ("just", "vaan", "bara", "tylko"), folded: every pack's, as names in any language are. */
const ONLY = new Set(ALL_PACKS.flatMap((p) => p.people.only));

/**
 * "Mikko vaan", "just Mike", "bara Mikael": an "only" word in small letters before or after a name
 * says to use just that name; it is no part of it. A capitalised one stays ("Just Eat").
 */
function withoutOnly(value: string): string {
  const words = value.split(' ');
  const only = (w: string | undefined) => w !== undefined && w === w.toLowerCase() && ONLY.has(fold(w));
  while (words.length > 1 && only(words[0])) words.shift();
  while (words.length > 1 && only(words.at(-1))) words.pop();
  const name = words.join(' ');
  return name !== value && nameLike(name) ? name : value;
}

/** Sign-offs after a name, as typed: "Tom here", "Jukka tässä", "Lars heter jag", "Piotr z tej strony". */
const LEAD_OUT = new RegExp(`[\\s,-]+(?:${names.flatMap((n) => n.signOffs).join('|')})[\\s.!]*$`, 'iu');

function emailCriterion(definition: LeadDefinition, ctx: UnderstandContext): Criterion | undefined {
  const emails = definition.criteria.filter((c) => c.type === 'email');
  return emails.find((c) => c.id === ctx.asking) ?? emails[0];
}

type Email = Span & { text: string };

/** matchAll copies it, so its lastIndex stays put. */
const EMAILS = new RegExp(EMAIL.source, 'gu');

function findEmails(message: Message): Email[] {
  // Without an @ there is no address; most messages have none.
  if (!message.original.includes('@')) return [];
  return [...message.original.matchAll(EMAILS)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Mailboxes of a company or team rather than a person ("info@", "office@"). */
const SHARED_MAILBOX = /^(?:info|office|contact|hello|hi|sales|support|admin|mail|post|posti|toimisto|kontor|kontakt|biuro|asiakaspalvelu|kundtjanst|noreply|no-reply|team|myynti|salj|sprzedaz|billing|invoice|laskutus|faktura)[.@_-]?/u;
/** A word's closing full stop ("Oy."); module-level, as letters.ts says. */
const WORD_FULL_STOP = /(\p{L}{3,})\.$/u;

/** Words before an address that make it the visitor's own, or someone else's, in every pack. */
const OWN_BEFORE = /(?:^|[^\p{L}])(?:mine|my|me|minun|minulle|osoitteeni|sahkopostini|mig|min|mitt|mnie|moj|moje|write to|reach me|email me|mail me|kirjoita|laita|skriv till|maila|napisz)(?:[^\p{L}]|$)/u;
const OTHERS_BEFORE = /(?:^|[^\p{L}])(?:colleague|boss|office|cc|our|their|kollega\p{L}*|toimisto\p{L}*|esimie\p{L}*|meidan|chef\p{L}*|kontor\p{L}*|vart|var|vara|kolega\p{L}*|szef\p{L}*|biur\p{L}*|nasz\p{L}*)(?:[^\p{L}]|$)/u;

/**
 * The visitor's own address among those in the message: the one their words put them in ("mine is",
 * "write to"), not a colleague's or the office's ("info@"). Two without a clue are asked back.
 */
export function findEmail(message: Message): (Email & { sure: boolean }) | null {
  const all = findEmails(message);
  if (all.length <= 1) return all[0] ? { ...all[0], sure: true } : null;
  const scoreOf = (e: Email) => {
    const before = message.folded.slice(Math.max(0, e.start - 40), e.start);
    // The clause the address ends: from the last comma, semicolon or full stop before it.
    const clause = before.split(/[,;]|\.\s/).at(-1) ?? '';
    const own = OWN_BEFORE.test(clause) ? 1 : 0;
    const others = OTHERS_BEFORE.test(clause) || SHARED_MAILBOX.test(e.text.toLowerCase()) ? 1 : 0;
    return own - others;
  };
  const ranked = all.map((e) => ({ e, score: scoreOf(e) })).sort((a, b) => b.score - a.score);
  const [top, next] = ranked as [{ e: Email; score: number }, { e: Email; score: number }];
  return { ...top.e, sure: top.score > next.score };
}

/** Every e-mail address in the message: none of them is an option's words. */
export function emailSpans(message: Message): Span[] {
  return findEmails(message);
}

/** Emails wherever they stand; free text only as the answer to a `text` question being asked. */
export function extractContact(definition: LeadDefinition, message: Message, ctx: UnderstandContext, answersSomethingElse: boolean): Extraction[] {
  const out: Extraction[] = [];
  const email = findEmail(message);
  const target = emailCriterion(definition, ctx);
  if (email && target) out.push({ criterionId: target.id, value: email.text.toLowerCase(), raw: email.text, confidence: email.sure ? 0.95 : 0.6 });

  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'text' || answersSomethingElse) return out;
  const lead = NAME_LEAD_IN.exec(message.folded);
  // The lead-in counts only before the e-mail; the address itself is cut out of the name.
  const from = lead && (!email || lead[0].length <= email.start) ? lead[0].length : 0;
  const text = email ? message.original.slice(0, email.start) + ' ' + message.original.slice(email.end) : message.original;
  let value = text
    .slice(from)
    .replace(LEAD_OUT, '')
    .replace(/^[\s,.;:!-]+|[\s,;:!-]+$/g, '')
    .replace(/\s+/g, ' ')
    // A closing full stop goes, an abbreviation's stays ("Sp. z o.o.", "Co.").
    .replace(WORD_FULL_STOP, '$1');
  if (value === '') return out;
  value = nameAlone(withoutOnly(value));
  const words = value.split(' ').length;
  out.push({ criterionId: asked.id, value, raw: value, confidence: words <= 6 ? 0.9 : 0.6 });
  return out;
}

import { readFileSync } from 'node:fs';
import type { Locale } from '../../qualification/definition/schema.js';

/**
 * The load generator's visitor: types what a person would (phrases in en/fi/sv/pl from
 * bench/fixtures, not the held-out set), answers what is asked, and plays the conversation to its end.
 * It never clicks: a question it was not understood on gets the label of one of the offered choices,
 * typed. Deterministic for a seed, so the limit and Kysy get the same kinds of messages.
 */
export const LOCALES: Locale[] = ['en', 'fi', 'sv', 'pl'];

interface Phrase {
  asking: string | null;
  text: string;
  expected: Record<string, unknown>;
}

const THANKS: Record<string, string> = { en: 'thanks!', fi: 'kiitos!', sv: 'tack!', pl: 'dziękuję!' };
const COMPANY: Record<string, string> = { en: 'Brightside Heating Ltd', fi: 'Lämpöpiste Oy', sv: 'Värmeservice AB', pl: 'Ciepło-Serwis sp. z o.o.' };
const NUMBER_FALLBACK = '35';
/** A conversation that goes on longer than this is given up (counted, not hidden). */
export const MAX_MESSAGES = 30;

const phrasebook = new Map<string, Phrase[]>(
  LOCALES.map((locale) => {
    const url = new URL(`../fixtures/phrases.${locale}.json`, import.meta.url);
    return [locale, JSON.parse(readFileSync(url, 'utf8')) as Phrase[]];
  }),
);

export interface Choice {
  id: string;
  label: string;
}

/** What the visitor sees after a request: the question in the air, its buttons, whether it is over. */
export interface Seen {
  asking: string | null;
  choices: Choice[];
  done: boolean;
}

/** Someone typing to a bot: the next message for what they see, or null when they are done. */
export interface Visitor {
  readonly locale: Locale;
  next(seen: Seen): string | null;
}

/** Visitors typed so far in this process: each is a person of their own (see TypingVisitor.person). */
let people = 0;

export class TypingVisitor implements Visitor {
  private readonly tries = new Map<string, number>();
  /**
   * Kysy treats one consented e-mail address as one person with one open lead, so the phrasebook's
   * few addresses get a tag each (`jukka.k+17@…`): otherwise every bench conversation of a locale
   * would be one person joining one lead, which no real load looks like.
   */
  private readonly person = ++people;
  sent = 0;

  constructor(
    readonly locale: Locale,
    private readonly random: () => number,
    /** Open with a sentence of one's own before answering the first question (the greeting invites it). */
    private readonly opener = random() < 0.5,
  ) {}

  private pick<T>(items: T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }

  private phrase(asking: string | null): string | undefined {
    const phrases = phrasebook.get(this.locale)!.filter((p) => p.asking === asking && (asking === null || asking in p.expected));
    return this.pick(phrases)?.text;
  }

  /** The next message to type, or null when the conversation is over or given up. */
  next(seen: Seen): string | null {
    if (seen.done || this.sent >= MAX_MESSAGES) return null;
    this.sent += 1;
    if (this.sent === 1 && this.opener) return this.phrase(null) ?? THANKS[this.locale]!;
    const asking = seen.asking;
    if (asking === null) return THANKS[this.locale]!;
    const tries = (this.tries.get(asking) ?? 0) + 1;
    this.tries.set(asking, tries);
    // A yes/no in the air (consent, "did you mean …?"): a person types yes.
    const yes = seen.choices.find((c) => c.id === 'yes');
    if (yes) return yes.label;
    if (tries === 1) {
      if (asking === 'company_name') return COMPANY[this.locale]!;
      const typed = this.phrase(asking);
      if (typed) return asking === 'contact_email' ? typed.replace('@', `+${this.person}@`) : typed;
    }
    // Not understood the first time: type one of the offered options, as people do.
    return this.pick(seen.choices)?.label ?? (asking === 'company_name' ? COMPANY[this.locale]! : NUMBER_FALLBACK);
  }
}

/**
 * A visitor who is done in one message (two when asked to confirm): a private household, which the example definition turns
 * away politely. Used where the number of finished conversations matters more than their length.
 */
export class HouseholdVisitor implements Visitor {
  private said = 0;

  constructor(readonly locale: Locale) {}

  next(seen: Seen): string | null {
    if (seen.done || this.said >= 2) return null;
    this.said += 1;
    if (this.said === 1) return phrasebook.get(this.locale)!.find((p) => p.expected.industry === 'private_household')!.text;
    // Asked "did you mean …?": yes.
    return seen.choices.find((c) => c.id === 'yes')?.label ?? null;
  }
}

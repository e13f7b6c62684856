import type { Message, Span } from '../normalize.js';

/**
 * Amounts of money. Currencies cross languages ("25 euro", "40 €", "25 euroa", "200 kr", "100 zł"),
 * so their words are shared, folded, by ISO 4217 code: a criterion whose unit names a currency
 * ("euros", "EUR", "zloty") counts amounts of it, and an amount of money is never a count of people
 * or of things ("25 euro na osobę" is no head count of 25).
 */
const CURRENCIES = {
  EUR: { symbols: ['€'], words: ['eur', 'euro', 'euros', 'euroa', 'euron', 'euroja', 'eurolla', 'eurot', 'euroo'], units: ['eur', 'euro', 'euros', '€'] },
  USD: { symbols: ['$'], words: ['usd', 'dollar', 'dollars', 'dollaria', 'dollarin', 'dolar', 'dolarow', 'dolary'], units: ['usd', 'dollar', 'dollars', '$'] },
  GBP: { symbols: ['£'], words: ['gbp', 'pound', 'pounds', 'quid', 'puntaa'], units: ['gbp', 'pound', 'pounds', '£'] },
  SEK: { symbols: [], words: ['sek', 'kr', 'kronor', 'krona', 'kruunua'], units: ['sek', 'kronor', 'krona'] },
  PLN: { symbols: [], words: ['pln', 'zl', 'zlotych', 'zlote', 'zloty', 'zlotego', 'zlotya'], units: ['pln', 'zloty', 'zlotys', 'zl'] },
} as const satisfies Record<string, { symbols: readonly string[]; words: readonly string[]; units: readonly string[] }>;
export type Currency = keyof typeof CURRENCIES;
const CODES = Object.keys(CURRENCIES) as Currency[];

/** The currency a criterion's unit names ("euros", "EUR"), or null for a count. */
export function currencyOfUnit(unit: string): Currency | null {
  const name = unit.trim().toLowerCase();
  return CODES.find((code) => code.toLowerCase() === name || (CURRENCIES[code].units as readonly string[]).includes(name)) ?? null;
}

/** An amount's currency and the end of the words that say it. */
export interface MoneySaid {
  currency: Currency;
  /** End of the currency word or symbol after the number, or the number's own end when it stands before. */
  end: number;
}

/** A currency sign or word right after an amount; module-level, as letters.ts says. */
const UNIT_AFTER = /^\s*([€$£]|\p{L}+)/u;

/**
 * The currency said with a number: a symbol right before it ("€15", "£ 20") or a symbol or word
 * right after it ("25 €", "40€", "25 euro", "35 zł"). The Finnish "e" ("40 e/hlö") counts only
 * before a slash or at a clause's end, where it can be nothing else.
 */
export function moneyOf(mention: Span, message: Message): MoneySaid | null {
  const { folded } = message;
  const before = /([€$£])\s*$/u.exec(folded.slice(Math.max(0, mention.start - 3), mention.start));
  if (before) {
    const currency = CODES.find((c) => (CURRENCIES[c].symbols as readonly string[]).includes(before[1] as string));
    if (currency) return { currency, end: mention.end };
  }
  const after = UNIT_AFTER.exec(folded.slice(mention.end));
  if (!after) return null;
  const word = after[1] as string;
  const end = mention.end + after[0].length;
  if (word === 'e') return /^\s*(?:\/|[,.;!?)]|$)/u.test(folded.slice(end)) ? { currency: 'EUR', end } : null;
  const currency = CODES.find((c) => (CURRENCIES[c].symbols as readonly string[]).includes(word) || (CURRENCIES[c].words as readonly string[]).includes(word));
  return currency ? { currency, end } : null;
}

/** A word right after an amount; module-level, as letters.ts says. */
const WORD_AFTER = /^\s*(\p{L}+)(?!\p{L})/u;

/**
 * Asked for money, amounts with the pack's slang for thousands after them ("2 grand", "max 2 tonnia",
 * "5 kafli") multiplied out; the word is no thousand of anything else ("2 tonnia" of waste).
 */
export function scaledForMoney<M extends Span & { value: number }>(mentions: readonly M[], message: Message, multipliers: Readonly<Record<string, number>>): M[] {
  return mentions.map((m) => {
    const next = WORD_AFTER.exec(message.folded.slice(m.end));
    const factor = next ? multipliers[next[1] as string] : undefined;
    return next && factor ? { ...m, value: m.value * factor, end: m.end + next[0].length } : m;
  });
}

/**
 * The characters a match of an expression may begin with, read from its source: a time rule that
 * begins "next", "ensi" or "w" can only match at a word starting with "n", "e" or "w". Conservative:
 * whatever this reader does not follow (a class of letters, any character, a reference back) may
 * begin with anything (null), so a rule is never ruled out where it could match.
 */
export type FirstLetters = ReadonlySet<string> | null;

interface Part {
  /** The characters it may begin with; null: any. */
  first: Set<string> | null;
  /** It may match the empty string, so what follows it may begin the match too. */
  empty: boolean;
}

const join = (a: Set<string> | null, b: Set<string> | null): Set<string> | null => (a === null || b === null ? null : new Set([...a, ...b]));

/** An escape that stands for one character: `\.`, `\-`, `\n`, `\u00e4`, `\u{1F600}`, `\x41`. */
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
/** Escapes that stand for a class or an assertion, which this reader does not follow as characters. */
const CLASSES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'p', 'P', 'b', 'B', 'k', 'c']);
const SURROGATE = /[\uD800-\uDFFF]/;
/** Widest character range read as its characters; wider is any. */
const MAX_RANGE = 64;

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  private peek(): string | undefined {
    return this.source[this.at];
  }

  /** One character an escape stands for, or null for a class, assertion or reference. */
  private escape(): string | null {
    const ch = this.source[this.at++];
    if (ch === undefined || CLASSES.has(ch) || /[1-9]/.test(ch)) {
      // A \p{…} or \k<…> goes on to its closing bracket.
      if ((ch === 'p' || ch === 'P') && this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1;
      if (ch === 'k' && this.peek() === '<') this.at = this.source.indexOf('>', this.at) + 1;
      return null;
    }
    if (ch === 'u' || ch === 'x') {
      const braced = ch === 'u' && this.peek() === '{';
      const end = braced ? this.source.indexOf('}', this.at) : this.at + (ch === 'u' ? 4 : 2);
      const hex = this.source.slice(braced ? this.at + 1 : this.at, end);
      this.at = braced ? end + 1 : end;
      return String.fromCodePoint(Number.parseInt(hex, 16));
    }
    return CONTROL[ch] ?? ch;
  }

  /** A bracketed class: its characters, or null for a negated class or one with a class escape in it. */
  private bracket(): Set<string> | null {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    const chars = new Set<string>();
    let known = !negated;
    while (this.at < this.source.length && this.peek() !== ']') {
      const ch = this.source[this.at++] as string;
      const one = ch === '\\' ? this.escape() : SURROGATE.test(ch) ? null : ch;
      if (one === null) {
        known = false;
        continue;
      }
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const next = this.source[this.at++] as string;
        const to = next === '\\' ? this.escape() : next;
        const [a, b] = [one.codePointAt(0) as number, to?.codePointAt(0) ?? -1];
        if (to === null || b < a || b - a > MAX_RANGE || b > 0xffff) known = false;
        else for (let c = a; c <= b; c++) chars.add(String.fromCodePoint(c));
        continue;
      }
      if (one.length > 1) known = false;
      chars.add(one);
    }
    this.at++;
    return known ? chars : null;
  }

  /** A group's opening after "(": a lookaround matches no character of its own. */
  private group(): Part {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source.startsWith('?=', this.at) || this.source.startsWith('?!', this.at)) [this.at, lookaround] = [this.at + 2, true];
    else if (this.source.startsWith('?<=', this.at) || this.source.startsWith('?<!', this.at)) [this.at, lookaround] = [this.at + 3, true];
    else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
    const inner = this.alternation();
    this.at++;
    return lookaround ? { first: new Set(), empty: true } : inner;
  }

  private atom(): Part {
    const ch = this.source[this.at++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return { first: this.bracket(), empty: false };
    if (ch === '^' || ch === '$') return { first: new Set(), empty: true };
    if (ch === '.') return { first: null, empty: false };
    if (ch === '\\') {
      const before = this.at;
      const one = this.escape();
      // \b and \B assert, matching no character.
      const assertion = this.source[before] === 'b' || this.source[before] === 'B';
      if (assertion) return { first: new Set(), empty: true };
      return { first: one === null || one.length > 1 ? null : new Set([one]), empty: false };
    }
    const code = this.source.codePointAt(this.at - 1) as number;
    // A character beyond the basic plane is two code units of the source, and of the text: read as any.
    if (code > 0xffff) {
      this.at++;
      return { first: null, empty: false };
    }
    return { first: new Set([ch]), empty: false };
  }

  /** A quantifier after an atom: whether it lets the atom match nothing. */
  private quantifier(): boolean {
    const ch = this.peek();
    let empty = false;
    if (ch === '?' || ch === '*') [this.at, empty] = [this.at + 1, true];
    else if (ch === '+') this.at++;
    else if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(this.source.slice(this.at))) {
      const end = this.source.indexOf('}', this.at);
      empty = Number.parseInt(this.source.slice(this.at + 1), 10) === 0;
      this.at = end + 1;
    } else return false;
    // A lazy quantifier ("??", "*?") matches the same strings.
    if (this.peek() === '?') this.at++;
    return empty;
  }

  private sequence(): Part {
    let first: Set<string> | null = new Set();
    let empty = true;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.atom();
      const optional = this.quantifier() || part.empty;
      if (empty) first = join(first, part.first);
      empty &&= optional;
    }
    return { first, empty };
  }

  alternation(): Part {
    let { first, empty } = this.sequence();
    while (this.peek() === '|') {
      this.at++;
      const next = this.sequence();
      first = join(first, next.first);
      empty ||= next.empty;
    }
    return { first, empty };
  }
}

/**
 * The characters a match of `re` may begin with; null when it may begin with any (or with none,
 * matching the empty string). Written for expressions without the `i` flag, of the `u` form.
 */
export function firstLetters(re: RegExp): FirstLetters {
  if (re.ignoreCase || !re.unicode) return null;
  const { first, empty } = new Reader(re.source).alternation();
  return empty ? null : first;
}

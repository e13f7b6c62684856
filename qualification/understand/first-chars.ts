/**
 * What the first character of a match of an expression may be, read from its source, so that places
 * where it cannot begin are passed over without running it. Exact: a character the test refuses can
 * begin no match (each atom that may come first is tested with the expression's own flags); where a
 * match may be empty, or the source has a form not read here (the `v` flag), there is no test and
 * every place is tried.
 */

/** The one-character atoms a match may begin with, and whether it may be empty; null when unknown. */
interface First {
  atoms: string[];
  empty: boolean;
}

const ZERO_WIDTH: First = { atoms: [], empty: true };
const ANYTHING: First = { atoms: ['[\\s\\S]'], empty: true };

class Unknown extends Error {}

/** A small reader of RegExp source in `u` mode: alternatives, groups, lookarounds, classes, escapes, quantifiers. */
function firstOf(source: string): First {
  let i = 0;
  const peek = () => source[i];

  function alternatives(): First {
    const atoms: string[] = [];
    let empty = false;
    for (;;) {
      const seq = sequence();
      atoms.push(...seq.atoms);
      empty ||= seq.empty;
      if (peek() !== '|') return { atoms, empty };
      i++;
    }
  }

  function sequence(): First {
    const atoms: string[] = [];
    let empty = true;
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const item = quantified(atom());
      if (empty) atoms.push(...item.atoms);
      empty &&= item.empty;
    }
    return { atoms, empty };
  }

  function quantified(first: First): First {
    const c = peek();
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      i++;
    } else if (c === '+') i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
      if (!m) throw new Unknown();
      optional = Number(m[1]) === 0;
      i += m[0].length;
    } else return first;
    if (peek() === '?') i++;
    return optional ? { atoms: first.atoms, empty: true } : first;
  }

  function group(): First {
    // At "(": a lookaround is zero-width; any other group is what it holds.
    const lookaround = /^\(\?<?[=!]/.exec(source.slice(i));
    const named = /^\(\?<[\p{L}\p{N}_$]+>/u.exec(source.slice(i));
    i += lookaround ? lookaround[0].length : named ? named[0].length : source.startsWith('(?:', i) ? 3 : 1;
    const inner = alternatives();
    if (peek() !== ')') throw new Unknown();
    i++;
    return lookaround ? ZERO_WIDTH : inner;
  }

  function characterClass(): First {
    const from = i;
    i++;
    if (peek() === '^') i++;
    if (peek() === ']') i++;
    while (i < source.length && peek() !== ']') i += peek() === '\\' ? 2 : 1;
    if (peek() !== ']') throw new Unknown();
    i++;
    return { atoms: [source.slice(from, i)], empty: false };
  }

  function escape(): First {
    const rest = source.slice(i);
    // Word boundaries are zero-width; a backreference may be empty or anything.
    if (/^\\[bB]/.test(rest)) return (i += 2), ZERO_WIDTH;
    const backreference = /^\\(?:k<[^>]*>|[1-9]\d*)/.exec(rest);
    if (backreference) return (i += backreference[0].length), ANYTHING;
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[\s\S])/.exec(rest);
    if (!m) throw new Unknown();
    i += m[0].length;
    return { atoms: [m[0]], empty: false };
  }

  function atom(): First {
    const c = peek() as string;
    if (c === '(') return group();
    if (c === '[') return characterClass();
    if (c === '\\') return escape();
    if (c === '^' || c === '$') return (i++, ZERO_WIDTH);
    const point = String.fromCodePoint(source.codePointAt(i) as number);
    i += point.length;
    return { atoms: [point], empty: false };
  }

  const first = alternatives();
  if (i !== source.length) throw new Unknown();
  return first;
}

/** Characters whose answer a test remembers: letters, digits and punctuation; visitors' other characters are tested each time. */
const REMEMBERED_CHARS = 512;

const tests = new WeakMap<RegExp, ((ch: string | undefined) => boolean) | null>();

/**
 * A test of the character at a place where `re` is about to be tried (undefined past the end): false
 * when no match of `re` can begin with it. Null when every place must be tried. Built once per expression.
 */
export function firstCharTest(re: RegExp): ((ch: string | undefined) => boolean) | null {
  let test = tests.get(re);
  if (test !== undefined) return test;
  test = null;
  if (!re.flags.includes('v')) {
    try {
      const { atoms, empty } = firstOf(re.source);
      if (!empty && atoms.length > 0) {
        const gate = new RegExp(`^(?:${atoms.join('|')})`, re.flags.replace(/[gy]/g, ''));
        const seen = new Map<string, boolean>();
        test = (ch) => {
          if (ch === undefined) return false;
          let may = seen.get(ch);
          if (may === undefined) {
            may = gate.test(ch);
            if (seen.size < REMEMBERED_CHARS) seen.set(ch, may);
          }
          return may;
        };
      }
    } catch (error) {
      if (!(error instanceof Unknown)) throw error;
    }
  }
  tests.set(re, test);
  return test;
}

import type { LeadDefinition, Locale } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { escapeRegExp, type Message, type Span, type Token } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { decidingOf } from './persons.js';
import { compiledTerms } from './term-index.js';

/** How sure advice read from its words is: an inflection's, recorded but below a synonym said as written. */
const ADVICE = 0.8;

const compiled = new WeakMap<readonly string[], RegExp>();
/** Patterns as one regular expression over space-joined folded words, each whole. */
function phrases(list: readonly string[]): RegExp {
  let re = compiled.get(list);
  if (!re) {
    const body = list.map((p) => (p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}\\S*` : escapeRegExp(p))).join('|');
    compiled.set(list, (re = new RegExp(`(?:^|\\s)(?:${body || '(?!)'})(?=\\s|$)`, 'u')));
  }
  return re;
}

/** The message's clauses, as runs of tokens between signs that end one. */
function clauses(message: Message): Token[][] {
  const runs: Token[][] = [[]];
  message.tokens.forEach((t, i) => {
    const previous = message.tokens[i - 1];
    if (previous && /[,.;:!?\n–—]/.test(message.folded.slice(previous.end, t.start))) runs.push([]);
    (runs.at(-1) as Token[]).push(t);
  });
  return runs.filter((r) => r.length > 0);
}

/**
 * A clause of the visitor's advice: a word of recommending with the visitor's word beside it ("I'll
 * put it to the MD", "mun ehdotuksen mukaan"), or one whose ending says the visitor ("jak mu
 * doradzę", "suosittelen"). Not negated.
 */
function adviceClause(clause: Token[], message: Message, pack: LocalePack): boolean {
  const { advice } = pack.people;
  const text = clause.map((t) => t.text).join(' ');
  if (clause.some((t) => pack.lexicon.negations.has(t.text))) return false;
  const said = clause.map((t) => message.original.slice(t.start, t.end).toLowerCase());
  if (said.some((w) => advice.own.includes(w))) return true;
  return phrases(advice.advises).test(text) && phrases(advice.mine).test(text);
}

/**
 * Asked who decides, with an option for recommending, the visitor's advice said in their own words
 * beside someone else's decision ("pomo, mutta se menee yleensä mun ehdotuksen mukaan", "szef,
 * ale zwykle robi tak, jak mu doradzę", "I'll put it to the MD, he has the final say") answers that option: a hit over the advice, for the joint reading to
 * weigh. Not where the visitor's own say is named outside it.
 */
export function adviceHits(hits: readonly ChoiceHit[], definition: LeadDefinition, message: Message, pack: LocalePack, asking: string | null, locale: Locale): ChoiceHit[] {
  const criterion = definition.criteria.find((c) => c.id === asking);
  if (!criterion || criterion.category !== 'person' || criterion.type !== 'choice') return [];
  const implied = impliedConcepts(definition);
  const option = criterion.options.find((o) => decidingOf(o, implied) === 'i_recommend');
  if (!option || hits.some((h) => h.term.option === option)) return [];
  const found = clauses(message).find((c) => adviceClause(c, message, pack));
  if (!found) return [];
  const span: Span = { start: (found[0] as Token).start, end: (found.at(-1) as Token).end };
  const outside = (h: ChoiceHit) => h.end <= span.start || h.start >= span.end;
  if (hits.some((h) => h.term.criterion === criterion && decidingOf(h.term.option, implied) === 'i_decide' && outside(h))) return [];
  const term = compiledTerms(definition, locale).terms.find((t) => t.option === option && t.own);
  return term ? [{ ...span, term, confidence: ADVICE, level: 'inflected' }] : [];
}

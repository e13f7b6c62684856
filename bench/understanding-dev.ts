import type { Answer, AnswerValue } from '../qualification/answer.js';
import { Locale, type LeadDefinition } from '../qualification/definition/schema.js';
import { devFolderOf, devSellers, loadDevDefinition, loadDevSet } from './understanding/dev-set.js';
import { details, figuresLine } from './understanding/figure-lines.js';
import { judge, measureHeldOut, sameValue, type HeldOutFigures } from './understanding/heldout.js';
import { mismatches, type HeldOutItem, type HeldOutSet } from './understanding/heldout-set.js';

/**
 * `npm run bench:understanding:dev`: the dev sets (bench/dev/<seller>/, tuning material written blind),
 * judged exactly as `npm run bench:understanding` judges the held-out sets (same loader schema, same
 * `judge`), but printing EVERY failing row with the visitor's words, since tuners may read these.
 * Per seller and locale: items understood per category, facts recorded and right, and
 * `dev <seller> <locale>: understood …% precision …% (n=…)`; then each failing row: locale, the
 * criterion asked, the text, the facts expected and recorded, and why it fails —
 * not understood (the asked fact not recorded right, or a fallback / "did you mean"), wrong (a recorded
 * fact that is not expected), missing (an expected fact volunteered beside the answer not recorded;
 * it lowers neither figure). The aggregate lines are printed again last. Figures here are not results.
 */
const show = (value: AnswerValue) => (Array.isArray(value) ? `[${value.join(', ')}]` : JSON.stringify(value));
const facts = (entries: [string, AnswerValue][]) => (entries.length ? entries.map(([id, v]) => `${id}=${show(v)}`).join(' ') : '—');

const line = (label: string, f: HeldOutFigures) => figuresLine(`dev ${label}`, f);

function verdicts(item: HeldOutItem, recorded: Answer[], understood: boolean, fellBack: boolean, confirming: boolean): string[] {
  const why: string[] = [];
  if (!understood) {
    const how = confirming ? ' (asked back)' : fellBack ? " (didn't catch that)" : '';
    why.push(`not understood${how}`);
  }
  if (recorded.some((a) => item.expect[a.criterionId] === undefined || !sameValue(item.expect[a.criterionId]!, a.value))) why.push('wrong');
  const volunteered = Object.entries(item.expect).filter(([id]) => id !== item.ask);
  if (volunteered.some(([id, v]) => !recorded.some((a) => a.criterionId === id && sameValue(v, a.value)))) why.push('missing');
  return why;
}

function failingRows(definition: LeadDefinition, set: HeldOutSet): string[] {
  return set.items.flatMap((item, n) => {
    const { answers: recorded, understood, fellBack, confirming } = judge(definition, set, item);
    const why = verdicts(item, recorded, understood, fellBack, confirming);
    if (!why.length) return [];
    const earlier = Object.keys(item.earlier).length ? ` earlier: ${facts(Object.entries(item.earlier))}` : '';
    return [
      `  ${set.locale} #${n + 1} ask ${item.ask}${item.directive ? ' (directive)' : ''}: ${why.join(', ')}`,
      `      text:     ${JSON.stringify(item.text)}${earlier}`,
      `      expected: ${facts(Object.entries(item.expect))}`,
      `      recorded: ${facts(recorded.map((a) => [a.criterionId, a.value]))}`,
    ];
  });
}

const summary: string[] = [];
for (const seller of devSellers()) {
  const definition = loadDevDefinition(seller);
  const sets = Locale.options.map((locale) => {
    const set = loadDevSet(seller, locale);
    const wrong = mismatches(definition, set);
    if (wrong.length) throw new Error(`${devFolderOf(seller)}answers.${locale}.yaml does not fit its lean definition:\n${wrong.join('\n')}`);
    return set;
  });
  const figures = sets.map((set) => measureHeldOut(definition, set));
  console.log(`dev set ${seller} (${devFolderOf(seller)}, tuning material, NOT held-out), per category of the criterion asked:`);
  for (const f of figures) console.log(`  ${details(f)}`);
  const lines = figures.map((f) => line(`${seller} ${f.locale}`, f));
  for (const l of lines) console.log(l);
  console.log(`failing rows of dev set ${seller}:`);
  for (const set of sets) for (const row of failingRows(definition, set)) console.log(row);
  summary.push(...lines);
}
console.log('summary (dev sets: tuning material, not results):');
for (const l of summary) console.log(l);

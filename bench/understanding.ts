import { Category, Locale } from '../qualification/definition/schema.js';
import { measureHeldOut, type HeldOutFigures } from './understanding/heldout.js';
import { loadHeldOutSet, loadLeanDefinition, mismatches } from './understanding/heldout-set.js';

/**
 * `npm run bench:understanding`: understanding measured on what nobody tuned on — a lean definition
 * of another seller and visitor answers per locale in bench/heldout/ (never opened by whoever tunes
 * understanding; see the note at the top of each file). Every answer goes through the engine
 * (`begin`, then `turn` with the conversation asking its criterion), so engine rules count too.
 * Prints aggregate figures only, never a phrase. Targets (issue 12): understood ≥ 90 % and
 * precision ≥ 98 % in every locale.
 *
 * understood: the asked criterion's expected value recorded in that turn, with no "didn't catch that"
 * and no "did you mean …?"; for a skip, why, question or small talk: nothing recorded, no fallback.
 * precision: recorded facts (asked and volunteered) equal to an expected fact / all recorded facts.
 */
const pct = (part: number, whole: number) => `${((whole ? part / whole : 1) * 100).toFixed(1)}%`;

function details(f: HeldOutFigures): string {
  const categories = [...Category.options, 'not an answer']
    .flatMap((name) => {
      const t = f.byCategory.get(name);
      return t ? [`${name} ${t.understood}/${t.items}`] : [];
    })
    .join(', ');
  return `${f.locale}: understood ${categories}; facts recorded ${f.recorded}, right ${f.right}`;
}

const definition = loadLeanDefinition();
const figures = Locale.options.map((locale) => {
  const set = loadHeldOutSet(locale);
  const wrong = mismatches(definition, set);
  if (wrong.length) throw new Error(`bench/heldout/answers.${locale}.yaml does not fit the lean definition:\n${wrong.join('\n')}`);
  return measureHeldOut(definition, set);
});

console.log('held-out set (bench/heldout/, lean definition, never tuned on), per category of the criterion asked:');
for (const f of figures) console.log(`  ${details(f)}`);
for (const f of figures) {
  console.log(`understanding ${f.locale}: understood ${pct(f.understood, f.items)} precision ${pct(f.right, f.recorded)} (n=${f.items})`);
}

import { Locale } from '../qualification/definition/schema.js';
import { details, figuresLine } from './understanding/figure-lines.js';
import { measureHeldOut, type HeldOutFigures } from './understanding/heldout.js';
import { addTally, tallyLine } from './understanding/wrong-facts.js';
import { folderOf, HeldOutSource, loadHeldOutSet, loadLeanDefinition, mismatches } from './understanding/heldout-set.js';

/**
 * `npm run bench:understanding`: understanding measured on what nobody tuned on — three held-out sets,
 * each a lean definition of another made-up seller and visitor answers per locale (never opened by
 * whoever tunes understanding; see the note at the top of each file): set 1 in bench/heldout/ (payroll,
 * measured many times while understanding was tuned, so no longer a clean measure), set 2 in
 * bench/heldout/set2/ (fleet telematics, written later, before any tuning against it) and set 3 in
 * bench/heldout/set3/ (restaurant inventory, written by someone who never read the engine). Every answer
 * goes through the engine (`begin`, then `turn` with the conversation asking its criterion), so engine
 * rules count too. Prints aggregate figures only, never a phrase: per set, per locale and category,
 * then `understanding <locale> (set N): …` per set, and last the line per locale over all
 * sets together, `understanding fi: understood 92.5% precision 99.0% (n=302)` (items and recorded
 * facts summed, so the bigger set weighs more). Targets (issue 12): understood ≥ 90 % and precision
 * ≥ 98 % in every locale.
 *
 * understood: the asked criterion's expected value recorded in that turn, with no "didn't catch that"
 * and no "did you mean …?"; for a skip, why, question or small talk: nothing recorded, no fallback.
 * precision: recorded facts (asked and volunteered) equal to an expected fact / all recorded facts.
 */
const line = (locale: string, f: Pick<HeldOutFigures, 'items' | 'understood' | 'recorded' | 'right'>) => figuresLine(`understanding ${locale}`, f);

function measure(source: HeldOutSource): HeldOutFigures[] {
  const definition = loadLeanDefinition(source);
  return Locale.options.map((locale) => {
    const set = loadHeldOutSet(locale, source);
    const wrong = mismatches(definition, set);
    if (wrong.length) throw new Error(`${folderOf(source)}answers.${locale}.yaml does not fit its lean definition:\n${wrong.join('\n')}`);
    return measureHeldOut(definition, set);
  });
}

const bySet = HeldOutSource.options.map((source) => ({ source, figures: measure(source) }));

for (const { source, figures } of bySet) {
  console.log(`held-out ${source} (${folderOf(source)}, lean definition, never tuned on), per category of the criterion asked:`);
  for (const f of figures) console.log(`  ${details(f)}`);
  for (const f of figures) console.log(line(`${f.locale} (${source})`, f));
}
// Which kinds of fact go wrong (aggregate classes, no words, no criterion ids): where precision is lost.
for (const { source, figures } of bySet) for (const f of figures) console.log(`  wrong facts ${f.locale} (${source}): ${tallyLine(f.wrongByClass) || 'none'}`);
for (const locale of Locale.options) {
  const all = new Map<string, number>();
  for (const { figures } of bySet) addTally(all, figures.find((f) => f.locale === locale)!.wrongByClass);
  console.log(`  wrong facts ${locale}: ${tallyLine(all) || 'none'}`);
}
const rightAll = new Map<string, number>();
for (const { figures } of bySet) for (const f of figures) addTally(rightAll, f.rightByClass);
console.log(`  right facts, all locales and sets: ${tallyLine(rightAll)}`);
for (const locale of Locale.options) {
  const all = bySet.map(({ figures }) => figures.find((f) => f.locale === locale)!);
  const sum = (key: 'items' | 'understood' | 'recorded' | 'right') => all.reduce((total, f) => total + f[key], 0);
  console.log(line(locale, { items: sum('items'), understood: sum('understood'), recorded: sum('recorded'), right: sum('right') }));
}

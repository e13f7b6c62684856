import { Category } from '../../qualification/definition/schema.js';
import type { HeldOutFigures } from './heldout.js';

/** A share as a percentage with one decimal; a share of nothing counts as whole. */
const pct = (part: number, whole: number) => `${((whole ? part / whole : 1) * 100).toFixed(1)}%`;

/** One locale's items understood per category of the criterion asked, and its facts recorded and right. */
export function details(f: HeldOutFigures): string {
  const categories = [...Category.options, 'not an answer']
    .flatMap((name) => {
      const t = f.byCategory.get(name);
      return t ? [`${name} ${t.understood}/${t.items}`] : [];
    })
    .join(', ');
  return `${f.locale}: understood ${categories}; facts recorded ${f.recorded}, right ${f.right}`;
}

/** `<name>: understood …% precision …% (n=…)`, the line issue 12's targets are read from. */
export const figuresLine = (name: string, f: Pick<HeldOutFigures, 'items' | 'understood' | 'recorded' | 'right'>) =>
  `${name}: understood ${pct(f.understood, f.items)} precision ${pct(f.right, f.recorded)} (n=${f.items})`;

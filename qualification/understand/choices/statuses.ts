import type { Concept } from '../../definition/concepts.js';
import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceCriterion } from './terms.js';

/** Where a visitor stands who holds no job: a student, someone looking for work, a pensioner. */
const STATUSES = ['student', 'job_hunting', 'retired'] as const satisfies readonly Concept[];

/**
 * Asked their job, a visitor who says they are a student ("opiskelen agrologiksi", "studentka
 * rolnictwa"), looking for work or retired names something of the question's kind no option lists:
 * the catch-all's, unless an option means that status itself (`means: [student]`).
 */
export function statusWordsFor(criterion: ChoiceCriterion, pack: LocalePack): readonly string[] {
  return STATUSES.filter((status) => !criterion.options.some((o) => o.means?.includes(status))).flatMap((status) => pack.concepts[status]);
}

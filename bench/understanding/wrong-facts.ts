import type { Answer, AnswerValue } from '../../qualification/answer.js';
import type { Criterion } from '../../qualification/definition/schema.js';

/**
 * The shape of a wrong recorded fact, as an aggregate class that carries neither the visitor's
 * words nor a criterion id, so tuners may read it: the criterion's category and type (a timeline
 * or country choice said so), whether it answered the question asked or was volunteered, and how
 * it was wrong — a fact where the reader expected none, another value, or part / more of a
 * pick-several answer — with its confidence (which tells the rule that read it). Chooses what to work on without opening the set.
 */
export function wrongFactClass(criterion: Criterion | undefined, answer: Answer, asked: boolean, want: AnswerValue | undefined, nothingExpected: boolean): string {
  const how = (() => {
    if (want === undefined) return nothingExpected ? 'fact in a non-answer' : 'no fact expected';
    if (Array.isArray(want) && Array.isArray(answer.value)) {
      const got = answer.value;
      if (got.every((v) => want.includes(v))) return 'part of several';
      if (want.every((v) => got.includes(v))) return 'more than said';
    }
    return 'other value';
  })();
  return `${factClass(criterion, answer, asked)}: ${how}`;
}

/** The class of any recorded fact, right or wrong, with its confidence (which tells the rule that read it). */
export function factClass(criterion: Criterion | undefined, answer: Answer, asked: boolean): string {
  const kind = criterion?.type ?? '?';
  const shape =
    criterion && (criterion.type === 'choice' || criterion.type === 'multi')
      ? criterion.options.some((o) => o.months)
        ? '/timeline'
        : criterion.options.some((o) => o.country)
          ? '/country'
          : ''
      : '';
  return `${criterion?.category ?? '?'} ${kind}${shape} ${asked ? 'asked' : 'volunteered'} ${answer.confidence.toFixed(2)}`;
}

/** "class ×n" per class, most frequent first, for one line of the bench's output. */
export function tallyLine(tally: ReadonlyMap<string, number>): string {
  return [...tally]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} ×${n}`)
    .join('; ');
}

export function addTally(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [name, n] of from) into.set(name, (into.get(name) ?? 0) + n);
}

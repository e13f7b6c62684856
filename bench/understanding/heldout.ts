import type { Answer, AnswerValue } from '../../qualification/answer.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { ConversationState, type TurnResult } from '../../bot/conversation.js';
import { copyFor } from '../../qualification/locales/index.js';
import { begin, turn } from '../../bot/engine/turn.js';
import type { HeldOutItem, HeldOutSet } from './heldout-set.js';
import { factClass, wrongFactClass } from './wrong-facts.js';

/** Aggregate figures only: tuners run this, so nothing here may carry the visitor's words. */
export interface Tally {
  items: number;
  understood: number;
}

export interface HeldOutFigures extends Tally {
  locale: string;
  /** Facts the engine recorded (asked and volunteered), and those equal to an expected fact. */
  recorded: number;
  right: number;
  /** Per category of the criterion asked; "not an answer" for items that expect no facts. */
  byCategory: Map<string, Tally>;
  /** Wrong recorded facts per aggregate class (see `wrongFactClass`): no words, no criterion ids. */
  wrongByClass: Map<string, number>;
  /** Right recorded facts per class (`factClass`), to weigh what asking back a class would cost. */
  rightByClass: Map<string, number>;
}

export const sameValue = (a: AnswerValue, b: AnswerValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v) => b.includes(v)) : a === b;

/**
 * The conversation as the engine would hold it while asking `item.ask`: begun, earlier answers in
 * place, and consent given when the question is for contact details.
 */
function askingState(definition: LeadDefinition, set: HeldOutSet, item: HeldOutItem, now: Date): ConversationState {
  const begun = begin(definition, { locale: set.locale, previousAnswers: [], variants: {} }, now).state;
  const contact = definition.criteria.find((c) => c.id === item.ask)?.category === 'contact';
  const at = now.toISOString();
  const answers = Object.fromEntries(
    Object.entries(item.earlier).map(([criterionId, value]) => [criterionId, { criterionId, value, raw: String(value), source: 'asked', confidence: 1, at }]),
  );
  return ConversationState.parse({
    ...begun,
    phase: contact ? 'contact' : 'qualifying',
    consent: contact ? 'granted' : begun.consent,
    asking: item.ask,
    answers,
  });
}

/** "Didn't catch that": the engine's not-understood event (contract C10), or a reply opening with a fallback line. */
function fellBack(result: TurnResult, set: HeldOutSet): boolean {
  const openers = copyFor(set.locale).notCaught;
  return result.events.some((e) => e.type === 'answer_not_understood') || result.replies.some((r) => openers.some((o) => r.text.startsWith(o)));
}

/** One item's verdict. `answers` carry the visitor's words: only the dev sets' report shows them. */
export interface Judgement {
  recorded: number;
  answers: Answer[];
  /** Recorded facts equal to an expected fact. */
  right: number;
  understood: boolean;
  /** "Didn't catch that", or "did you mean …?" (a confirmation pending). */
  fellBack: boolean;
  confirming: boolean;
  wrong: string[];
  rightClasses: string[];
}

export function judge(definition: LeadDefinition, set: HeldOutSet, item: HeldOutItem): Judgement {
  const now = new Date(set.now);
  const result = turn(definition, askingState(definition, set, item, now), { text: item.text }, now);
  const recorded: Answer[] = result.events.flatMap((e) => (e.type === 'answer_recorded' ? [e.answer] : []));
  const isRight = (a: Answer) => {
    const want = item.expect[a.criterionId];
    return want !== undefined && sameValue(want, a.value);
  };
  const right = recorded.filter(isRight).length;
  const want = item.expect[item.ask];
  const nothingExpected = want === undefined;
  const wrong = recorded
    .filter((a) => !isRight(a))
    .map((a) => wrongFactClass(definition.criteria.find((c) => c.id === a.criterionId), a, a.criterionId === item.ask, item.expect[a.criterionId], nothingExpected));
  const confirming = result.state.pending !== null;
  const fell = fellBack(result, set);
  const understood =
    want === undefined
      ? recorded.length === 0 && !confirming && (item.directive || !fell)
      : recorded.some((a) => a.criterionId === item.ask && sameValue(want, a.value)) && !confirming && !fell;
  const rightClasses = recorded.filter(isRight).map((a) => factClass(definition.criteria.find((c) => c.id === a.criterionId), a, a.criterionId === item.ask));
  return { recorded: recorded.length, answers: recorded, right, understood, fellBack: fell, confirming, wrong, rightClasses };
}

/** Runs every item through `begin` and `turn`, one fresh conversation per item. */
export function measureHeldOut(definition: LeadDefinition, set: HeldOutSet): HeldOutFigures {
  const figures: HeldOutFigures = { locale: set.locale, items: 0, understood: 0, recorded: 0, right: 0, byCategory: new Map(), wrongByClass: new Map(), rightByClass: new Map() };
  for (const item of set.items) {
    const { recorded, right, understood, wrong, rightClasses } = judge(definition, set, item);
    for (const name of rightClasses) figures.rightByClass.set(name, (figures.rightByClass.get(name) ?? 0) + 1);
    for (const name of wrong) figures.wrongByClass.set(name, (figures.wrongByClass.get(name) ?? 0) + 1);
    const category = item.expect[item.ask] === undefined ? 'not an answer' : (definition.criteria.find((c) => c.id === item.ask)?.category ?? '?');
    const tally = figures.byCategory.get(category) ?? { items: 0, understood: 0 };
    figures.byCategory.set(category, { items: tally.items + 1, understood: tally.understood + Number(understood) });
    figures.items += 1;
    figures.understood += Number(understood);
    figures.recorded += recorded;
    figures.right += right;
  }
  return figures;
}

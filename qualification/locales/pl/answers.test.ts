import { leanDefinition } from '../../../test/support/lean-definition.js';
import { describeAnswers, type AnswerRow } from '../../understand/answers.table.js';

/**
 * Polish replies to a yes/no question as prospects type them, to set 1's lean definition (Tilli; its
 * held-out answers are never opened): the yes and no words of this pack, spoken forms included.
 */
const rows: AnswerRow[] = [
  ['shift_workers', 'mamy', 'yes'],
  ['shift_workers', 'tak, mamy', 'yes'],
  ['shift_workers', 'są', 'yes'],
  ['shift_workers', 'sa', 'yes'],
  ['shift_workers', 'jest kilku', 'yes'],
  ['shift_workers', 'no pewnie', 'yes'],
  ['shift_workers', 'no jasne', 'yes'],
  ['shift_workers', 'zdecydowanie tak', 'yes'],
  ['shift_workers', 'raczej tak', 'yes'],
  ['shift_workers', 'tak jest', 'yes'],
  ['shift_workers', 'taa', 'yes'],
  ['shift_workers', 'nie mamy', 'no'],
  ['shift_workers', 'nie ma', 'no'],
  ['shift_workers', 'nie ma takich', 'no'],
  ['shift_workers', 'nikt', 'no'],
  ['shift_workers', 'raczej nie', 'no'],
  ['shift_workers', 'zdecydowanie nie', 'no'],
  ['shift_workers', 'nie, wszyscy na etacie', 'no'],
  ['shift_workers', 'no nie', 'no'],
  ['shift_workers', 'niee', 'no'],
  ['shift_workers', 'ano tak', 'yes'],
  ['shift_workers', 'owszem', 'yes'],
  ['shift_workers', 'jak najbardziej', 'yes'],
];

describeAnswers('Polish yes and no to the lean definition', 'pl', leanDefinition(), rows);

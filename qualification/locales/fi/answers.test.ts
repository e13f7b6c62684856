import { leanDefinition } from '../../../test/support/lean-definition.js';
import { describeAnswers, type AnswerRow } from '../../understand/answers.table.js';

/**
 * Finnish replies to a yes/no question as prospects type them, to set 1's lean definition (Tilli; its
 * held-out answers are never opened): the yes and no words of this pack, spoken forms included.
 */
const rows: AnswerRow[] = [
  ['shift_workers', 'on', 'yes'],
  ['shift_workers', 'On.', 'yes'],
  ['shift_workers', 'kyllä on', 'yes'],
  ['shift_workers', 'on meillä', 'yes'],
  ['shift_workers', 'löytyy', 'yes'],
  ['shift_workers', 'joo löytyy', 'yes'],
  ['shift_workers', 'ei oo', 'no'],
  ['shift_workers', 'ei löydy', 'no'],
  ['shift_workers', 'ei ole', 'no'],
  ['shift_workers', 'ei meillä', 'no'],
  ['shift_workers', 'on muutama', 'yes'],
  ['shift_workers', 'jep', 'yes'],
  ['shift_workers', 'joo on', 'yes'],
  ['shift_workers', 'kylla', 'yes'],
  ['shift_workers', 'ei oikeastaan', 'no'],
  ['shift_workers', 'eipä oikeastaan', 'no'],
  ['shift_workers', 'ei yhtään', 'no'],
  ['shift_workers', 'ei ketään', 'no'],
  ['shift_workers', 'juu', 'yes'],
  ['shift_workers', 'jees', 'yes'],
  ['shift_workers', 'no on', 'yes'],
  ['shift_workers', 'tottakai', 'yes'],
  ['shift_workers', 'ehdottomasti', 'yes'],
  ['shift_workers', 'ei tosiaan', 'no'],
  ['shift_workers', 'eipä juuri', 'no'],
];

describeAnswers('Finnish yes and no to the lean definition', 'fi', leanDefinition(), rows);

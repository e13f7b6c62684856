import { leanDefinition } from '../../../test/support/lean-definition.js';
import { describeRecordedFacts, type FactsRow } from '../../../test/support/engine-facts.js';
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
  // "No" opening a Polish reply is a filler ("well"), not the English no mixed in.
  ['shift_workers', 'no jest', 'yes'],
  ['shift_workers', 'no są', 'yes'],
  ['shift_workers', 'no mamy', 'yes'],
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

/** Who they are and who decides, in the forms Polish speakers use: feminine titles, the instrumental, "-owa" adjectives. */
const people: FactsRow[] = [
  ['role', 'jestem właścicielką', { role: 'owner' }],
  ['role', 'właścicielka salonu', { role: 'owner' }],
  ['role', 'prowadzę własną firmę', { role: 'owner' }, 'not yet'],
  ['role', 'jestem przedsiębiorcą', { role: 'owner' }],
  ['role', 'założycielka', { role: 'owner' }],
  ['role', 'prezeska zarządu', { role: 'owner' }],
  ['role', 'jestem szefem', { role: 'owner' }, 'not yet'],
  ['role', 'kadrowa', { role: 'hr' }],
  ['role', 'pracuję w kadrach', { role: 'hr' }],
  ['role', 'kierowniczka kadr', { role: 'hr' }],
  ['role', 'specjalistka ds. kadr', { role: 'hr' }],
  ['role', 'jestem kadrową', { role: 'hr' }],
  ['role', 'księgowa', { role: 'finance' }],
  ['role', 'jestem księgową', { role: 'finance' }],
  ['role', 'dyrektorka finansowa', { role: 'finance' }],
  ['role', 'główny księgowy', { role: 'finance' }],
  ['role', 'zajmuję się płacami', { role: 'payroll' }, 'not yet'],
  ['role', 'specjalistka ds. płac', { role: 'payroll' }],
  ['role', 'robię listy płac', { role: 'payroll' }],
  ['role', 'jestem sekretarką', { role: 'office_manager' }],
  ['role', 'asystentka', { role: 'office_manager' }],
  ['role', 'pracuję w biurze jako asystentka', { role: 'office_manager' }],
  ['role', 'kierowniczka biura', { role: 'office_manager' }],
  ['role', 'jestem zwykłym pracownikiem', { role: 'other_role' }],
  ['decision_power', 'ja', { decision_power: 'decide' }, 'not yet'],
  ['decision_power', 'decyduję sama', { decision_power: 'decide' }],
  ['decision_power', 'to moja decyzja', { decision_power: 'decide' }],
  ['decision_power', 'sama decyduję', { decision_power: 'decide' }],
  ['decision_power', 'decyzja należy do mnie', { decision_power: 'decide' }],
  ['decision_power', 'ja podejmuję decyzję', { decision_power: 'decide' }],
  ['decision_power', 'razem ze wspólniczką', { decision_power: 'together' }, 'not yet'],
  ['decision_power', 'wspólnie z mężem', { decision_power: 'together' }],
  ['decision_power', 'decydujemy razem', { decision_power: 'together' }, 'not yet'],
  ['decision_power', 'rekomenduję szefowi', { decision_power: 'recommend' }],
  ['decision_power', 'przygotowuję propozycję dla zarządu', { decision_power: 'recommend' }],
  ['decision_power', 'proponuję, a szef decyduje', { decision_power: 'recommend' }, 'not yet'],
  ['decision_power', 'szefowa', { decision_power: 'someone_else' }],
  ['decision_power', 'decyduje szefowa', { decision_power: 'someone_else' }],
  ['decision_power', 'prezes', { decision_power: 'someone_else' }],
  ['decision_power', 'właściciel', { decision_power: 'someone_else' }],
  ['decision_power', 'mój szef', { decision_power: 'someone_else' }],
  ['decision_power', 'to nie moja decyzja', { decision_power: 'someone_else' }],
  ['decision_power', 'decyduje zarząd', { decision_power: 'someone_else' }],
  ['decision_power', 'nie ja', { decision_power: 'someone_else' }, 'not yet'],
];

describeRecordedFacts('Polish roles and deciders, through the engine, on the lean definition', 'pl', people);

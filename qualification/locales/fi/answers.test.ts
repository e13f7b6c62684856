import { leanDefinition } from '../../../test/support/lean-definition.js';
import { describeRecordedFacts, type FactsRow } from '../../../test/support/engine-facts.js';
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

/** Who they are and who decides, in the forms Finnish speakers use: essives, puhekieli, compounds. */
const people: FactsRow[] = [
  ['role', 'omistan firman', { role: 'owner' }, 'not yet'],
  ['role', 'olen yrityksen omistaja', { role: 'owner' }],
  ['role', 'toimitusjohtajana', { role: 'owner' }],
  ['role', 'perustajana', { role: 'owner' }],
  ['role', 'mä oon yrittäjä', { role: 'owner' }],
  ['role', 'tj', { role: 'owner' }],
  ['role', 'henkilöstöpäällikkönä', { role: 'hr' }],
  ['role', 'hr-päällikkö', { role: 'hr' }],
  ['role', 'teen HR-hommia', { role: 'hr' }],
  ['role', 'talouspäällikkönä', { role: 'finance' }],
  ['role', 'olen controller', { role: 'finance' }],
  ['role', 'palkanlaskijana', { role: 'payroll' }],
  ['role', 'palkkasihteerinä', { role: 'payroll' }],
  ['role', 'hoidan palkat', { role: 'payroll' }],
  ['role', 'mä hoidan palkanlaskennan', { role: 'payroll' }, 'not yet'],
  ['role', 'toimistosihteeri', { role: 'office_manager' }],
  ['role', 'assistenttina', { role: 'office_manager' }],
  ['role', 'olen toimistopäällikkö', { role: 'office_manager' }],
  ['role', 'tavallinen työntekijä', { role: 'other_role' }],
  ['decision_power', 'mä päätän', { decision_power: 'decide' }],
  ['decision_power', 'minä itse', { decision_power: 'decide' }],
  ['decision_power', 'päätän ite', { decision_power: 'decide' }],
  ['decision_power', 'minulla on päätösvalta', { decision_power: 'decide' }],
  ['decision_power', 'yhdessä osakkaan kanssa', { decision_power: 'together' }],
  ['decision_power', 'yhdessä osakkaiden kanssa', { decision_power: 'together' }],
  ['decision_power', 'päätetään yhdessä', { decision_power: 'together' }],
  ['decision_power', 'suosittelen johdolle', { decision_power: 'recommend' }],
  ['decision_power', 'teen ehdotuksen', { decision_power: 'recommend' }],
  ['decision_power', 'valmistelen ja toimitusjohtaja päättää', { decision_power: 'recommend' }],
  ['decision_power', 'esimies', { decision_power: 'someone_else' }],
  ['decision_power', 'esimieheni', { decision_power: 'someone_else' }],
  ['decision_power', 'johto', { decision_power: 'someone_else' }],
  ['decision_power', 'pomo päättää', { decision_power: 'someone_else' }],
  ['decision_power', 'toimitusjohtaja', { decision_power: 'someone_else' }],
  ['decision_power', 'omistaja päättää', { decision_power: 'someone_else' }],
  ['decision_power', 'en minä', { decision_power: 'someone_else' }, 'not yet'],
  ['decision_power', 'hallitus päättää', { decision_power: 'someone_else' }],
];

describeRecordedFacts('Finnish roles and deciders, through the engine, on the lean definition', 'fi', people);

import type { OccupationWords } from '../pack.js';

/** ISCO-08 (SSYK 2012) groups in Swedish (see `OccupationWords`); the function's professionals sit with its managers. */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['vd', 'verkställande direktör', 'ägare', 'delägare', 'grundare', 'medgrundare', 'företagare', 'egenföretagare', 'CEO', 'ägare och vd'],
    '1.2.1.1': ['ekonomichef', 'ekonomiansvarig', 'ekonomidirektör', 'finanschef', 'CFO', 'controller', 'redovisningsekonom', 'redovisningsansvarig', 'redovisningschef', 'ekonomiassistent', 'bokförare'],
    '1.2.1.2': ['HR-chef', 'personalchef', 'HR-ansvarig', 'personalansvarig', 'HR-direktör', 'HR-specialist', 'HR-generalist', 'HR-konsult', 'HR-partner', 'personalhandläggare', 'rekryterare'],
    '1.3.2.1': ['produktionschef', 'fabrikschef'],
    '1.3.3.0': ['IT-chef', 'CTO', 'CIO'],
    '1.4.1.2': ['restaurangchef'],
    '1.4.2.0': ['butikschef', 'butiksansvarig'],
    '3.3.4.1': ['kontorschef', 'kontorsansvarig', 'kontorskoordinator', 'office manager'],
    '4.1.1.0': ['administratör', 'kontorsadministratör', 'kontorist'],
    '4.1.2.0': ['assistent', 'sekreterare', 'ledningsassistent', 'vd-assistent', 'chefsassistent'],
    '4.2.2.6': ['receptionist'],
    '4.3.1.3': ['lönespecialist', 'löneadministratör', 'lönehandläggare', 'löneansvarig', 'lönekonsult', 'löneassistent'],
    '5.1.2.0': ['kock', 'köksmästare'],
  },
  work: {
    '1.1.2.0': ['äger', 'driver företaget', 'driver bolaget', 'eget företag', 'egen firma', 'äger företaget', 'äger bolaget'],
    '1.2.1.1': ['ekonomi', 'ekonomin', 'ekonomifrågor', 'redovisning', 'bokföring', 'ekonomiavdelningen'],
    '1.2.1.2': ['HR', 'personal', 'personalfrågor', 'personalfrågorna', 'HR-frågor', 'HR-avdelningen', 'personalavdelningen', 'rekrytering'],
    '4.1.1.0': ['administration', 'administrationen', 'kontoret'],
    '4.3.1.3': ['lönerna', 'lönehantering', 'lönehanteringen', 'lönefrågor', 'lönearbetet', 'löneadministration', 'löneutbetalningar'],
  },
};

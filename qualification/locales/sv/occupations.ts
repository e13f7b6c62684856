import type { OccupationWords } from '../pack.js';

/**
 * ISCO-08 (SSYK 2012) groups in Swedish (see `OccupationWords`); the function's professionals and
 * staff sit with its managers (IT support with IT managers, arbetsledare and planerare with the
 * service managers who run the field work), and craft, repair and installation work (7) is one group.
 */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['vd', 'verkställande direktör', 'ägare', 'delägare', 'grundare', 'medgrundare', 'företagare', 'egenföretagare', 'CEO', 'ägare och vd', 'firmaägare', 'företagsledare', 'styrelseordförande'],
    '1.2.1.1': ['ekonomichef', 'ekonomiansvarig', 'ekonomidirektör', 'finanschef', 'CFO', 'controller', 'redovisningsekonom', 'redovisningsansvarig', 'redovisningschef', 'ekonomiassistent', 'bokförare'],
    '1.2.1.2': ['HR-chef', 'personalchef', 'HR-ansvarig', 'personalansvarig', 'HR-direktör', 'HR-specialist', 'HR-generalist', 'HR-konsult', 'HR-partner', 'personalhandläggare', 'rekryterare'],
    '1.2.2.1': ['försäljningschef', 'säljchef', 'marknadschef', 'marknadsansvarig', 'försäljningsansvarig', 'säljansvarig', 'säljare', 'kundansvarig', 'affärsutvecklare', 'kommersiell chef'],
    '1.2.2.1.1': ['e-handelschef', 'e-handelsansvarig', 'e-handelsspecialist', 'e-handelskoordinator', 'e-handelsdirektör', 'digitalchef', 'webbansvarig', 'webbutiksansvarig', 'webbutikschef', 'onlinechef', 'e-commerce manager', 'head of e-commerce'],
    '1.3.2.1': ['produktionschef', 'fabrikschef'],
    '1.3.2.3': ['byggchef', 'projektledare', 'projektchef', 'entreprenadchef'],
    '1.3.2.4': ['inköpschef', 'inköpsansvarig', 'inköpare'],
    '1.3.2.4.1': ['logistikchef', 'logistikansvarig', 'transportchef', 'transportansvarig', 'fordonsansvarig', 'lagerchef', 'lageransvarig', 'skiftledare', 'skiftchef'],
    '1.3.3.0': ['IT-chef', 'CTO', 'CIO', 'IT-ansvarig', 'IT-tekniker', 'IT-support', 'systemansvarig', 'systemadministratör', 'IT-administratör', 'utvecklare', 'systemutvecklare', 'programmerare', 'IT-konsult'],
    '1.4.1.1': ['hotellchef'],
    '1.4.1.2': ['restaurangchef', 'barchef', 'hovmästare', 'kafeföreståndare'],
    '1.4.2.0': ['butikschef', 'butiksansvarig'],
    '1.4.3.9': ['driftchef', 'driftansvarig', 'servicechef', 'serviceansvarig', 'operativ chef', 'COO', 'verksamhetschef', 'kundtjänstchef', 'underhållschef', 'arbetsledare', 'förman', 'platschef', 'planerare', 'arbetsplanerare', 'servicekoordinator', 'trafikledare', 'lagbas'],
    '3.3.4.1': ['kontorschef', 'kontorsansvarig', 'kontorskoordinator', 'office manager'],
    '4.1.1.0': ['administratör', 'kontorsadministratör', 'kontorist'],
    '4.1.2.0': ['assistent', 'sekreterare', 'ledningsassistent', 'vd-assistent', 'chefsassistent'],
    '4.2.2.6': ['receptionist'],
    '4.3.1.3': ['lönespecialist', 'löneadministratör', 'lönehandläggare', 'löneansvarig', 'lönekonsult', 'löneassistent'],
    '5.1.2.0': ['kock', 'köksmästare', 'kökschef', 'souschef'],
    '5.1.3.1': ['servitör', 'servitris'],
    '5.1.3.2': ['bartender'],
    '7': ['tekniker', 'servicetekniker', 'montör', 'installatör', 'reparatör', 'mekaniker', 'hantverkare', 'fälttekniker', 'servicemontör', 'underhållstekniker'],
    '7.1.1.2': ['murare'],
    '7.1.1.5': ['snickare'],
    '7.1.2.1': ['takläggare'],
    '7.1.2.6': ['rörmokare', 'rörläggare'],
    '7.1.2.7': ['VVS-montör', 'kyltekniker', 'ventilationsmontör', 'värmepumpsinstallatör'],
    '7.1.3.1': ['målare'],
    '7.2.3.1': ['bilmekaniker'],
    '7.4.1.1': ['elektriker', 'elinstallatör', 'elmontör'],
    '8.3.2.2': ['taxichaufför', 'budbilsförare', 'bud'],
    '8.3.3.2': ['chaufför', 'lastbilschaufför', 'förare'],
  },
  work: {
    '1.1.2.0': ['äger', 'driver firman', 'driver ett företag', 'driver eget', 'äger firman', 'driver företaget', 'driver bolaget', 'eget företag', 'egen firma', 'äger företaget', 'äger bolaget', 'det är min butik', 'egen butik', 'det är vårt företag', 'det är vår firma', 'familjeföretag'],
    '1.2.1.1': ['ekonomi', 'ekonomin', 'ekonomifrågor', 'redovisning', 'bokföring', 'ekonomiavdelningen'],
    '1.2.1.2': ['HR', 'personal', 'personalfrågor', 'personalfrågorna', 'HR-frågor', 'HR-avdelningen', 'personalavdelningen', 'rekrytering'],
    '1.2.2.1': ['försäljning', 'sälj', 'marknadsföring'],
    '1.3.2.4': ['inköp', 'beställningar', 'sköter beställningarna'],
    '1.3.2.4.1': ['logistik', 'lagret', 'transporter', 'försörjningskedjan'],
    '1.3.3.0': ['IT', 'IT-avdelningen', 'jobbar med IT'],
    '1.4.3.9': ['driften', 'ansvarar för driften', 'leder arbetet ute'],
    '4.1.1.0': ['administration', 'administrationen', 'kontoret'],
    '4.3.1.3': ['lönerna', 'lönehantering', 'lönehanteringen', 'lönefrågor', 'lönearbetet', 'löneadministration', 'löneutbetalningar'],
    '7': ['gör installationerna', 'installerar', 'reparerar'],
  },
  levels: {
    before: ['chef för', 'ansvarig för', 'head of'],
    after: ['chef', 'ansvarig', 'ledare', 'direktör', 'samordnare', 'koordinator', 'manager'],
    linking: ['s'],
    seniority: ['senior', 'junior', 'biträdande', 'ställföreträdande', 'vice'],
    abbreviations: [],
  },
};

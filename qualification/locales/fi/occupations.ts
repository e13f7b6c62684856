import type { OccupationWords } from '../pack.js';

/**
 * ISCO-08 (Ammattiluokitus 2010) groups in Finnish (see `OccupationWords`); the function's
 * professionals and staff sit with its managers, as a role question asks the function (IT support
 * with IT managers, työnjohtajat and ajojärjestelijät with the service managers who run the field
 * work), and craft, repair and installation work (7) is one group named by its tradespeople. Base
 * forms: the matcher reads cases and compounds ("henkilöstöasioista", "palkanlaskennan").
 */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['toimitusjohtaja', 'TJ', 'pääjohtaja', 'omistaja', 'osakas', 'pääomistaja', 'yrittäjä', 'yksityisyrittäjä', 'perustaja', 'yrityksen vetäjä', 'toimari', 'yritysjohtaja', 'omistajayrittäjä', 'partneri'],
    '1.2.1.1': ['talousjohtaja', 'talouspäällikkö', 'controller', 'CFO', 'kirjanpitäjä', 'pääkirjanpitäjä', 'laskentapäällikkö', 'taloushallinnon assistentti'],
    '1.2.1.2': ['henkilöstöjohtaja', 'henkilöstöpäällikkö', 'HR-päällikkö', 'HR-johtaja', 'HR-vastaava', 'HR-asiantuntija', 'HR-koordinaattori', 'HR-suunnittelija', 'henkilöstösuunnittelija', 'henkilöstöasiantuntija', 'rekrytoija'],
    '1.2.2.1': ['myyntipäällikkö', 'myyntijohtaja', 'markkinointipäällikkö', 'markkinointijohtaja', 'kaupallinen johtaja', 'myyjä', 'myyntiedustaja', 'asiakkuuspäällikkö', 'myyntineuvottelija'],
    '1.2.2.1.1': ['verkkokauppapäällikkö', 'verkkokauppavastaava', 'verkkokauppajohtaja', 'verkkokauppa-asiantuntija', 'verkkokauppakoordinaattori', 'digijohtaja', 'digipäällikkö', 'digitaalisen liiketoiminnan johtaja', 'e-commerce manager', 'head of e-commerce', 'verkkomyyntipäällikkö'],
    '1.3.2.1': ['tuotantopäällikkö', 'tehtaanjohtaja', 'tuotantojohtaja'],
    '1.3.2.3': ['projektipäällikkö', 'rakennuspäällikkö', 'projektijohtaja'],
    '1.3.2.4': ['hankintapäällikkö', 'ostopäällikkö', 'hankintajohtaja', 'ostaja', 'hankinta-asiantuntija', 'ostovastaava'],
    '1.3.2.4.1': ['logistiikkapäällikkö', 'logistiikkajohtaja', 'logistiikkavastaava', 'kalustopäällikkö', 'kuljetuspäällikkö', 'varastopäällikkö', 'varastovastaava', 'varastoesimies', 'liikennepäällikkö', 'vuoroesimies'],
    '1.3.3.0': ['IT-päällikkö', 'IT-johtaja', 'CTO', 'tietohallintopäällikkö', 'tietohallintojohtaja', 'IT-tuki', 'IT-asiantuntija', 'IT-vastaava', 'järjestelmäasiantuntija', 'järjestelmävastaava', 'pääkäyttäjä', 'ohjelmistokehittäjä', 'ohjelmoija', 'koodari'],
    '1.4.1.1': ['hotellinjohtaja'],
    '1.4.1.2': ['ravintolapäällikkö', 'vuoropäällikkö', 'baaripäällikkö', 'salipäällikkö'],
    '1.4.2.0': ['myymäläpäällikkö', 'kauppias'],
    '1.4.3.9': ['operatiivinen johtaja', 'toimintojohtaja', 'palvelupäällikkö', 'huoltopäällikkö', 'kunnossapitopäällikkö', 'asiakaspalvelupäällikkö', 'palvelujohtaja', 'huoltojohtaja', 'aluepäällikkö', 'työnjohtaja', 'työnsuunnittelija', 'ajojärjestelijä', 'palvelukoordinaattori', 'työmaamestari', 'työmaapäällikkö'],
    '1.3.4.5': ['rehtori', 'apulaisrehtori', 'vararehtori', 'koulunjohtaja', 'päiväkodinjohtaja', 'päiväkodin johtaja', 'varhaiskasvatuksen johtaja', 'dekaani', 'sivistystoimenjohtaja'],
    '2.2.1': ['lääkäri', 'ylilääkäri', 'terveyskeskuslääkäri', 'erikoislääkäri'],
    '2.2.2.1': ['sairaanhoitaja', 'terveydenhoitaja', 'kätilö'],
    '2.2.6.1': ['hammaslääkäri'],
    '2.3': ['opettaja', 'luokanopettaja', 'aineenopettaja', 'erityisopettaja', 'lastentarhanopettaja', 'varhaiskasvatuksen opettaja', 'lehtori', 'yliopettaja', 'professori', 'opinto-ohjaaja'],
    '5.3.2': ['lähihoitaja', 'perushoitaja', 'hoiva-avustaja', 'kodinhoitaja', 'henkilökohtainen avustaja'],
    '3.3.4.1': ['toimistopäällikkö', 'toimistoesimies', 'toimistokoordinaattori', 'toimistovastaava'],
    '4.1.1.0': ['toimistotyöntekijä', 'toimistosihteeri', 'hallintoassistentti'],
    '4.1.2.0': ['sihteeri', 'assistentti', 'johdon assistentti', 'johdon sihteeri'],
    '4.2.2.6': ['vastaanottovirkailija'],
    '4.3.1.3': ['palkanlaskija', 'palkkasihteeri', 'palkkahallinnon asiantuntija', 'palkka-asiantuntija'],
    '5.1.2.0': ['kokki', 'keittiöpäällikkö', 'keittiömestari'],
    '5.1.3.1': ['tarjoilija'],
    '5.1.3.2': ['baarimikko'],
    '7': ['asentaja', 'huoltoasentaja', 'kenttäasentaja', 'teknikko', 'huoltoteknikko', 'mekaanikko', 'korjaaja', 'huoltomies', 'montööri', 'ammattimies'],
    '7.1.1.2': ['muurari'],
    '7.1.1.5': ['kirvesmies', 'puuseppä'],
    '7.1.2.1': ['kattoasentaja'],
    '7.1.2.6': ['putkimies', 'putkiasentaja'],
    '7.1.2.7': ['LVI-asentaja', 'kylmäasentaja', 'ilmanvaihtoasentaja', 'lämpöpumppuasentaja'],
    '7.1.3.1': ['maalari'],
    '7.2.3.1': ['automekaanikko'],
    '7.4.1.1': ['sähköasentaja', 'sähkömies', 'sähkäri'],
    '8.3.2.2': ['taksinkuljettaja', 'lähetti', 'pakettiauton kuljettaja'],
    '8.3.3.2': ['kuljettaja', 'rekkakuski', 'kuorma-autonkuljettaja', 'kuski'],
  },
  work: {
    '1.1.2.0': ['omistan', 'johdan yritystä', 'oma yritys', 'oma firma', 'omistan yrityksen', 'omistan firman', 'se on minun kauppa', 'oma kauppa', 'se on meidän firma', 'meidän oma firma', 'perheyritys'],
    '1.2.1.1': ['talous', 'taloushallinto', 'talousasiat', 'kirjanpito', 'raha-asiat'],
    '1.2.1.2': ['henkilöstö', 'henkilöstöhallinto', 'henkilöstöasiat', 'HR', 'HR-asiat', 'rekrytointi'],
    '1.2.2.1': ['myynti', 'markkinointi', 'myynti ja markkinointi'],
    '1.3.2.4': ['hankinnat', 'ostot', 'tilaukset', 'tilaan tavarat'],
    '1.3.2.4.1': ['logistiikka', 'varasto', 'kuljetukset', 'toimitusketju'],
    '1.3.3.0': ['IT', 'IT-asiat', 'tietohallinto'],
    '1.4.3.9': ['operatiivinen toiminta', 'vastaan operatiivisesta toiminnasta', 'työnjohto', 'töiden suunnittelu', 'ajojärjestely'],
    '4.1.1.0': ['hallinto', 'toimistoasiat', 'toimistotyöt'],
    '4.3.1.3': ['palkanlaskenta', 'palkkahallinto', 'palkka-asiat', 'palkat', 'palkanmaksu', 'palkkojen maksu'],
    '7': ['teen asennuksia', 'asennustyöt', 'teen huoltoja', 'teen korjauksia'],
  },
  levels: {
    before: [],
    after: ['päällikkö', 'johtaja', 'vastaava', 'esimies', 'esihenkilö', 'vetäjä', 'koordinaattori', 'manageri'],
    linking: [],
    seniority: ['senior', 'seniori', 'junior', 'juniori', 'vanhempi', 'nuorempi', 'apulais', 'varajohtaja'],
    abbreviations: [],
  },
};

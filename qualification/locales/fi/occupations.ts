import type { OccupationWords } from '../pack.js';

/**
 * ISCO-08 (Ammattiluokitus 2010) groups in Finnish (see `OccupationWords`); the function's
 * professionals sit with its managers, as a role question asks the function. Base forms: the
 * matcher reads cases and compounds ("henkilöstöasioista", "palkanlaskennan").
 */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['toimitusjohtaja', 'TJ', 'pääjohtaja', 'omistaja', 'osakas', 'pääomistaja', 'yrittäjä', 'yksityisyrittäjä', 'perustaja', 'yrityksen vetäjä'],
    '1.2.1.1': ['talousjohtaja', 'talouspäällikkö', 'controller', 'CFO', 'kirjanpitäjä', 'pääkirjanpitäjä', 'laskentapäällikkö', 'taloushallinnon assistentti'],
    '1.2.1.2': ['henkilöstöjohtaja', 'henkilöstöpäällikkö', 'HR-päällikkö', 'HR-johtaja', 'HR-vastaava', 'HR-asiantuntija', 'HR-koordinaattori', 'HR-suunnittelija', 'henkilöstösuunnittelija', 'henkilöstöasiantuntija', 'rekrytoija'],
    '1.3.2.1': ['tuotantopäällikkö', 'tehtaanjohtaja'],
    '1.3.3.0': ['IT-päällikkö', 'IT-johtaja', 'CTO'],
    '1.4.1.2': ['ravintolapäällikkö'],
    '1.4.2.0': ['myymäläpäällikkö', 'kauppias'],
    '3.3.4.1': ['toimistopäällikkö', 'toimistoesimies', 'toimistokoordinaattori', 'toimistovastaava'],
    '4.1.1.0': ['toimistotyöntekijä', 'toimistosihteeri', 'hallintoassistentti'],
    '4.1.2.0': ['sihteeri', 'assistentti', 'johdon assistentti', 'johdon sihteeri'],
    '4.2.2.6': ['vastaanottovirkailija'],
    '4.3.1.3': ['palkanlaskija', 'palkkasihteeri', 'palkkahallinnon asiantuntija', 'palkka-asiantuntija'],
    '5.1.2.0': ['kokki', 'keittiöpäällikkö'],
  },
  work: {
    '1.1.2.0': ['omistan', 'johdan yritystä', 'oma yritys', 'oma firma', 'omistan yrityksen', 'omistan firman'],
    '1.2.1.1': ['talous', 'taloushallinto', 'talousasiat', 'kirjanpito', 'raha-asiat'],
    '1.2.1.2': ['henkilöstö', 'henkilöstöhallinto', 'henkilöstöasiat', 'HR', 'HR-asiat', 'rekrytointi'],
    '4.1.1.0': ['hallinto', 'toimistoasiat', 'toimistotyöt'],
    '4.3.1.3': ['palkanlaskenta', 'palkkahallinto', 'palkka-asiat', 'palkat', 'palkanmaksu', 'palkkojen maksu'],
  },
};

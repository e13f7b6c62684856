import type { ConceptPhrases } from '../pack.js';

export const concepts: ConceptPhrases = {
  yes: ['kyllä', 'joo', 'juu', 'kyllä on', 'totta kai', 'toki', 'on meillä', 'kyllä vain'],
  no: ['ei', 'ei ole', 'ei oo', 'ei meillä', 'eipä', 'ei ollenkaan', 'ei lainkaan'],
  dont_know: ['en tiedä', 'en tiiä', 'en osaa sanoa', 'vaikea sanoa', 'ei hajua', 'en ole varma', 'en mä tiedä'],
  no_budget: ['ei budjettia', 'ei ole budjetoitu', 'ei budjetoitu', 'ei ole budjettia', 'budjettia ei ole', 'ei ole varattu rahaa', 'rahaa ei ole varattu', 'ei hyväksyttyä budjettia', 'ei ole hyväksytty', 'ei ole vielä budjetoitu', 'budjetti puuttuu', 'ei rahaa', 'ei ole mietitty budjettia', 'budjettia ei ole mietitty', 'budjetista ei ole puhuttu'],
  i_decide: ['minä päätän', 'päätän itse', 'päätän', 'minulla on päätösvalta', 'päätösvalta on minulla', 'minun päätökseni', 'minun päätettävissäni', 'teen päätöksen', 'teen päätökset', 'päätös on minun', 'päätös on minulla', 'minä teen päätökset', 'mä päätän', 'mä teen päätökset', 'viimeinen sana on minulla', 'minulla on viimeinen sana', 'minä teen päätöksen', 'päätän minä', 'minä itse', 'mä itse', 'minä ite', 'mä ite', 'päätän ite'],
  i_recommend: ['suosittelen', 'ehdotan', 'valmistelen päätöksen', 'teen esityksen', 'vaikutan päätökseen', 'annan suosituksen', 'kartoitan vaihtoehdot', 'teen ehdotuksen', 'teen ehdotukset', 'esitän johdolle', 'valmistelen asian', 'valmistelen hankinnan', 'teen pohjatyöt', 'vien asian eteenpäin'],
  someone_else_decides: ['joku muu päättää', 'esimies päättää', 'esihenkilö päättää', 'johto päättää', 'hallitus päättää', 'pomo päättää', 'omistaja päättää', 'en päätä', 'en ole päättäjä', 'ei ole minun päätettävissäni', 'en päätä itse', 'en minä päätä', 'esimieheni päättää', 'esimieheni', 'esihenkilöni', 'pomoni päättää', 'esihenkilöni päättää', 'päätös ei ole minun', 'päätös on johdolla', 'päätös on hallituksella'],
  just_looking: ['katselen vain', 'katselen', 'selvittelen', 'selvitämme', 'kartoitan', 'kartoitamme', 'tutkin vaihtoehtoja', 'tutustun', 'uteliaisuuttani', 'alustavasti', 'ei konkreettisia suunnitelmia', 'katsotaan mitä on tarjolla'],
  student: ['opiskelija', 'opiskelijana', 'olen opiskelija', 'opiskelen', 'opinnäytetyö', 'gradu', 'koulutyö', 'kouluprojekti'],
  job_hunting: ['työnhakija', 'etsin töitä', 'haen töitä', 'työtön', 'työpaikkaa etsimässä'],
  retired: ['eläkeläinen', 'eläkkeellä', 'jäänyt eläkkeelle'],
};

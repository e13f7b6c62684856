import type { CountedThings, LearnerWords } from '../../understand/numbers/units.js';
import { weekdayRanges } from '../day-ranges.js';

/** Words for things businesses count, beginnings of words after a number ("40 rekkaa", "3 toimipistettä"). */
/** Words after which a thing's word says where the count is ("10 in the office"), not what it counts. */
const where = ['per'];

export const counted: CountedThings = {
  vehicles: {
    // "Auto" only in its count forms: "autotalli" is a garage, "autoilija" a driver.
    after: ['ajoneuv', 'autoa', 'autoja', 'rekk', 'kuorma', 'pakettiauto', 'paku', 'vetoauto', 'jakeluauto', 'henkiloauto', 'kylmaauto', 'bussi', 'taksi', 'traktori', 'peravaun', 'yhdistelm', 'kalustoyksik', 'ajokki', 'ambulanss'],
    before: ['kalustoa on', 'autoja on', 'ajoneuvoja on', 'kalusto'],
    spoken: [],
    where,
  },
  orders: {
    after: ['tilau', 'tilaus', 'lahetys', 'lahetyst', 'lahetyksi', 'toimitu', 'toimituks'],
    before: ['tilauksia on', 'tilauksia tulee', 'tilauksia'],
    spoken: [],
    where,
  },
  locations: {
    after: ['tyomaa', 'tyomai', 'rakennuskoht', 'rakennuskohte', 'toimipist', 'toimipaik', 'myymal', 'kaupp', 'liiketta', 'liikkeit', 'konttori', 'toimisto', 'varastoa', 'varastoja', 'haaraa', 'haaroja', 'yksikk', 'ravintol', 'kahvil', 'hoitokot', 'palvelukot', 'palvelutalo', 'ryhmakot', 'asumisyksik', 'klinik', 'kampaamo', 'hotelli', 'toimitil', 'rakennu', 'rakennuks', 'kiinteist', 'paakonttori', 'koulua', 'kouluja', 'paivakot', 'taloa', 'taloja', 'sali', 'baari', 'pubi', 'yokerho', 'pizzeri', 'kioski', 'grilli', 'koju', 'ruokarek', 'food truck', 'leipomo'],
    before: ['toimipisteita on', 'toimipisteita'],
    spoken: [['(?:vain |vaan |ainoastaan )?(?:yksi|yks) (?:toimisto|toimipiste|rakennus|kiinteisto|koulu|talo|myymala)(?: vain| vaan)?|(?:yhdessa|samassa) (?:talossa|rakennuksessa|kiinteistossa)', 1]],
    alone: ['paakonttori', 'paakampus', 'paarakennus', 'paatoimipist', 'keskustoimisto', 'paatoimisto'],
    one: ['yksi', 'yks'],
    where,
    // "10 toimistolla": ten at the office, not ten offices.
    whereEndings: ['ssa', 'lla', 'sta', 'lta', 'lle', 'hin', 'seen'],
  },
  floors: { after: ['kerros', 'kerroks'], before: [], spoken: [], where },
  days: {
    after: ['paiva', 'pv', 'pva', 'tyopaiv', 'toimistopaiv', 'lahipaiv'],
    before: [],
    spoken: [[
      'kerran viikossa', 1], ['kahdesti viikossa', 2], ['joka (?:ikinen )?(?:paiva|arkipaiva)|paivittain|koko viikon|maanantaista perjantaihin|ma(?: ?- ?| )pe', 5],
      ...weekdayRanges(['maanantaista', 'tiistaista', 'keskiviikosta', 'torstaista', 'perjantaista', 'lauantaista', 'sunnuntaista'], ['maanantaihin', 'tiistaihin', 'keskiviikkoon', 'torstaihin', 'perjantaihin', 'lauantaihin', 'sunnuntaihin'], ' '),
      ...weekdayRanges(['maanantai|ma', 'tiistai|ti', 'keskiviikko|ke', 'torstai|to', 'perjantai|pe', 'lauantai|la', 'sunnuntai|su'], ['maanantai|ma', 'tiistai|ti', 'keskiviikko|ke', 'torstai|to', 'perjantai|pe', 'lauantai|la', 'sunnuntai|su'], '\\s*[-–]\\s*'),
    ],
    where,
  },
  // A phone, a SIM or a data card is one subscription to an operator ("40 liittymää", "6 datakorttia").
  subscriptions: {
    after: ['liittym', 'mobiililiittym', 'puhelinliittym', 'sim', 'simkort', 'datakort', 'puhelin', 'puhelim', 'kannyk', 'numero', 'luuri'],
    before: [],
    spoken: [],
    where,
  },
  // Land by its area ("240 ha", "90 hehtaaria") and animals kept ("80 lehmää", "400 emakkoa", "40 000 broileria");
  // "sikala", "kanala" are the houses, not the animals: only the animals' count forms.
  area: { after: ['hehtaari', 'hehtaar', 'ha'], before: [], spoken: [], where },
  animals: {
    after: ['elain', 'elaim', 'lehma', 'lehmi', 'nauta', 'nautaa', 'nautoja', 'vasik', 'hieho', 'sonni', 'lypsava', 'lypsavi', 'sikaa', 'sikoja', 'lihasik', 'emakk', 'emakoi', 'porsa', 'kanaa', 'kanoja', 'broiler', 'lintu', 'linnu', 'lammas', 'lampai', 'vuohi', 'vuohta', 'hevos', 'kalkkun'],
    before: [],
    spoken: [],
    where,
  },
  // Kassa, maksupääte tai tabletti: kukin myyntipiste ("3 kassaa ja 5 maksupäätettä").
  terminals: {
    after: ['kassa', 'kassoja', 'kassakone', 'kassapaate', 'kassapaatte', 'maksupaate', 'maksupaatte', 'korttipaate', 'korttipaatte', 'kortinluki', 'paatetta', 'paatteet', 'paatteita', 'tablet', 'ipad', 'myyntipiste'],
    before: [],
    spoken: [],
    where,
  },
  // Hours, and one said in words ("ehkä tunti"); "puoli tuntia" is half of one.
  hours: { after: ['tunti', 'tunni', 'tunne', 'tuntu', 'h'], before: [], spoken: [['(?:yksi |yhden )?(?:tunti|tunnin)(?: verran)?', 1], ['puoli(?: |-)?tuntia|puolisen tuntia', 0.5]], where },
  devices: {
    // "Kone" only in its count forms: "konepaja" is a machine shop.
    after: ['laite', 'laitte', 'paatelait', 'tyoasem', 'tietokon', 'konetta', 'koneita', 'koneet', 'kannettav', 'lappar', 'lapar', 'palvelin', 'palvelim', 'serveri', 'pc', 'tablet', 'mac', 'alypuhelin', 'alypuhelim'],
    before: ['laitteita on', 'koneita on', 'tyoasemia on', 'tietokoneita on'],
    spoken: [],
    where,
  },
};

/** Those who study in an organisation's spaces, after a number; and a question's words that count them too. */
export const learners: LearnerWords = { after: ['opiskelij', 'oppila', 'koululai'], asked: ['opiskel', 'oppil', 'koululai'] };

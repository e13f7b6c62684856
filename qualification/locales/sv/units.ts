import type { CountedThings, LearnerWords } from '../../understand/numbers/units.js';
import { weekdayRanges } from '../day-ranges.js';

/** Weekdays, Monday first, folded, as ranges of office days name them (see `weekdayRanges`). */
const SV_DAYS = ['(?:mandag(?:ar|en)?|man)', '(?:tisdag(?:ar|en)?|tis)', '(?:onsdag(?:ar|en)?|ons)', '(?:torsdag(?:ar|en)?|tors|tor)', '(?:fredag(?:ar|en)?|fre)', '(?:lordag(?:ar|en)?|lor)', '(?:sondag(?:ar|en)?|son)'];

/** Words for things businesses count, beginnings of words after a number ("40 lastbilar", "3 butiker"). */
/** Words after which a thing's word says where the count is ("10 in the office"), not what it counts. */
const where = ['i', 'pa', 'vid', 'over', 'fran', 'mellan', 'per', 'for', 'till', 'hos'];

export const counted: CountedThings = {
  vehicles: {
    after: ['fordon', 'bil', 'bilar', 'lastbil', 'skapbil', 'budbil', 'personbil', 'dragbil', 'timmerbil', 'tankbil', 'kylbil', 'lastvagn', 'buss', 'traktor', 'taxi', 'slap', 'trailer', 'ekipage', 'ambulans'],
    before: ['fordonsflotta pa', 'vagnpark pa'],
    // "En" is both the article and one: "bara en bil".
    spoken: [['(?:bara |endast |enbart )?en (?:bil|lastbil|skapbil|budbil|buss|traktor|taxi)(?: bara)?', 1]],
    where,
  },
  orders: {
    after: ['order', 'ordrar', 'bestallning', 'paket', 'forsandelse', 'leverans', 'transaktion'],
    before: [],
    spoken: [],
    where,
  },
  locations: {
    after: ['bygge', 'byggarbetsplats', 'byggprojekt', 'butik', 'enhet', 'kontor', 'filial', 'anlaggning', 'lager', 'restaurang', 'kafe', 'salong', 'klinik', 'boende', 'aldreboend', 'gruppboend', 'vardboend', 'vardhem', 'arbetsplats', 'driftstall', 'verkstad', 'hotell', 'affar', 'lokal', 'byggnad', 'fastighet', 'hus', 'huvudkontor', 'skol', 'forskol', 'dagis', 'daghem', 'hall', 'barer', 'pub', 'puber', 'pubar', 'nattklubb', 'pizzeri', 'kiosk', 'gatukok', 'foodtruck', 'food truck', 'matvagn', 'bageri'],
    before: [],
    spoken: [['(?:bara |endast |enbart )?(?:en (?:butik|enhet|restaurang|klinik|salong|arbetsplats|verkstad|affar|byggnad|fastighet|skola)|ett (?:kontor|hus))(?: bara)?|i samma (?:hus|byggnad|fastighet)', 1]],
    alone: ['huvudkontor', 'huvudbyggnad', 'huvudcampus', 'huvudsate'],
    one: ['en', 'ett'],
    where,
  },
  floors: { after: ['vaning'], before: [], spoken: [], where },
  days: {
    after: ['dag', 'dagar', 'arbetsdag', 'kontorsdag'],
    before: [],
    spoken: [[
      'en (?:gang|dag) (?:i|per|varje) vecka(?:n)?', 1], ['tva ganger (?:i|per|varje) vecka(?:n)?', 2], ['varje (?:dag|vardag)|alla (?:dagar|vardagar)|dagligen|hela veckan|mandag till fredag|man(?: ?- ?| )fre', 5],
      ...weekdayRanges(SV_DAYS, SV_DAYS, '(?:\\s*[-–]\\s*| till )'),
    ],
    where,
  },
  // A phone, a SIM or a data card is one subscription to an operator ("150 abonnemang", "8 datakort").
  subscriptions: {
    after: ['abonnemang', 'mobilabonnemang', 'sim', 'simkort', 'datakort', 'mobil', 'telefon', 'nummer', 'linjer', 'anknytning'],
    before: [],
    spoken: [],
    where,
  },
  // Land by its area ("240 ha", "140 hektar") and animals kept ("160 kor", "450 suggor", "25 000 kycklingar").
  area: { after: ['hektar', 'ha'], before: [], spoken: [], where },
  animals: {
    after: ['djur', 'kor', 'kossor', 'mjolkkor', 'dikor', 'kviga', 'kvigor', 'kalv', 'tjur', 'notkreatur', 'gris', 'slaktsvin', 'svin', 'sugg', 'smagris', 'hons', 'hona', 'kyckling', 'fagl', 'kalkon', 'tacka', 'tackor', 'lamm', 'getter', 'hastar'],
    before: [],
    spoken: [],
    where,
  },
  // Kassa, kortterminal eller surfplatta: var och en ett försäljningsställe ("3 kassor och 5 kortläsare").
  terminals: {
    after: ['kassa', 'kassor', 'kassaapparat', 'kassasystem', 'terminal', 'kortterminal', 'betalterminal', 'kortlasare', 'kortlaser', 'surfplatt', 'ipad', 'tablet'],
    before: [],
    spoken: [],
    where,
  },
  // Hours, and one said in words ("kanske en timme"); "en halvtimme" is half of one.
  hours: { after: ['timme', 'timmar', 'timmen', 'tim', 'h'], before: [], spoken: [['en timme|en timma', 1], ['en halvtimme|en halv timme|halvtimme', 0.5]], where },
  devices: {
    // "Enhet" is a unit of an organisation too: asked for devices, the devices' word.
    after: ['enhet', 'dator', 'pc', 'laptop', 'barbar', 'stationar', 'server', 'servr', 'arbetsstation', 'surfplatt', 'ipad', 'mac', 'tunn klient', 'tunna klient', 'smartphone', 'mobiltelefon'],
    before: [],
    spoken: [],
    where,
  },
};

/** Those who study in an organisation's spaces, after a number; and a question's words that count them too. */
export const learners: LearnerWords = { after: ['student', 'elev'], asked: ['studer', 'student', 'elev'] };

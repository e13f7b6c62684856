import { afterEaster, afterHolidays, untilBlackFriday, untilEaster, untilHalfEnd, untilMidsummer, untilFirstHalfNextYear, untilNewYear, untilSecondHalfNextYear } from '../../understand/time/calendar.js';
import type { TimeTopics } from '../../understand/time.js';
import {
  DAYS_AFTER,
  NO_PLAN,
  untilDay,
  untilMonthEnd,
  untilNextMonth,
  untilNextYear,
  untilQuarterEnd,
  untilSeason,
  untilSeasonEnd,
  untilSeasonStart,
  untilYearEnd,
  type Season,
} from '../../understand/time/calendar.js';
import { counted, countedRange, fixed, monthName, N, namedQuarter, namedYear, numericDate, rule, seasonOfYear, U, type TimeCounting, type TimeRule } from '../../understand/time/rules.js';
import { weekNumber } from '../../understand/time/week-numbers.js';
import { numbers } from './numbers.js';

/** Season stems, folded: kevät, kesä, syksy, talvi in any case ("kesän", "keväällä", "syksyyn"), and as a compound's first part ("syys|lukukausi"). */
function season(word: string): Season {
  if (word.startsWith('kev')) return 'spring';
  if (word.startsWith('kes')) return 'summer';
  if (word.startsWith('syks') || word.startsWith('syys')) return 'autumn';
  return 'winter';
}
const MONTH = '(?<m>(?:tammi|helmi|maalis|huhti|touko|kesa|heina|elo|syys|loka|marras|joulu)kuu\\p{L}*)';
const MONTH_STEMS = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesa', 'heina', 'elo', 'syys', 'loka', 'marras', 'joulu'];
const SEASONS = 'kev\\p{L}*|kes(?:a|an|aa|alla|ana|aksi|aan)|syks\\p{L}*|talv\\p{L}*';
const SEASON = `(?<s>${SEASONS})`;
/** The season again, in another branch of one rule. */
const SEASON_AGAIN = `(?<s2>${SEASONS})`;
/**
 * A season's period of business or school, a compound of the season and a period ("kesä|kausi",
 * "kesä|sesonki", "syys|lukukausi", "talvi|kausi") in any case: said for a date, it is the period's start.
 */
const TERM = '(?<s>(?:kevat|kesa|syys|talvi)(?:kau|kaud|sesong|sesonk|lukukau|lukukaud)\\p{L}*)';
/** Words after a season that point at its start ("kesän alkuun mennessä", "syksyn alussa"). */
const AT_START = '(?:alkuun|alkuun mennessa|alkaessa|alussa|alkaessa mennessa)';


const COUNTING: TimeCounting = {
  numbers,
  vague: { pari: 2, parin: 2, muutama: 3, muutaman: 3, puoli: 0.5, puolen: 0.5, yhden: 1, vuoden: 1 },
  units: { week: /^viik\p{L}*$/u, month: /^(?:kuuk\p{L}*|kk(?::n)?)$/u, year: /^vuo\p{L}*$/u },
};

/** What a time phrase is about (see `TimeTopics`). */
export const timeTopics: TimeTopics = {
  elsewhere: ['laajen*', 'muutimme', 'muutto*', 'muutamme', 'muuttaa', 'vuokra*', 'fuusio*', 'yhdisty*', 'yhdistimme', 'perustettiin', 'perustimme', 'avasimme', 'avaamme', 'ostimme', 'yritysosto*', 'palkkasimme', 'palkkaamme', 'rekrytoi*', 'remont*', 'paattyy', 'paattyi', 'umpeutuu', 'elakkee*', 'toimisto*', 'rakenn*', 'myimme', 'myymme', 'tilintarkastus*', 'muutettiin', 'muutetaan', 'ostettiin', 'avattiin', 'avataan', 'palkattiin', 'palkataan', 'myytiin', 'laajennettiin'],
  buying: ['aloit*', 'aloitta*', 'kayttoon', 'hankki*', 'hankinta*', 'hankimme', 'vaihta*', 'vaihdo*', 'vaihdamme', 'paatos*', 'paata*', 'paatamme', 'tarvit*', 'tarve', 'halua*', 'suunnit*', 'jarjestelma*', 'ohjelm*', 'palkanlaskenta*', 'palkkahallinto*', 'valmis', 'tilata', 'tilaamme', 'kayttaa', 'kayttamaan', 'tyokalu*', 'budjet*', 'tama', 'tata', 'tiliin', 'sopimus*', 'sopimuksen', 'lisenssi*', 'tilaus*', 'toimittaja*', 'vaihdetaan', 'paatetaan', 'tilataan', 'hankitaan', 'otetaan'],
  meetings: ['kokous*', 'yhtiokokous*', 'hallituksen kokous*', 'aanest*'],
  already: ['jo'],
  notBefore: ['ennen', 'aiemmin kuin', 'aikaisemmin kuin', 'vasta'],
  when: ['kun', 'kunhan', 'heti kun', 'sitten kun', 'siina vaiheessa kun', 'sen jalkeen kun', 'ennen kuin'],
};

export const time: TimeRule[] = [
  fixed('(?:ennen )?(?:ensi? vuoden |seuraavaa |seuraavan )?black friday\\p{L}*(?: mennessa)?', untilBlackFriday),
  fixed('(?:kun |heti kun )?uusi tilikausi alkaa|uuden tilikauden (?:alussa|alkaessa|alettua|alusta)|ensi? tilikaudella|ensi? tilikauden alussa|(?:heti )?vuoden ?vaihteen (?:jalkeen|tienoilla|tienoolla|paikkeilla|korvilla)|vuoden ?vaihteessa|(?:heti )?vuodenvaihteen jalkeen|(?:heti )?uuden vuoden jalkeen|ensi? vuoden alussa|alkuvuodesta|tammikuussa', untilNewYear),
  fixed('(?:ensimmaisen )?vuosipuoliskon (?:aikana|loppuun(?: mennessa)?)|alkuvuoden aikana|kesakuun loppuun(?: mennessa)?|puoleen vuoteen mennessa', (now) => untilHalfEnd(now, 1)),
  fixed('(?:jalkimmaisen|toisen) vuosipuoliskon aikana|loppuvuoden aikana|syksyn aikana', (now) => untilHalfEnd(now, 2)),
  fixed('(?:ensi|seuraavan) vuoden (?:ensimmaisella (?:vuosi)?puoliskolla|alkupuoliskolla|alkupuolella|ensimmaisen vuosipuoliskon (?:aikana|loppuun(?: mennessa)?))', untilFirstHalfNextYear),
  fixed('(?:ensi|seuraavan) vuoden (?:(?:toisella|jalkimmaisella) (?:vuosi)?puoliskolla|loppupuoliskolla|loppupuolella|(?:toisen|jalkimmaisen) vuosipuoliskon aikana)', untilSecondHalfNextYear),
  fixed('(?:kesa)?lomiin mennessa|ennen (?:kesa)?lomia|ennen (?:kesa)?lomakautta|kesaan mennessa|juhannukseen mennessa|ennen juhannusta', untilMidsummer),
  fixed('ennen paasiaista|ennen paasiaislomaa|paasiaiseen mennessa|paasiaiseksi', untilEaster),
  fixed('(?:heti )?(?:joulun|pyhien|lomien) jalkeen', afterHolidays),
  fixed('(?:heti )?paasiaisen jalkeen', afterEaster),
  fixed('heti|nyt heti|valittomasti|mahdollisimman (?:pian|nopeasti|pikaisesti)|niin pian kuin (?:mahdollista|voimme|pystymme|ehditaan)|asap|pikaisesti|kiireellisesti|heti kun mahdollista|eilen|saman tien|(?:mahdollisimman )?akkia|mita (?:pikemmin|nopeammin|aiemmin|aikaisemmin|ennemmin) sen parempi', () => 0, 0.9),
  fixed('ei (?:mitaan )?kiiretta|ei ole kiire|ei kiire|ei (?:viela )?suunnitelmia|ei (?:ole )?(?:viela )?(?:mitaan )?aikataulua|ei ajankohtai\\p{L}*|ei lahiaikoina|joskus myohemmin|ehka joskus|ei ole suunnitteilla|ei suunnitteilla|ei mitaan suunnitelmaa', () => NO_PLAN, 0.9),
  // "Pian", "lähiaikoina": a near start, said vaguely ("mahdollisimman pian", "ei lähiaikoina" are longer and win).
  fixed('(?:melko |aika |ihan |varmaan )?pian|lahiaikoina|piakkoin|lahitulevaisuudessa|(?:tassa )?lahikuukausina', () => 2),
  fixed('(?:tassa )?lahiviikkoina|(?:tassa )?parin viikon sisaan', () => 0.5),
  // "Kuukauden parin päästä": a month or two.
  fixed('kuukauden (?:parin|kahden) (?:paasta|sisalla|kuluttua)', () => 1.5),
  fixed('tassa kuussa|ta(?:ma)?n kuun aikana|kuun loppuun(?: mennessa)?', untilMonthEnd),
  fixed('ensi? kuussa|ensi? kuun aikana|seuraavassa kuussa|ensi? kuun alussa', untilNextMonth),
  fixed('ensi? viikolla|talla viikolla|viikon sisalla', () => 0.25),
  countedRange(`(?<a>\\d+|\\p{L}+) ?[-–] ?(?<b>\\d+|\\p{L}+) ${U}(?: (?:paasta|paahan|sisalla|sisaan|kuluessa|aikana))?`, COUNTING),
  counted(`(?:${N} )?${U} (?:paasta|paahan|sisalla|sisaan|kuluessa|aikana|paasta alkaen)`, COUNTING),
  fixed('ensi? kvartaali\\p{L}*|seuraava\\p{L}* kvartaali\\p{L}*|ensi? neljannek\\p{L}*', (now) => untilQuarterEnd(now, 1)),
  fixed('talla kvartaalilla|ta(?:ma)?n kvartaalin (?:aikana|loppuun)|tassa kvartaalissa|kvartaalin loppuun(?: mennessa)?', (now) => untilQuarterEnd(now, 0)),
  fixed('tana vuonna|ta(?:ma)?n vuoden aikana|vuoden loppuun(?: mennessa)?|ennen vuodenvaihdetta|ennen joulua|vuoden (?:lopussa|lopulla|loppupuolella)|loppuvuo\\p{L}*|myohemmin tana vuonna|ta(?:ma)?n vuoden puolella', untilYearEnd),
  fixed('ensi? vuonna|ensi? vuoden (?:aikana|puolella)', untilNextYear),
  rule(`ennen ${SEASON}|${SEASON_AGAIN} mennessa`, (m, now) => untilSeasonStart(now, season(m.groups?.s ?? m.groups?.s2 ?? ''))),
  rule(`(?:ennen )?${TERM}(?: ${AT_START}| mennessa)?|${SEASON_AGAIN} ${AT_START}`, (m, now) => untilSeasonStart(now, season(m.groups?.s ?? m.groups?.s2 ?? ''))),
  rule(`${TERM} jalkeen`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''))),
  // "Ensi kesän loppuun mennessä", "syksyn lopussa": the season's end.
  rule(`(?<x>ensi? )?${SEASON} (?:loppuun(?: mennessa)?|lopussa|lopulla|loppupuolella)`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''), Boolean(m.groups?.x))),
  rule(`${SEASON} aikana`, (m, now) => untilSeason(now, season(m.groups?.s ?? ''))),
  // Days the year names: vappu (1 May), juhannus (midsummer); "vappuna", "vappuun mennessä", "vapun jälkeen".
  fixed('(?:ennen )?(?:vappu|vappua|vappuna|vappuun|vapun)(?: mennessa)?', untilDay(4, 1)),
  fixed('vapun jalkeen', untilDay(4, 1, DAYS_AFTER)),
  fixed('juhannuksena|juhannukseksi', untilMidsummer),
  fixed('juhannuksen jalkeen', untilDay(5, 20, DAYS_AFTER)),
  rule(`${SEASON} jalkeen|(?<h>(?:kesa)?lomien) jalkeen`, (m, now) => untilSeasonEnd(now, m.groups?.h ? 'summer' : season(m.groups?.s ?? ''))),
  // "Keväämmällä", "syksymmällä": later in the season, said the Finnish way, is the season.
  rule(`(?<x>ensi? |tana |nyt )?(?<s>kevaalla|kesalla|syksylla|talvella|kevaana|kesana|syksyna|talvena|kevaammalla|kesemmalla|syksymmalla|talvemmalla)`, (m, now) => untilSeason(now, season(m.groups?.s ?? ''), m.groups?.x?.trim() === 'ensi')),
  // "huhtikuussa", "1. huhtikuuta 2027", "(kun uusi tilikausi alkaa) huhtikuussa".
  monthName(`(?:(?:kun )?uusi tilikausi alkaa )?(?:(?<d>\\d{1,2})\\.? )?${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  // Vuoden vuodenaika: "keväällä 2027", "kevät 2027", "vuoden 2027 syksyllä", "ensi? vuoden keväällä", "ennen kesää 2027".
  seasonOfYear(`${SEASON} (?:vuonna )?(?<y>20\\d\\d)|(?:(?:vuoden )?(?<y2>20\\d\\d)|(?<n>ensi? vuoden(?: puolella)?|ensi? vuonna)(?:,? (?:ehka|luultavasti|todennakoisesti|varmaan|kai))?) ${SEASON_AGAIN}`, season, 'middle'),
  seasonOfYear(`ennen ${SEASON} (?<y>20\\d\\d)|${SEASON_AGAIN} (?<y2>20\\d\\d) mennessa`, season, 'start'),
  numericDate(true),
  // "Viikolla 12", "vko 12", "viikkoon 12 mennessä": a week by its number.
  weekNumber('(?:viikolla|viikon|viikkoon|viikosta|viikko|vko|vk)\\.? ?(?<w>\\d{1,2})(?: (?:aikana|mennessa|paikkeilla|tienoilla|alussa|lopussa))?'),
  namedYear(
    {
      start: ['aikaisintaan(?: vuonna)?', 'vasta(?: vuonna)?', 'ei ennen(?: vuotta)?', 'ennen vuotta', 'vuodesta', 'vuoden alusta'],
      end: [],
      plain: ['vuonna', 'vuoden', '(?:ehka|kenties|luultavasti|todennakoisesti|joskus|ehkapa)(?: vuonna)?'],
    },
    {
      start: ['mennessa', 'alussa', 'alkupuolella', 'alkaen', 'aikaisintaan'],
      end: ['lopussa', 'lopulla', 'loppupuolella', 'loppuun(?: mennessa)?'],
      plain: ['aikana', 'ehka', 'kenties', 'luultavasti', 'joskus'],
    },
  ),
  namedQuarter('(?:(?<n>ensi? vuoden) |(?:vuoden )?(?<y>20\\d\\d) )?(?:q(?<q>[1-4])|(?<q2>ensimmai|toise|kolmanne|neljanne|viimeise)\\p{L}* (?:kvartaali|neljannekse)\\p{L}*)(?::n)?(?: (?<n2>ensi? vuonna))?(?: (?<e>loppuun(?: mennessa)?|lopussa|lopulla|loppupuolella))?', ['ensimmai', 'toise', 'kolmanne', 'neljanne']),
];

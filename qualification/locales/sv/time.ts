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

/** Season words, folded: vår, sommar, höst, vinter with their definite forms. */
function season(word: string): Season {
  if (word.startsWith('var')) return 'spring';
  if (word.startsWith('som') || word.startsWith('semest')) return 'summer';
  if (word.startsWith('host')) return 'autumn';
  return 'winter';
}
const SEASON = '(?<s>varen|sommaren|hosten|vintern|semestern|semestrarna|sommarsemestern)';
/**
 * A season's period of business or school, a compound of the season and a period ("sommar|säsongen",
 * "höst|terminen", "sommar|lovet"): said for a date, it is the period's start.
 */
const TERM = '(?<s>(?:var|sommar|host|vinter)(?:sasong|termin|lov)(?:en|et)?)';
const MONTH = '(?<m>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)';
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];


const COUNTING: TimeCounting = {
  numbers,
  vague: { en: 1, ett: 1, par: 2, nagra: 3, halv: 0.5, halvt: 0.5 },
  units: { week: /^veck\p{L}*$/u, month: /^manad\p{L}*$/u, year: /^(?:ar|aret|ars)$/u },
};

/** What a time phrase is about (see `TimeTopics`). */
export const timeTopics: TimeTopics = {
  elsewhere: ['expander*', 'flytta*', 'flyttade', 'flytten', 'hyres*', 'hyra', 'fusion*', 'fusionera*', 'slogs ihop', 'grundade*', 'grundades', 'oppnade', 'oppnar', 'kopte', 'forvarv*', 'anstallde', 'anstaller', 'rekryter*', 'renover*', 'tar slut', 'loper ut', 'gar ut', 'pension*', 'kontor*', 'bygg*', 'salde', 'revision*'],
  buying: ['borja*', 'kopa', 'kop', 'byta', 'byter', 'byte', 'infora', 'infor*', 'besluta*', 'beslut', 'bestamma', 'behov*', 'behover', 'vill', 'planer*', 'system*', 'program*', 'lon*', 'redo', 'skaffa', 'anvanda', 'verktyg*', 'budget*', 'det har', 'detta', 'igang', 'komma igang', 'avtal*', 'kontrakt*', 'licens*', 'abonnemang*', 'leverantor*'],
  meetings: ['stamma*', 'stamman', 'foreningsstamma*', 'extrastamma*', 'mote', 'motet', 'styrelsemote*', 'rostar', 'rosta', 'omrostning*'],
  already: ['redan'],
  notBefore: ['forran', 'fore', 'innan', 'tidigare an'],
  when: ['nar', 'sa fort', 'sa snart', 'efter att', 'innan', 'tills'],
};

export const time: TimeRule[] = [
  fixed('nar (?:det )?nya rakenskapsaret (?:borjar|startar|drar igang)|(?:till|fran|i borjan av|vid) (?:det )?nya rakenskapsaret|nasta rakenskapsar|(?:direkt |strax )?efter nyar|i januari', untilNewYear),
  fixed('(?:under |i slutet av |fore slutet av |till slutet av )?(?:det )?forsta halvaret|fore halvarsskiftet|till halvarsskiftet|(?:till|fore) sommaren', (now) => untilHalfEnd(now, 1)),
  fixed('(?:under |i )?(?:det )?andra halvaret', (now) => untilHalfEnd(now, 2)),
  fixed('(?:under |i slutet av |fore slutet av |till slutet av )?(?:det )?forsta halvaret (?:nasta ar|av nasta ar)|(?:under |i )?(?:den )?forsta halvan av nasta ar|(?:under |i )?nasta ars forsta halvar', untilFirstHalfNextYear),
  fixed('(?:under |i )?(?:det )?andra halvaret (?:nasta ar|av nasta ar)|(?:under |i )?(?:den )?(?:andra|senare) halvan av nasta ar|(?:under |i )?nasta ars andra halvar', untilSecondHalfNextYear),
  fixed('(?:innan|fore|till|senast till) midsommar|(?:innan|fore) semestern|(?:innan|fore) sommarsemestern', untilMidsummer),
  fixed('(?:direkt |strax )?efter midsommar', untilDay(5, 20, DAYS_AFTER)),
  // Days the year names: valborg (30 April), första maj.
  fixed('(?:(?:innan|fore|till|senast till|pa|vid|runt) )?(?:valborg|valborgsmassoafton|forsta maj)', untilDay(3, 30)),
  fixed('(?:direkt |strax )?efter (?:valborg|forsta maj)', untilDay(3, 30, DAYS_AFTER)),
  fixed('(?:innan|fore|till|senast till) pask(?:en|lovet)?', untilEaster),
  fixed('(?:(?:innan|fore|till|senast till) )?(?:nasta ars |nasta )?black friday', untilBlackFriday),
  fixed('(?:direkt |strax )?efter (?:jul|julen|helgerna|helgen|trettonhelgen)', afterHolidays),
  fixed('(?:direkt |strax )?efter (?:pask|pasken|pasklovet)', afterEaster),
  fixed('nu direkt|omedelbart|sa snart som mojligt|sa snart (?:vi kan|det gar)|sa fort (?:vi kan|det gar)|snarast(?: mojligt)?|asap|genast|omgaende|redan igar|sa fort som mojligt', () => 0, 0.9),
  fixed('ingen (?:bradska|brask)|inte bradskande|(?:det ar )?inte (?:sa )?brattom|det ar inte bradskande|inga (?:konkreta )?planer(?: an)?|ingen (?:tids)?plan|inget bestamt|inte aktuellt(?: an)?|inte planerat|nagon gang(?: i framtiden)?(?! (?:i|under|till|efter|fore|innan|nasta|pa|om|runt|kring) )|inte inom overskadlig tid', () => NO_PLAN, 0.9),
  // "Snart", "inom kort": a near start, said vaguely ("så snart som möjligt" is longer and wins).
  fixed('(?:ganska |ratt |forhoppningsvis )?snart|inom kort|inom en snar framtid|inom (?:den )?narmaste framtiden', () => 2),
  fixed('(?:om |inom )?en manad eller tva|(?:om |inom )?en eller tva manader', () => 1.5),
  fixed('den har manaden|denna manad|(?:innan|fore) manadens slut|i slutet av manaden', untilMonthEnd),
  fixed('(?:i )?nasta manad|kommande manad', untilNextMonth),
  fixed('(?:den har|nasta|denna) vecka|inom en vecka', () => 0.25),
  countedRange(`(?:om |inom )?(?<a>\\d+|\\p{L}+) ?(?:-|–|till) ?(?<b>\\d+|\\p{L}+) ${U}`, COUNTING),
  counted(`(?:om|inom|inom loppet av|pa|under) (?:de )?(?:kommande |narmaste )?(?:ungefar |runt |cirka |ca |typ |kanske )?(?:ett |en )?${N} ${U}`, COUNTING),
  fixed('(?:om|inom) ett halvar|inom ett halvt ar|om ett halvt ar', () => 6),
  fixed('(?:om|inom) ett ar', () => 12),
  fixed('nasta kvartal|kommande kvartal|foljande kvartal', (now) => untilQuarterEnd(now, 1)),
  fixed('(?:detta|det har|innevarande) kvartal(?:et)?|i kvartalet|innan kvartalet ar slut', (now) => untilQuarterEnd(now, 0)),
  fixed('i ar|under aret|senare i ar|(?:innan|fore|till) arets slut|(?:innan|fore|till) arsskiftet|i slutet av aret|(?:innan|fore) jul', untilYearEnd),
  fixed('nasta ar', untilNextYear),
  fixed('efter arsskiftet|(?:i )?borjan av nasta ar', untilNewYear),
  // "Till våren" is "come spring", not "before it"; "före våren" is before it starts.
  rule(`till ${SEASON}`, (m, now) => untilSeason(now, season(m.groups?.s ?? ''))),
  rule(`(?:(?:fore|innan|till|senast till|infor|tills) )?${TERM}`, (m, now) => untilSeasonStart(now, season(m.groups?.s ?? ''))),
  rule(`efter ${TERM}`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''))),
  // "Till slutet av sommaren", "innan sommaren är slut": the season's end.
  rule('(?:(?:till|fore|innan|senast|i|mot) )?slutet av (?<x>nasta )?(?<s>varen|sommaren|hosten|vintern|var|sommar|host|vinter)', (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''), Boolean(m.groups?.x))),
  rule(`(?:innan|fore|tills) ${SEASON} (?:ar slut|tar slut|ar over)`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''))),
  rule(`(?:fore|innan) ${SEASON}`, (m, now) => untilSeasonStart(now, season(m.groups?.s ?? ''))),
  rule(`efter ${SEASON}`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''))),
  rule('(?<x>nasta |i |under |nu i )(?<s>var|sommar|host|vinter|varen|sommaren|hosten|vintern)', (m, now) => untilSeason(now, season(m.groups?.s ?? ''), m.groups?.x?.trim() === 'nasta')),
  // "Typ februari", "april eller maj": a month with a hedge, or opening the reply, needs no preposition.
  monthName(`(?:^|typ |kanske |troligen |forhoppningsvis |nog |runt |kring |nasta |framat |fram mot )${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  monthName(`(?:till|fore|innan|senast till|mot) slutet av ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  // "Sista januari", "senast den sista mars": the month's last day.
  monthName(`(?:(?:till|fore|innan|senast) )?(?:den )?sista ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  monthName(`(?:(?:nar )?(?:det )?nya rakenskapsaret (?:borjar|startar) )?(?:i|till|fore|innan|under|efter|fran|senast i|i borjan av|i slutet av) ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  // Dates: "från 1 april", "senast den 15 februari 2027", "2027-02-15".
  monthName(`(?:(?:fran(?: och med)?|till|senast|fore|innan|efter|pa|fr o m) )?(?:den )?(?<d>\\d{1,2}):?(?:e|a)? ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  // En årstid ett visst år: "våren 2027", "till hösten 2027", "före sommaren 2027", "våren nästa år" (inte mitten av året).
  seasonOfYear(`(?:(?:till|under|i|kanske|troligen) )?${SEASON} (?:(?<y>20\\d\\d)|(?<n>nasta ar))`, season, 'middle'),
  seasonOfYear(`(?:fore|innan) ${SEASON} (?:(?<y>20\\d\\d)|(?<n>nasta ar))`, season, 'start'),
  seasonOfYear(`efter ${SEASON} (?:(?<y>20\\d\\d)|(?<n>nasta ar))`, season, 'end'),
  // "Nästa år, kanske till våren": the season narrows the year.
  seasonOfYear(`(?<n>nasta ar),? (?:(?:kanske|troligen|nog|antagligen) )?(?:(?:till|under|i) )?${SEASON}`, season, 'middle'),
  numericDate(false),
  // "Vecka 12", "v. 12", "till vecka 12": a week by its number.
  weekNumber('(?:vecka|veckan|vecko|v)\\.? ?(?<w>\\d{1,2})'),
  namedYear(
    {
      start: ['tidigast(?: i| under)?', 'inte (?:fore|innan|forran)', 'fore', 'innan', 'till', 'senast(?: till)?', 'fran(?: och med)?', 'i borjan av'],
      end: ['(?:i|mot|senast i) slutet av'],
      plain: ['i', 'under', '(?:kanske|troligen|nog|forhoppningsvis)(?: i| under)?', 'nagon gang under'],
    },
    { start: ['tidigast'], end: [], plain: ['kanske', 'troligen', 'typ', 'nog'] },
  ),
  namedQuarter('(?:(?<e>(?:innan |fore |till |senast till |i )?slutet av) )?(?:(?:under |i )?q(?<q>[1-4])|(?:under |i )?(?<q2>forsta|andra|tredje|fjarde|sista) kvartalet)(?: (?:(?<n2>nasta ar)|(?<y>20\\d\\d)))?', ['forsta', 'andra', 'tredje', 'fjarde']),
];

import { afterEaster, afterHolidays, untilBlackFriday, untilEaster, untilHalfEnd, untilMidsummer, untilFirstHalfNextYear, untilNewYear, untilSecondHalfNextYear } from '../../understand/time/calendar.js';
import type { TimeTopics } from '../../understand/time.js';
import {
  NO_PLAN,
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

const season = (word: string): Season => (word.startsWith('spring') ? 'spring' : word.startsWith('summer') ? 'summer' : word.startsWith('winter') ? 'winter' : 'autumn');
const SEASON = '(?<s>spring|summer|autumn|fall|winter)';
const MONTH = '(?<m>january|february|march|april|may|june|july|august|september|october|november|december)';
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(?<d>\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,? (?<y>20\\d\\d))?';

const COUNTING: TimeCounting = {
  numbers,
  vague: { a: 1, an: 1, one: 1, couple: 2, few: 3, half: 0.5 },
  units: { week: /^weeks?$/u, month: /^months?$/u, year: /^years?$/u },
};

/** What a time phrase is about (see `TimeTopics`). */
export const timeTopics: TimeTopics = {
  elsewhere: ['expand*', 'move', 'moved', 'moving', 'lease', 'leases', 'rent', 'merge*', 'merger', 'founded', 'opened', 'opening', 'acquired', 'acquisition', 'hired', 'hiring', 'renovat*', 'ends', 'end', 'ended', 'expires', 'expire', 'expired', 'retire*', 'office', 'offices', 'born', 'wedding', 'vacation', 'built', 'build', 'building', 'sold', 'selling', 'audit'],
  buying: ['start*', 'buy*', 'purchas*', 'switch*', 'change*', 'implement*', 'roll out', 'rollout', 'in place', 'decid*', 'decision', 'need', 'needs', 'want', 'wants', 'looking', 'plan', 'plans', 'planning', 'go live', 'launch*', 'tool', 'system', 'software', 'payroll', 'ready', 'get', 'sign*', 'budget', 'deploy*', 'replac*', 'move to', 'migrat*', 'use', 'using', 'adopt*', 'it', 'this', 'contract', 'contracts', 'deal', 'subscription', 'licence', 'license', 'renew*', 'provider', 'vendor', 'supplier'],
  meetings: ['agm', 'egm', 'meeting', 'meetings', 'general meeting', 'board meeting', 'vote', 'votes', 'voting'],
  already: ['already'],
  notBefore: ['until', 'till', 'before', 'earlier than', 'sooner than'],
  when: ['when', 'once', 'as soon as', 'after', 'by the time', 'whenever'],
};

export const time: TimeRule[] = [
  fixed('(?:once|when|after) (?:the |our )?(?:new )?(?:fiscal|financial|budget) year (?:starts|begins|kicks in|opens)|(?:in|from|at the start of|early in|start of) (?:the |our )?(?:next|new) (?:fiscal|financial|budget) year|next (?:fiscal|financial|budget) year|(?:right |just )?after (?:the )?new year|in january', untilNewYear),
  fixed('(?:by|before|until|in|during|within) (?:the )?(?:end of (?:the )?)?(?:first half|h1)(?: of (?:the|this) year)?|by mid ?year|by the middle of the year', (now) => untilHalfEnd(now, 1)),
  fixed('(?:in|during) (?:the )?(?:second half|h2)(?: of (?:the|this) year)?', (now) => untilHalfEnd(now, 2)),
  fixed('(?:(?:by|before|until|in|during|within) )?(?:the )?(?:end of (?:the )?)?(?:first half|h1) (?:of )?next year', untilFirstHalfNextYear),
  fixed('(?:in |during )?(?:the )?(?:second|latter|back) half of next year|(?:in )?h2 (?:of )?next year', untilSecondHalfNextYear),
  fixed('(?:before|by|until) midsummer', untilMidsummer),
  fixed('(?:before|by|until|ahead of|in time for) (?:the )?easter(?: holidays| break)?', untilEaster),
  fixed('(?:before|by|until|ahead of) (?:the )?(?:holiday season|christmas (?:rush|holidays|season)|holidays)', untilYearEnd),
  fixed('(?:(?:before|by|until|ahead of|in time for) )?(?:the )?(?:next )?black friday(?: next year)?', untilBlackFriday),
  fixed('(?:right |just |straight )?after (?:the )?(?:holidays|christmas|xmas)(?: holidays| break)?', afterHolidays),
  fixed('(?:right |just |straight )?after (?:the )?easter(?: holidays| break)?', afterEaster),
  monthName(`(?:once|when|after) (?:the |our )?(?:new )?(?:fiscal|financial|budget) year (?:starts|begins|kicks in|opens) in ${MONTH}`, MONTH_STEMS),
  fixed('asap|as soon as (?:possible|we can|we are able|we\'re able|it can be done)|right away|immediately|urgently|straight away|at once|yesterday|now rather than later', () => 0, 0.9),
  fixed('no plans?(?: yet)?|no (?:rush|hurry)|not in a (?:rush|hurry)|no timeline|no time ?frame|not planning|no immediate plans|not any ?time soon|some ?day|nothing planned|no concrete plans|not urgent|no urgency|nothing urgent', () => NO_PLAN, 0.9),
  // "Soonish", "pretty soon": a near start, said vaguely (the longer "as soon as possible", "not any time soon" win).
  fixed('(?:very |hopefully |fairly |pretty |quite |reasonably )?soon(?:ish)?|shortly|in the near future|sooner rather than later', () => 2),
  fixed('(?:this|the current) month|(?:by )?(?:the )?end of (?:this|the) month', untilMonthEnd),
  fixed('next month|(?:early|in) the coming month', untilNextMonth),
  fixed('(?:this|next) week|within (?:a|the) week', () => 0.25),
  countedRange(`(?:in |within )?(?<a>\\d+|\\p{L}+) ?(?:-|–|to) ?(?<b>\\d+|\\p{L}+) ${U}`, COUNTING),
  counted(`(?:in|within|inside|during|over) (?:the )?(?:next |coming )?(?:about |around |roughly )?(?:a |an )?${N}(?: of)? ${U}(?: time)?`, COUNTING),
  counted(`${N} ${U} from now`, COUNTING),
  fixed('in half a year|within half a year', () => 6),
  // "A month or two", "in a couple of months": the count given vaguely, without "in" before it.
  countedRange(`(?:in |within )?(?<a>a|an|one) (?<u>weeks?|months?|years?) or (?<b>two|so)`, { ...COUNTING, vague: { ...COUNTING.vague, so: 1 } }),
  counted(`(?:maybe |probably |perhaps |about |around )?(?:a |in a )?(?<n>couple|few) (?:of |more )?${U}`, COUNTING),
  fixed('(?:this|the current) quarter|(?:by )?(?:the )?end of (?:this|the) quarter', (now) => untilQuarterEnd(now, 0)),
  fixed('next quarter|(?:the )?following quarter|coming quarter', (now) => untilQuarterEnd(now, 1)),
  fixed('this year|later (?:this|in the) year|(?:by |before )?(?:the )?end of (?:this|the) year|(?:by |before )(?:the )?year end|before christmas|by christmas|before the new year', untilYearEnd),
  fixed('next year|early next year|in the new year', untilNextYear),
  rule(`(?:before|by|until|ahead of) (?:the )?${SEASON}(?: holidays?| break| vacations?| hols)?`, (m, now) => untilSeasonStart(now, season(m.groups?.s ?? ''))),
  rule(`after (?:the )?${SEASON}(?: holidays| break| vacation)?|after the holidays`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? 'summer'))),
  rule(`(?:(?:by|before|at|until|towards) )?(?:the )?end of (?:the )?(?<x>next |this )?${SEASON}`, (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''), m.groups?.x === 'next ')),
  rule(`(?<x>next|this|in the|in|during the|over the) ${SEASON}`, (m, now) => untilSeason(now, season(m.groups?.s ?? ''), m.groups?.x === 'next')),
  monthName(`(?:(?:by|before|until|at|in|around|towards) )?(?:the )?end of ${MONTH}${YEAR}`, MONTH_STEMS),
  monthName(`(?:in|by|before|until|from|starting|during|early|late|mid) ${MONTH}${YEAR}`, MONTH_STEMS),
  // A hedge or "next" before a month stands for its preposition: "around February", "hoping for May", "next October".
  monthName(`(?:around|roughly|approximately|sometime(?: around)?|towards?|for|next|maybe|probably|perhaps|hopefully) ${MONTH}${YEAR}`, MONTH_STEMS),
  monthName(`(?:about|this) (?<m>january|february|march|april|june|july|august|september|october|november|december)${YEAR}`, MONTH_STEMS),
  // A month's name opening the reply is the answer's month: "April, I think" (not "may": a verb too).
  monthName(`^(?<m>january|february|march|april|june|july|august|september|october|november|december)${YEAR}`, MONTH_STEMS),
  // Short names after a preposition: "by Feb", "in Sept." (not "may": a verb too).
  monthName(`(?:in|by|before|until|from|starting|during|early|late|mid) (?<m>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?${YEAR}`, MONTH_STEMS),
  // Dates: "from 1 April", "by the 15th of February 2027", "April 1st".
  monthName(`(?:(?:on|by|before|from|starting(?: from)?|until|after) )?(?:the )?${DAY}(?: of)? ${MONTH}${YEAR}`, MONTH_STEMS),
  monthName(`(?:(?:on|by|before|from|starting(?: from)?|until|after) )?${MONTH} ${DAY}${YEAR}`, MONTH_STEMS),
  // A season of a named year: "spring 2027", "by summer 2027", "autumn next year" (not the middle of the year said).
  seasonOfYear(`(?:(?:in|during|around|maybe|probably|sometime in) )?(?:the )?${SEASON}(?: of)? (?:(?<y>20\\d\\d)|(?<n>next year))`, season, 'middle'),
  seasonOfYear(`(?:before|by|until|ahead of) (?:the )?${SEASON}(?: of)? (?:(?<y>20\\d\\d)|(?<n>next year))`, season, 'start'),
  seasonOfYear(`after (?:the )?${SEASON}(?: of)? (?:(?<y>20\\d\\d)|(?<n>next year))`, season, 'end'),
  seasonOfYear(`(?:(?:in|during) )?(?<n>next year)'?s ${SEASON}`, season, 'middle'),
  // "Next year, maybe in the spring": the season narrows the year.
  seasonOfYear(`(?<n>next year),? (?:(?:maybe|probably|likely|perhaps|hopefully) )?(?:(?:in|during|around) )?(?:the )?${SEASON}`, season, 'middle'),
  numericDate(false),
  // "Week 12", "wk 12", "by week 20": a week by its number.
  weekNumber('(?:week|wk|cw)\\.? ?(?<w>\\d{1,2})'),
  namedYear(
    {
      start: ['not before', 'not until', 'no earlier than', 'at the earliest in', 'earliest', 'from', 'starting(?: in| from)?', '(?:in |at )?(?:the )?(?:start|beginning) of', 'early', 'before', 'by'],
      end: ['(?:by |before |at |until |towards )?(?:the )?end of', 'late(?: in)?', 'later in'],
      plain: ['in', 'during', 'sometime in', 'maybe(?: in)?', 'probably(?: in)?', 'perhaps(?: in)?', 'possibly(?: in)?', 'hopefully(?: in)?', 'mid'],
    },
    { start: ['at the earliest', 'earliest'], end: [], plain: ['probably', 'maybe', 'or so', 'hopefully', 'sometime'] },
  ),
  namedQuarter('(?:in |during |by |before |(?<e>(?:by |before |at |until |towards )?(?:the )?end of ))?(?:q(?<q>[1-4])|(?:the )?(?<q2>first|second|third|fourth|last) quarter)(?:(?: of)? (?:(?<n2>next year)|(?<y>20\\d\\d)))?', ['first', 'second', 'third', 'fourth']),
];

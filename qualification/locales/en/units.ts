import type { CountedThings, LearnerWords } from '../../understand/numbers/units.js';
import { weekdayRanges } from '../day-ranges.js';

/** Weekdays, Monday first, folded, as ranges of office days name them (see `weekdayRanges`). */
const EN_DAYS = ['(?:monday|mon)s?', '(?:tuesday|tues|tue)s?', '(?:wednesday|wed)s?', '(?:thursday|thurs|thur|thu)s?', '(?:friday|fri)s?', '(?:saturday|sat)s?', '(?:sunday|sun)s?'];

/** Words for things businesses count, beginnings of words after a number ("40 trucks", "3 depots"). */
/** Words after which a thing's word says where the count is ("10 in the office"), not what it counts. */
const where = ['in', 'at', 'on', 'across', 'over', 'from', 'between', 'per', 'for', 'to', 'into', 'around'];

export const counted: CountedThings = {
  vehicles: {
    after: ['vehicle', 'truck', 'van', 'vans', 'car', 'cars', 'lorr', 'rig', 'rigs', 'bus', 'buses', 'coach', 'trailer', 'tractor', 'tanker', 'tipper', 'taxi', 'cab', 'cabs', 'semi', 'semis', 'pickup', 'forklift', 'ambulance'],
    before: ['fleet of', 'fleet is', 'fleet size', 'fleet size of'],
    spoken: [],
    where,
  },
  orders: {
    after: ['order', 'shipment', 'parcel', 'package', 'deliveries', 'transaction'],
    before: [],
    spoken: [],
    where,
  },
  locations: {
    after: ['jobsite', 'job site', 'construction site', 'location', 'site', 'sites', 'store', 'shop', 'branch', 'office', 'depot', 'outlet', 'premises', 'warehouse', 'clinic', 'restaurant', 'cafe', 'salon', 'hotel', 'homes', 'facilit', 'venue', 'franchise', 'workshop', 'practice', 'building', 'propert', 'school', 'hq', 'headquarter', 'head office', 'main office', 'centre', 'center', 'daycare', 'nurser', 'kindergarten', 'hall', 'bar', 'pub', 'nightclub', 'bistro', 'pizzeria', 'diner', 'kiosk', 'stall', 'food truck', 'foodtruck', 'bakery', 'bakeries'],
    before: [],
    spoken: [['(?:just |only )?(?:the |a )?(?:one|single) (?:office|building|site|location|school|store|shop)(?: only)?|(?:in )?the same building', 1]],
    alone: ['hq', 'headquarters', 'head office', 'main office', 'main building', 'main site', 'main campus', 'head quarters'],
    one: ['a', 'an', 'one'],
    where,
  },
  floors: { after: ['floor', 'storey', 'stories', 'level'], before: [], spoken: [], where },
  days: {
    after: ['day', 'days', 'workday', 'working day', 'office day'],
    before: [],
    spoken: [[
      'once (?:a|per|every) week', 1], ['twice (?:a|per|every) week', 2], ['every (?:single )?(?:day|weekday|working day)|daily|all week|monday to friday|mon(?: ?- ?| )fri', 5],
      ...weekdayRanges(EN_DAYS, EN_DAYS, '(?:\\s*[-–]\\s*| (?:to|till|until|through|thru) )'),
    ],
    where,
  },
  // A phone or a SIM is one subscription to an operator ("200 phones", "10 data-only SIMs").
  subscriptions: {
    after: ['subscription', 'sim', 'sims', 'esim', 'phone', 'mobile', 'line', 'lines', 'handset', 'number', 'data card'],
    before: [],
    spoken: [],
    where,
  },
  // Land by its area ("240 ha", "85 hectares") and animals kept ("120 cows", "650 sows", "30,000 birds").
  area: { after: ['hectare', 'ha'], before: [], spoken: [], where },
  animals: {
    after: ['animal', 'livestock', 'cow', 'cattle', 'heifer', 'calf', 'calves', 'bull', 'bulls', 'pig', 'sow', 'gilt', 'gilts', 'weaner', 'piglet', 'finisher', 'hen', 'bird', 'broiler', 'chicken', 'layer', 'turkey', 'sheep', 'ewe', 'lamb', 'lambs', 'goat', 'horses', 'milker'],
    before: [],
    spoken: [],
    where,
  },
  // A till, a card reader or a tablet taking orders: each a point of sale ("3 tills and 5 card readers").
  terminals: {
    // Whole words: Swedish visitors, who mix English in, say "till" (to, more) and "tillsammans".
    after: ['terminal', 'tills$', 'checkout', 'register', 'card reader', 'card machine', 'reader', 'pin pad', 'pinpad', 'pos', 'epos', 'point of sale', 'points of sale', 'handheld', 'ipad', 'tablet', 'cash desk', 'self-checkout', 'kiosk'],
    before: [],
    spoken: [['(?:just |only )?(?:a |one )?single (?:till|terminal|card reader|card machine|card terminal|register|checkout|ipad|tablet)(?: only)?|(?:just |only )(?:the )?one till', 1]],
    where,
  },
  // Hours, and one said in words ("maybe an hour"); a half hour is half of one.
  hours: { after: ['hour', 'hrs', 'hr', 'h'], before: [], spoken: [['(?:an|one|1) hour(?: or so)?', 1], ['half an hour|a half hour', 0.5]], where },
  devices: {
    after: ['device', 'endpoint', 'computer', 'pc', 'laptop', 'desktop', 'workstation', 'server', 'tablet', 'notebook', 'mac', 'macbook', 'imac', 'chromebook', 'ipad', 'thin client', 'machines', 'smartphone', 'phones'],
    before: [],
    spoken: [],
    where,
  },
};

/** Those who study in an organisation's spaces, after a number; and a question's words that count them too. */
export const learners: LearnerWords = { after: ['student', 'pupil', 'learner', 'undergrad'], asked: ['stud', 'pupil', 'learn'] };

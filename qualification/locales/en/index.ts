import type { LocalePack } from '../pack.js';
import { amounts, replies } from './amounts.js';
import { awaiting, concepts } from './concepts.js';
import { copy } from './copy.js';
import { countryAliases, demonyms } from './countries.js';
import { forms } from './forms.js';
import { goods } from './goods.js';
import { businesses, industries, making } from './industries.js';
import { made } from './made.js';
import { intents } from './intents.js';
import { numbers } from './numbers.js';
import { occupations } from './occupations.js';
import { time, timeTopics } from './time.js';
import { counted, learners } from './units.js';
import { widget } from './widget.js';
import { directives, headcount, lexicon, names, otherUnits, people } from './words.js';

export const en: LocalePack = {
  tag: 'en',
  mixesIn: [],
  forms,
  numbers,
  otherUnits,
  headcount,
  counted,
  learners,
  time,
  timeTopics,
  intents,
  borrowedYes: ['yes', 'ok', 'okay', 'sure'],
  questionSuffix: null,
  directives,
  names,
  lexicon,
  people,
  concepts,
  awaiting,
  amounts,
  replies,
  industries,
  businesses,
  making,
  made,
  goods,
  demonyms,
  countryAliases,
  occupations,
  copy,
  widget,
  textSearch: 'english',
};

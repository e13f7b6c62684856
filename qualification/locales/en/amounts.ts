import type { AmountWords, ReplyWords } from '../../understand/yes-no.js';

/** An amount for a yes or a no ("a few orders to Norway every week"), folded: understand/yes-no.ts. "Mostly" is left out: "mostly domestic" says no. A part of the customers ("the bigger ones do") is some. */
export const amounts: AmountWords = {
  some: ['a few', 'a couple', 'a handful', 'some', 'sometimes', 'occasionally', 'now and then', 'every now and then', 'from time to time', 'a little', 'a bit', 'a lot', 'lots', 'loads', 'plenty', 'quite a lot', 'quite a few', 'quite a bit', 'a fair amount', 'a fair bit', 'a good deal', 'many', 'regularly', 'often', 'partly', 'the bigger ones', 'the big ones', 'the larger ones', 'the biggest ones', 'bigger customers', 'larger customers', 'the bigger customers', 'our bigger customers', 'key accounts'],
  none: ['hardly any', 'hardly', 'barely', 'scarcely', 'almost none', 'almost never', 'hardly ever', 'next to none', 'next to nothing', 'none', 'none at all', 'nothing', 'never', 'zero'],
};

/** A yes or no inside a longer reply ("…, so yes", "no we're …"), folded: understand/yes-no.ts. */
export const replies: ReplyWords = {
  so: ['so', 'therefore', 'which means', 'meaning'],
  subjects: ['we', 'we re', 'we are', 'i', 'i m', 'i am', 'it s', 'its', 'it is', 'our'],
  yet: ['but'],
  intending: ['about to', 'going to', 'gonna', 'planning to', 'plan to', 'we ll', 'will', 'intend to', 'want to', 'hoping to', 'thinking of', 'thinking about', 'yet to', 'still to'],
  behalf: ['on our behalf', 'for us', 'on behalf of us', 'for me', 'on my behalf'],
  already: ['already', 'yet', 'now', 'again', 'every year', 'each year', 'every spring', 'annually', 'always', 'regularly', 'this year', 'last year', 'recently', 'just'],
  pronouns: ['them', 'it', 'one', 'ones', 'those', 'they', 'that'],
  verbReplies: { yes: ['we are', 'yes we are', 'we do', 'we have'], no: ['we are not', 'we aren’t', 'we do not', 'we don’t'] },
};

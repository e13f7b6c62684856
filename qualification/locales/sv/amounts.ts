import type { AmountWords, ReplyWords } from '../../understand/yes-no.js';

/** An amount for a yes or a no ("en del till Tyskland"), folded: understand/yes-no.ts. "Mest" is left out: "mest inom Sverige" says no. */
export const amounts: AmountWords = {
  some: ['en del', 'lite', 'lite grann', 'nagra', 'nagon gang', 'ibland', 'da och da', 'emellanat', 'av och till', 'vissa', 'en hel del', 'en massa', 'manga', 'massor', 'ofta', 'regelbundet', 'delvis', 'ett par', 'ett fatal', 'sporadiskt', 'de storre', 'de storsta', 'storre kunder', 'stora kunder', 'vara storre kunder'],
  none: ['knappt', 'knappast', 'nastan inga', 'nastan inget', 'nastan ingenting', 'nastan ingen', 'ingen alls', 'nastan aldrig', 'inga alls', 'inget alls', 'ingenting', 'aldrig', 'inga', 'noll'],
};

/** A yes or no inside a longer reply ("…, so yes", "no we're …"), folded: understand/yes-no.ts. */
export const replies: ReplyWords = {
  so: ['sa', 'alltsa', 'sa att', 'darfor'],
  subjects: ['vi', 'jag', 'det', 'vart', 'var', 'vara'],
  yet: ['men'],
  intending: ['ska', 'skall', 'kommer att', 'tanker', 'planerar att', 'planerar', 'ska till att', 'har tankt', 'tankte', 'avser att', 'vill'],
  behalf: ['at oss', 'for oss', 'at mig', 'for var rakning', 'i vart namn'],
  already: ['redan', 'nu', 'igen', 'varje ar', 'arligen', 'varje var', 'alltid', 'regelbundet', 'i ar', 'forra aret', 'nyss', 'just'],
  pronouns: ['dem', 'det', 'den', 'de', 'sadana', 'sana'],
  verbReplies: { yes: ['det ar vi', 'ja det ar vi', 'vi ar det', 'det gor vi', 'det har vi'], no: ['det ar vi inte', 'nej det ar vi inte', 'vi ar inte det', 'det gor vi inte', 'det har vi inte'] },
};

import type { UnitCues } from '../../understand/numbers/units.js';
import type { PeopleWords } from '../../understand/choices/people-words.js';
import type { DirectivePhrases, NamePhrases } from '../addressing.js';
import type { Lexicon } from '../lexicon.js';

export const lexicon: Lexicon = {
  generic: ['yes', 'no', 'not', 'yet', 'other', 'others', 'else', 'something', 'none', 'nothing', 'together', 'jointly', 'me', 'another', 'at', 'the', 'moment', 'right', 'now', 'of', 'these', 'we', 'have', 'sure', 'ok'],
  stopwords: new Set(['a', 'an', 'it', 'in', 'on', 'at', 'as', 'is', 'we', 'us', 'or', 'to', 'so', 'do', 'be', 'by', 'of', 'if', 'me', 'my', 'no', 'and', 'the', 'for', 'our', 'are', 'was', 'its']),
  light: new Set(['really', 'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'do', 'does', 'did', 'get', 'gets', 'got', 'getting', 'make', 'makes', 'made', 'more', 'less', 'fewer', 'much', 'many', 'very', 'really', 'just', 'also', 'too', 'so', 'some', 'any', 'all', 'every', 'new', 'old', 'better', 'good', 'bad', 'lot', 'lots', 'which', 'who', 'what', 'when', 'where', 'how', 'up', 'out', 'off', 'about', 'into', 'still', 'even']),
  floating: [],
  coordinators: ['and', 'or'],
  both: { words: ['both', 'a mix', 'mixed', 'half and half', 'a bit of each'], joins: ['plus', 'while', 'whereas'] },
  falseFriends: ['itself', 'items', 'hospital'],
  boundEnds: {},
  negations: new Set(['nothing', 'no', 'not', 'dont', 'don', 'doesn', 'isn', 'aren', 'haven', 'hasn', 'hadn', 'didn', 'wasn', 'weren', 'never', 'nor', 'without', 'longer']),
  lacking: new Set(['without']),
  being: new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'there', 'exist', 'exists', 'existed', 'happen', 'happens', 'happened']),
  contrasts: new Set(['but', 'rather', 'instead']),
  leaving: { before: ['from'], endings: [], to: ['to', 'into'], toEndings: [], going: ['switching', 'moving', 'migrating', 'upgrading', 'changing', 'transitioning', 'move', 'migrate'], then: ['used to', 'had', 'we had', 'used', 'until', 'till', 'up until', 'previously', 'formerly', 'before', 'before that', 'back then', 'in the past', 'earlier', 'at first', 'originally', 'we tried', 'we were on'], now: ['now', 'nowadays', 'today', 'currently', 'these days', 'at the moment', 'at present', 'since', 'since then', 'this year'], later: ['then', 'later', 'afterwards', 'eventually', 'in the end'] },
  towards: { before: ['to', 'into'], endings: [] },
  sites: { branch: ['branch*', 'subsidiar*', 'sister compan*', 'daughter compan*', 'satellite office*', 'sales office*', 'parent compan*', 'mother compan*', 'holding compan*'], seat: ['based', 'hq', 'headquarter*', 'head office', 'registered in', 'home base'] },
  parties: ['customer*', 'client*', 'supplier*', 'vendor*', 'manufacturer*', 'wholesaler*', 'distributor*', 'subcontractor*', 'competitor*', 'investor*', 'accountant*', 'bookkeeper*', 'auditor*'],
  throughout: ['all over', 'throughout', 'the whole of'],
  speed: ['faster', 'quicker', 'quickly', 'sooner', 'smoother', 'easier'],
  clients: { before: ['for', 'to', 'supply', 'supplies', 'supplying'], endings: [], nouns: ['clients are', 'customers are', 'clients include', 'customers include', 'clients being', 'customers being', 'clients like', 'customers like', 'clients such as', 'customers such as'], sellers: ['sell', 'sold'] },
  except: ['but', 'except', 'besides', 'apart', 'than'],
  hedges: ['if', 'unless', 'maybe', 'perhaps', 'might', 'may', 'could', 'would', 'should', 'considering', 'thinking', 'wondering', 'hoping', 'hope', 'someday', 'eventually', 'possibly'],
  tools: ['system', 'software', 'program', 'programme', 'tool', 'app', 'application', 'platform', 'solution', 'module'],
  using: ['we use', 'we re using', 'we are using', 'using', 'we have', 'we ve got', 'we run', 'we re on', 'we are on', 'it s', 'its', 'it is'],
  abbreviations: [
    ['AGM', 'EGM', 'general meeting', 'annual general meeting', 'extraordinary general meeting'],
    ['MSP', 'managed service provider', 'managed services provider'],
    ['GM', 'general manager'],
    ['MD', 'managing director'],
    ['GC', 'general contractor'],
    ['QS', 'quantity surveyor'],
    ['HR', 'human resources'],
    ['IT', 'information technology'],
    ['HSE', 'QHSE', 'HSEQ', 'SHEQ', 'EHS', 'H&S', 'health and safety'],
    ['L&D', 'learning and development'],
    ['R&D', 'research and development'],
    ['F&B', 'food and beverage'],
    ['POS', 'EPOS', 'point of sale'],
    ['CRM', 'customer relationship management'],
    ['ERP', 'enterprise resource planning'],
    ['ATS', 'applicant tracking system'],
    ['HOA', 'homeowners association'],
    ['EV', 'electric vehicle'],
    ['PA', 'personal assistant'],
    ['uni', 'university'],
    ['exec', 'executive'],
    ['ops', 'operations'],
    ['mgr', 'manager'],
    ['dept', 'department'],
    ['co-op', 'cooperative'],
  ],
};

export const headcount: UnitCues = {
  // "5 recruiters and a coordinator": one more person named by a title after a count.
  one: ['a', 'an', 'one'],
  self: '(?:me|myself|i)',
  after: ['people', 'person', 'employee', 'staff', 'tech', 'technician', 'worker', 'heads', 'fte', 'guys', 'engineer', 'installer', 'fitter', 'strong', 'man', 'men', 'member', 'of us', 'plumber', 'electrician', 'teacher', 'lecturer'],
  before: ['employ', 'employs', 'employees', 'headcount', 'headcount of', 'staff of', 'team of', 'we are', 'we re', 'there are', 'staff'],
  spoken: [
    ["(?:it s |its |it is )?(?:just|only) (?:me|myself|i)|(?:i m|i am|im) (?:alone|on my own|a one man band)|by myself|one man (?:band|show|business)|sole (?:trader|proprietor)|solo(?:preneur)?|no employees? (?:but|besides|except) me", 1],
    ["(?:(?:me|i|myself) and (?:my|a|one)|my) (?:business )?(?:partner|wife|husband|co ?founder|cofounder|brother|sister|father|dad|son|daughter|colleague|coworker|co worker|associate|spouse)(?: and (?:me|i|myself))?|(?:the )?two of us|me and one (?:other|more)|(?:just )?(?:a|one) partner and me", 2],
  ],
  // "One per person": a count per person is a ratio, not people.
  // "8 for staff": a people word after these says whom the things counted are for, not what is counted.
  where: ['per', 'for'],
};

/** Whole words: a word they begin is something else ('12 daycare centres', '3 ministries', 'European offices'). */
export const otherUnits = ['eur\\b', 'euros?\\b', 'usd\\b', 'months?\\b', 'years?\\b', 'yrs?\\b', 'weeks?\\b', 'days?\\b', 'hours?\\b', 'hrs?\\b', 'mins?\\b', 'minutes?\\b', 'million', 'mln', 'mn\\b', 'm\\b', 'bn\\b', 'billion'];

export const directives: DirectivePhrases = {
  openers: ['please', 'pls', 'now', 'kindly'],
  imperatives: ['set', 'mark', 'change', 'update', 'record', 'flag', 'classify', 'score', 'rate', 'treat', 'consider', 'pretend', 'act', 'assume', 'ignore', 'disregard', 'forget', 'override', 'bypass', 'reset', 'qualify', 'make me', 'make us'],
  anywhere: ['\\b(?:system|assistant|developer)\\s*:', '\\b(?:previous|prior|above|earlier|all)\\s+(?:instructions?|rules|prompts?)\\b', '\\bqualifi(?:ed|y)\\b', '\\b(?:json|schema|prompt)\\b'],
};

export const names: NamePhrases = {
  greetings: ['hi', 'hello'],
  leadIns: ['my name is', 'my name s', 'name is', 'i am', 'i m', 'im', 'this is', 'it s', 'it is', 'the company is called', 'the company is', 'company is', 'our company is called', 'our company is', 'we are called', 'we are', 'we re'],
  signOffs: ['here', 'speaking'],
  affiliations: ['from', 'at', 'with'],
};

/** Who a person named in the message is: the visitor, or someone else (`someoneElse`). */
export const people: PeopleWords = {
  self: ['we are', 'we re', 'i', 'i m', 'im', 'i am', 'me', 'myself', 'as', 'i work as', 'my role', 'my title', 'my job', 'i lead', 'i run', 'i manage', 'i head', 'i head up', 'i look after', 'i oversee', 'i m in charge of', 'i am in charge of', 'i m responsible for', 'i am responsible for', 'i work in', 'my position'],
  others: ['our', 'my', 'the', 'for', 'to', 'with', 'by', 'through', 'their', 'his', 'her', 'your', 'a', 'an', 'two', 'some', 'another', 'other', 'one'],
  acts: ['decides', 'takes', 'handles', 'signs', 'approves', 'does', 'runs', 'makes', 'manages', 'owns', 'has', 'will', 'would', 'says', 'wants', 'controls', 'holds', 'who', 'that'],
  ownActs: [],
  otherCases: [],
  joins: ['and', 'plus'],
  bare: ['just', 'only', 'the', 'a', 'an', 'basically', 'well', 'um', 'uh', 'mostly', 'currently', 'actually', 'i guess', 'probably'],
  prepares: ['prepar*', 'research*', 'gather*', 'collect*', 'legwork', 'groundwork', 'paperwork', 'numbers', 'figures'],
  only: ['just', 'only', 'merely', 'simply'],
  copulas: ['is', 'was', 's'],
  objects: ['me'],
  possessives: [],
  clitics: ['s'],
  ofNoun: [],
  bodies: ['board', 'boards', 'board of directors', 'council', 'councillors', 'committee', 'trustees', 'governors', 'shareholders', 'owners', 'management', 'leadership team', 'head office', 'headquarters', 'hq', 'parent company'],
  we: ['we', 'us'],
  kin: { family: ['family', 'wife', 'husband', 'spouse'], members: ['family', 'wife', 'husband', 'spouse', 'brother', 'sister', 'dad', 'father', 'mum', 'mom', 'mother', 'parents', 'son', 'daughter', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'brother-in-law', 'sister-in-law', 'father-in-law', 'mother-in-law', 'son-in-law', 'daughter-in-law', 'grandfather', 'grandmother', 'grandson', 'granddaughter'], forms: ['sons', 'dads', 'mums', 'moms', 'bros'] },
  oneOf: ['one of', 'one of the', 'one of our', 'one of its'],
  determiners: [['my', 'our', 'the', 'his', 'her', 'their', '']],
  advice: {
    advises: ['recommend*', 'propos*', 'suggest*', 'advis*', 'advice', 'pitch*', 'put it to', 'put it forward', 'put forward', 'take it to', 'bring it to', 'run it past', 'make the case', 'business case'],
    mine: ['i', 'i ll', 'i d', 'my', 'me', 'myself'],
    own: [],
  },
};

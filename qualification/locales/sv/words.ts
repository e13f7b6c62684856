import type { UnitCues } from '../../understand/numbers/units.js';
import type { PeopleWords } from '../../understand/choices/people-words.js';
import type { DirectivePhrases, NamePhrases } from '../addressing.js';
import type { Lexicon } from '../lexicon.js';

export const lexicon: Lexicon = {
  generic: ['ja', 'nej', 'annat', 'nagot', 'inget', 'ingenting', 'inte', 'an', 'tillsammans', 'gemensamt', 'jag', 'just', 'nu', 'direkt', 'ingen', 'av', 'dessa'],
  stopwords: new Set(['i', 'en', 'ett', 'det', 'av', 'pa', 'vi', 'du', 'ni', 'om', 'och', 'att', 'som', 'har', 'ar', 'med', 'for', 'den', 'it']),
  light: new Set(['och', 'eller', 'nagra', 'nagon', 'i', 'pa', 'av', 'for', 'med', 'till', 'fran', 'om', 'som', 'att', 'det', 'den', 'en', 'ett', 'de', 'ar', 'har', 'hade', 'blir', 'bli', 'mer', 'mindre', 'fler', 'farre', 'ny', 'nya', 'gammal', 'gamla', 'battre', 'bra', 'alla', 'allt', 'mycket', 'manga', 'valdigt', 'ocksa', 'bara', 'sa', 'man', 'kan', 'ska', 'vill', 'gor', 'gora', 'gjorde', 'gjort']),
  floating: [],
  coordinators: ['och', 'eller', 'samt'],
  both: { words: ['bada', 'bade och', 'bagge', 'blandat', 'lite av varje'], joins: ['plus', 'medan', 'dessutom'] },
  falseFriends: ['elev', 'eller', 'else'],
  // "-tagare" (one who takes) is a head of its own: "franchise|tagare", "arbets|tagare", "lån|tagare" own nothing ("ägare").
  boundEnds: { agare: ['t'] },
  negations: new Set(['ingen', 'inga', 'inget', 'ingenting', 'inte', 'ej', 'aldrig', 'icke']),
  lacking: new Set(['utan']),
  being: new Set(['vara', 'ar', 'var', 'varit', 'ha', 'har', 'hade', 'haft', 'finns', 'fanns', 'funnits', 'hander', 'hant', 'hande', 'skett', 'sker']),
  contrasts: new Set(['utan', 'men', 'snarare']),
  leaving: { before: ['fran'], endings: [], to: ['till'], toEndings: [], going: ['byter', 'byta', 'flyttar', 'flytta', 'gar', 'migrerar', 'migrera', 'uppgraderar'], then: ['forut', 'hade', 'vi hade', 'korde', 'anvande', 'tidigare', 'innan', 'innan dess', 'forr', 'forr i tiden', 'forst', 'fram till', 'fore', 'vi testade', 'vi provade'], now: ['nu', 'sen i fjol', 'sedan i fjol', 'sen forra aret', 'sedan forra aret', 'numera', 'idag', 'i dag', 'nufortiden', 'just nu', 'for narvarande', 'sedan', 'i ar'], later: ['sedan', 'sen', 'senare', 'efterat', 'till slut', 'darefter'] },
  towards: { before: ['till'], endings: [], stays: ['haller', 'holl', 'hall'] },
  sites: { branch: ['filial*', 'dotterbolag*', 'systerbolag*', 'saljkontor*', 'moderbolag*', 'koncern*'], seat: ['huvudkontor*', 'sate', 'satet', 'baserad*', 'hemmahorande'] },
  parties: ['kund*', 'klient*', 'leverantor*', 'tillverkar*', 'grossist*', 'aterforsaljar*', 'underleverantor*', 'konkurrent*', 'investerar*', 'bokforar*', 'revisor*'],
  throughout: ['hela', 'overallt'],
  speed: ['snabbare', 'fortare', 'snabbt', 'smidigare', 'effektivare', 'enklare', 'forenkla'],
  clients: { before: ['for', 'at', 'till', 'betjanar', 'levererar'], endings: [], nouns: ['kunder ar', 'kunderna ar', 'kunder som', 'klienter ar', 'kunder finns'], sellers: ['salj', 'salde'] },
  except: ['an', 'utom', 'forutom', 'utover'],
  hedges: ['ifall', 'kanske', 'eventuellt', 'mojligen', 'kunde', 'skulle', 'borde', 'funderar', 'overvager', 'planerar', 'hoppas', 'tankte'],
  tools: ['system', 'program', 'programvara', 'mjukvara', 'verktyg', 'app', 'applikation', 'plattform', 'modul'],
  using: ['vi har', 'vi kor', 'vi kor pa', 'vi anvander', 'det ar'],
  abbreviations: [
    ['vd', 'verkställande direktör'],
    ['mejl', 'e-post', 'mail'],
    ['brf', 'bostadsrättsförening'],
    ['AB', 'aktiebolag'],
    ['ordf', 'ordförande'],
    ['HR', 'personalavdelning'],
    ['IT', 'informationsteknik'],
  ],
};

export const headcount: UnitCues = {
  // "5 recruiters and a coordinator": one more person named by a title after a count.
  one: ['en', 'ett'],
  self: '(?:jag|mig)',
  after: ['anstalld', 'person', 'pers', 'medarbetar', 'tekniker', 'montor', 'man', 'manna', 'kollegor', 'installator', 'elektriker', 'rormokare', 'anst', 'larare'],
  before: ['vi ar', 'sysselsatter', 'anstallda', 'personal', 'personalstyrka', 'personalstyrka pa'],
  spoken: [
    ["(?:bara|endast|enbart) (?:jag|mig)|jag (?:ensam|sjalv)|ensamforetagare|enmansforetag|enmansfirma|inga anstallda", 1],
    ["(?:jag|mig) och (?:min |en )?(?:fru|man|sambo|partner|kompanjon|delagare|bror|syster|pappa|far|son|dotter|kollega|arbetskamrat)|min (?:fru|man|sambo|partner|kompanjon|delagare) och (?:jag|mig)|vi ar tva|tva stycken|bara vi tva", 2],
  ],
  // "One per person": a count per person is a ratio, not people.
  // "8 for staff": a people word after these says whom the things counted are for, not what is counted.
  where: ['per', 'for', 'at', 'till'],
};

export const otherUnits = ['kr', 'sek', 'nok', 'dkk', 'procent', 'manad', 'ar\\b', 'veck', 'dag(?!is|hem)', 'timm', 'milj', 'mkr', 'mnkr', 'mdr', 'miljard'];

export const directives: DirectivePhrases = {
  openers: ['snalla'],
  imperatives: ['satt', 'markera', 'andra', 'uppdatera', 'registrera', 'ignorera', 'glom', 'strunta i', 'klassa', 'betygsatt', 'kvalificera'],
  anywhere: ['\\b(?:tidigare|alla)\\s+instruktioner\\b'],
};

export const names: NamePhrases = {
  greetings: ['hej'],
  leadIns: ['jag heter', 'mitt namn ar', 'jag ar', 'det ar', 'foretaget heter', 'foretaget ar', 'vi heter', 'vi ar', 'det har ar', 'har ar', 'detta ar'],
  signOffs: ['heter jag', 'här'],
  affiliations: ['fran', 'pa', 'hos', 'med'],
};

/** Who a person named in the message is: the visitor, or someone else (`someoneElse`). */
export const people: PeopleWords = {
  self: ['vi ar', 'jag ar', 'jag jobbar som', 'jag arbetar som', 'som', 'jag', 'mig', 'sjalv', 'min roll', 'min titel', 'jag leder', 'jag ansvarar for', 'jag driver', 'jag har hand om', 'jag jobbar pa', 'jag jobbar inom', 'jag arbetar pa', 'jag arbetar inom', 'mitt jobb'],
  others: ['till', 'for', 'med', 'av', 'hos', 'var', 'vart', 'vara', 'min', 'mitt', 'mina', 'er', 'ert', 'deras', 'hans', 'hennes', 'en', 'ett', 'foretagets', 'firmans', 'tva', 'nagon'],
  acts: ['tar', 'bestammer', 'beslutar', 'skoter', 'godkanner', 'skriver', 'har', 'ager', 'leder', 'vill', 'sager', 'via', 'genom'],
  ownActs: [],
  otherCases: ['ens', 'ns', 'nas'],
  joins: ['och'],
  bare: ['bara', 'en', 'ett', 'typ', 'nog', 'egentligen', 'val', 'foretagets', 'firmans', 'bolagets'],
  prepares: ['fram', 'underlag*', 'samlar', 'forarbete*', 'bereder', 'utreder', 'kalkyl*'],
  only: ['bara', 'endast', 'enbart'],
  copulas: ['ar', 'var'],
  objects: ['mig', 'mej', 'oss'],
  possessives: [],
  clitics: ['s', 'ns'],
  ofNoun: [],
  bodies: ['styrelse*', 'namnd*', 'ledning*', 'agarna', 'delagarna', 'fullmaktige', 'kommunstyrelse*', 'huvudkontor*', 'moderbolag*', 'koncern*', 'stamma*', 'foreningsstamma*', 'arsstamma*'],
  we: ['vi', 'oss'],
  kin: { family: ['familj', 'fru', 'make', 'maka', 'sambo'], members: ['familj', 'fru', 'make', 'maka', 'sambo', 'bror', 'syster', 'pappa', 'far', 'mamma', 'mor', 'föräldrar', 'son', 'dotter', 'farbror', 'morbror', 'faster', 'moster', 'kusin', 'svåger', 'svägerska', 'svärfar', 'svärmor', 'svärson', 'svärdotter', 'farfar', 'morfar', 'farmor', 'mormor', 'barnbarn'], forms: ['sonen', 'söner', 'sönerna', 'fadern', 'modern', 'brodern', 'bröder', 'bröderna', 'brorsan', 'frun', 'maken', 'makan', 'dottern', 'döttrar', 'döttrarna', 'farsan', 'morsan'] },
  oneOf: ['en av', 'ett av', 'en av de', 'en av vara', 'en utav'],
  determiners: [['min', 'vår', ''], ['mitt', 'vårt', ''], ['mina', 'våra', '']],
  advice: {
    advises: ['rekommend*', 'foresla*', 'forslag*', 'radgiv*', 'lagger fram', 'tar det till', 'lyfter det'],
    mine: ['jag', 'min', 'mitt', 'mina', 'mig', 'mej'],
    own: [],
  },
};

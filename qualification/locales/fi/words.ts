import type { UnitCues } from '../../understand/numbers/units.js';
import type { PeopleWords } from '../../understand/choices/people-words.js';
import type { DirectivePhrases, NamePhrases } from '../addressing.js';
import type { Lexicon } from '../lexicon.js';

export const lexicon: Lexicon = {
  generic: ['kylla', 'joo', 'juu', 'ei', 'muu', 'jokin', 'joku', 'mitaan', 'viela', 'yhdessa', 'en', 'mina', 'toinen', 'talla', 'hetkella', 'nyt', 'on', 'mikaan', 'naista'],
  stopwords: new Set(['on', 'ei', 'se', 'ja', 'ne', 'he', 'me', 'te', 'en', 'jo', 'tai', 'kun', 'nyt', 'ole', 'oli', 'it']),
  light: new Set(['ja', 'tai', 'on', 'ei', 'se', 'ne', 'tama', 'tuo', 'nama', 'olla', 'oli', 'ollut', 'kun', 'jos', 'niin', 'myos', 'vain', 'paljon', 'enemman', 'vahemman', 'lisaa', 'uusi', 'vanha', 'hyva', 'parempi', 'kaikki', 'joka', 'mika', 'mita', 'viela', 'jo', 'nyt', 'kylla', 'hyvin', 'todella', 'tosi', 'liian', 'aina', 'ihan']),
  floating: [],
  coordinators: ['ja', 'tai', 'seka'],
  both: { words: ['molemmat', 'molempia', 'molempien', 'kumpikin', 'kumpaakin', 'seka etta'], joins: ['plus', 'lisaksi'] },
  falseFriends: ['sahkoposti', 'sahkoinen', 'sahkoise', 'sahkoisi', 'sahkoist', 'tehdaan'],
  // "-kunta" also makes a group of people of a word: "henkilökunta" (staff), "asiakaskunta" (clientele).
  boundEnds: { kunta: ['kymmen', 'sata', 'tuhat', 'seura', 'osuus', 'henkilo', 'asiakas', 'yhteis', 'tiede', 'oppilas', 'opiskelija', 'jasen', 'lukija', 'kuulija', 'virka', 'lippu'] },
  negations: new Set(['ei', 'en', 'emme', 'eivat', 'et', 'ette', 'ala', 'mitaan', 'mikaan', 'mitkaan', 'millaan', 'mistaan', 'mihinkaan', 'minkaan', 'milloinkaan']),
  lacking: new Set(['ilman']),
  being: new Set(['olla', 'ole', 'oo', 'on', 'oli', 'ollut', 'ollu', 'olleet', 'ovat', 'tule', 'tullut', 'sattunut', 'sattunu', 'satu', 'loydy']),
  contrasts: new Set(['vaan', 'mutta', 'mut', 'kuin', 'paitsi']),
  leaving: { before: [], endings: ['sta', 'lta'], to: [], toEndings: ['aan', 'iin', 'een', 'oon', 'uun', 'yyn', 'seen', 'siin', 'lle'], going: ['vaihdamme', 'vaihdetaan', 'vaihtamassa', 'vaihtamaan', 'siirrymme', 'siirrytaan', 'siirtymassa', 'siirtymaan', 'paivitamme', 'paivitetaan'], then: ['aiemmin', 'oli', 'meilla oli', 'kaytettiin', 'kaytimme', 'aikaisemmin', 'ennen', 'ennen sita', 'ennen tata', 'ennen vanhaan', 'joskus', 'alussa', 'asti', 'saakka', 'siihen asti', 'oltiin', 'kokeiltiin', 'kokeilimme', 'meil oli'], now: ['nyt', 'nykyaan', 'nykyisin', 'tata nykya', 'talla hetkella', 'tanaan', 'tahan', 'lahtien', 'alkaen', 'tana vuonna'], later: ['sitten', 'sit', 'myohemmin', 'jalkeenpain', 'lopulta', 'sen jalkeen'] },
  towards: { before: [], endings: ['aan', 'iin', 'een', 'oon', 'uun', 'yyn', 'seen', 'siin'] },
  sites: { branch: ['tytaryhti*', 'sivuliik*', 'sivukonttor*', 'myyntikonttor*', 'emoyhti*', 'konserni*'], seat: ['paakonttor*', 'kotipaik*', 'paamaja*'] },
  parties: ['asiaka*', 'asiakka*', 'toimittaj*', 'tavarantoimittaj*', 'alihankkij*', 'valmistaj*', 'tukkuri*', 'jakelij*', 'kilpailij*', 'sijoittaj*', 'kirjanpitaj*', 'tilintarkastaj*'],
  throughout: ['ympari', 'koko', 'pitkin'],
  speed: ['nopeammin', 'nopeemmin', 'nopeuttaa', 'nopeasti', 'tehokkaammin', 'sujuvampaa', 'sujuvammin', 'helpottaa', 'helpommin'],
  clients: { before: [], endings: ['lle'], nouns: ['asiakkaamme ovat', 'asiakkaat ovat', 'asiakkaitamme ovat', 'asiakkainamme', 'asiakkaina on', 'asiakkaina ovat'], sellers: ['myy'] },
  except: ['kuin', 'paitsi', 'lukuunottamatta'],
  hedges: ['jos', 'mikali', 'ehka', 'kenties', 'mahdollisesti', 'voisi*', 'haluaisi*', 'olisi*', 'pitaisi*', 'kannattaisi*', 'saattaa', 'saatamme', 'harkit*', 'mietimme', 'mietitaan', 'suunnittelemme', 'suunnitellaan', 'ajattelimme', 'joskus', 'ehkapa'],
  tools: ['jarjestelma', 'ohjelma', 'ohjelmisto', 'softa', 'sovellus', 'tyokalu', 'alusta', 'moduuli'],
  using: ['meilla on', 'kaytamme', 'kaytossa on', 'kaytossa', 'meilla kaytossa', 'se on'],
  abbreviations: [
    ['tj', 'toimitusjohtaja'],
    ['As Oy', 'asunto-osakeyhtiö'],
    ['Oy', 'osakeyhtiö'],
    ['ry', 'rekisteröity yhdistys'],
    ['AMK', 'ammattikorkeakoulu'],
    ['sote', 'sosiaali- ja terveyspalvelut'],
    ['HR', 'henkilöstöhallinto'],
    ['sähköposti', 'meili', 'maili', 'sposti', 's-posti'],
  ],
};

export const headcount: UnitCues = {
  // "5 recruiters and a coordinator": one more person named by a title after a count.
  one: ['yksi', 'yks'],
  self: '(?:mina|ma|itse)',
  after: ['henk', 'heng', 'hlo', 'hloa', 'tyontekij', 'tyolais', 'asentaj', 'ihmis', 'tyokaver', 'kaver', 'jasen', 'meita', 'teknik', 'opettaj'],
  before: ['meita on', 'meit on', 'tyollistamme', 'tyollistaa', 'henkilostoa', 'henkilosto', 'henkilokunta', 'henkilokuntaa', 'tyontekijoita', 'tyontekijoita on'],
  spoken: [
    ["(?:vain|pelkastaan|ainoastaan) (?:mina|ma|itse)|(?:mina|ma) (?:vain|yksin)|olen yksin|yksinyrittaja|yhden (?:hengen|miehen|naisen) (?:firma|yritys)|ei (?:muita )?tyontekijoita", 1],
    ["(?:mina|ma) ja (?:puolisoni|vaimoni|mieheni|kumppanini|osakkaani|yhtiokumppanini|veljeni|siskoni|kollegani|kollega|tyokaverini|tyokaveri|puoliso|vaimo|mies|kumppani|osakas|veli|sisko|isa|aiti|poika|tytar)|(?:puolisoni|vaimoni|mieheni|kumppanini|osakkaani|yhtiokumppanini) ja (?:mina|ma)|meita on kaksi|kahdestaan|kaksin", 2],
  ],
  // "One per person": a count per person is a ratio, not people.
  where: ['per'],
};

export const otherUnits = ['prosent', 'kk', 'kuukau', 'vuo', 'viik', 'paiv(?!ako)', 'tunti', 'milj', 'mrd', 'miljard'];

export const directives: DirectivePhrases = {
  openers: ['ole hyva ja', 'voisitko'],
  imperatives: ['aseta', 'merkitse', 'merkkaa', 'merkkaisitko', 'merkkaatko', 'muuta', 'paivita', 'kirjaa', 'unohda', 'ohita', 'jata huomiotta', 'ala valita', 'pisteyta', 'luokittele', 'hyvaksy', 'kvalifioi'],
  anywhere: ['\\b(?:aiemmat|edelliset)\\s+ohjeet\\b', '\\b(?:jarjestelma|avustaja)\\s*:'],
};

export const names: NamePhrases = {
  greetings: ['hei', 'moi'],
  leadIns: ['nimeni on', 'nimi on', 'olen', 'mina olen', 'ma oon', 'yrityksen nimi on', 'yrityksemme nimi on', 'yrityksemme on', 'yritys on', 'firman nimi on', 'firma on', 'tassa on', 'tassa', 'taalla on', 'taalla'],
  signOffs: ['tässä', 'täällä'],
  affiliations: [],
};

/** Who a person named in the message is: the visitor, or someone else (`someoneElse`). */
export const people: PeopleWords = {
  self: ['olemme', 'olen', 'mina olen', 'ma oon', 'oon', 'toimin', 'tyoskentelen', 'mina', 'ma', 'itse', 'roolini', 'titteli', 'tittelini', 'vedan', 'johdan', 'hoidan', 'pyoritan', 'tehtavani'],
  others: ['meidan', 'meilla', 'heidan', 'hanen', 'teidan', 'sen', 'firman', 'yrityksen', 'yhtion', 'kaksi', 'yksi', 'uusi', 'joku', 'eras'],
  acts: ['paattaa', 'paattavat', 'hoitaa', 'hoitavat', 'tekee', 'hyvaksyy', 'allekirjoittaa', 'vastaa', 'omistaa', 'johtaa', 'haluaa', 'sanoo', 'kautta', 'kanssa'],
  ownActs: [],
  otherCases: ['lle', 'lta', 'ltä', 'lla', 'llä', 'n', 'ni', 'mme'],
  joins: ['ja', 'seka'],
  bare: ['vain', 'ihan', 'lahinna', 'no', 'siis', 'kai', 'tavallaan', 'yrityksen', 'firman', 'yhtion'],
  prepares: ['valmistel*', 'keraan', 'keraamme', 'selvit*', 'kartoit*', 'pohjatyo*', 'taustatyo*', 'laskelm*'],
  only: ['vain', 'vaan', 'ainoastaan', 'pelkastaan', 'vaa'],
  copulas: ['on', 'oli'],
  objects: ['minua', 'minut', 'mua', 'mut', 'minulle', 'mulle', 'meita', 'meidat'],
  possessives: ['ni', 'mme', 'nsa'],
  clitics: [],
  ofNoun: [],
  bodies: ['hallitu*', 'johtoryhm*', 'lautakun*', 'valtuust*', 'kunnanhallitu*', 'omistajat', 'omistajien', 'omistajille', 'omistajilla', 'osakkaat', 'osakkaiden', 'yhtiokokou*', 'paakonttor*', 'emoyhtio*', 'konserni*', 'johto', 'johdon', 'johdolle'],
  we: ['me', 'meita', 'meidat'],
  kin: { family: ['perhe', 'vaimo', 'aviomies', 'puoliso', 'avopuoliso'], members: ['perhe', 'vaimo', 'aviomies', 'mies', 'puoliso', 'avopuoliso', 'veli', 'sisko', 'sisar', 'isä', 'äiti', 'vanhemmat', 'poika', 'tytär', 'setä', 'eno', 'täti', 'serkku', 'lanko', 'käly', 'appi', 'anoppi', 'vävy', 'miniä', 'isoisä', 'isoäiti', 'pappa', 'mummo', 'lapsenlapsi'], forms: ['isää', 'isälle', 'isäni', 'isämme', 'pojan', 'pojat', 'pojalle', 'pojille', 'veljen', 'veljeni', 'veljet', 'veljensä', 'veljeä', 'veljelle', 'veljekset', 'äidin', 'äidille', 'äidiltä', 'tyttären', 'tyttäreni', 'tyttäret', 'tyttärelle', 'miehen', 'mieheni', 'miehensä', 'miehelle'] },
  oneOf: ['yksi', 'yks', 'yhtena', 'yks meidan', 'yksi meidan'],
  determiners: [['minun', 'mun', 'meidän', 'meiän', '']],
  advice: {
    advises: ['suosit*', 'ehdot*', 'ehdotu*', 'esity*', 'neuvo*'],
    mine: ['mina', 'ma', 'mun', 'minun', 'itse'],
    own: ['suosittelen', 'suosittelisin', 'ehdotan', 'ehdottaisin', 'esitän', 'esittäisin', 'esittelen', 'neuvon'],
  },
};

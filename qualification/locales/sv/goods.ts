import type { GoodsWords } from '../../definition/goods.js';

/**
 * What shops sell, by kind (definition/goods.ts), as Swedish visitors name it. Base forms: the matcher
 * reads definite forms and compounds ("jeansen", "friluftskläderna").
 */
export const goods: GoodsWords = {
  fashion: ['kläder', 'klädsel', 'mode', 'skor', 'sko', 'skodon', 'sneakers', 'gympaskor', 'stövlar', 'kängor', 'sandaler', 'jeans', 'byxor', 'klänningar', 'skjortor', 't-shirts', 'tröjor', 'hoodies', 'jackor', 'rockar', 'underkläder', 'badkläder', 'strumpor', 'väskor', 'handväskor', 'ryggsäckar', 'mössor', 'hattar', 'halsdukar', 'damkläder', 'herrkläder', 'barnkläder', 'bebiskläder', 'streetwear', 'second hand-kläder', 'vintagekläder', 'accessoarer till kläder'],
  jewellery: ['smycken', 'smycke', 'ringar', 'halsband', 'örhängen', 'armband', 'klockor', 'armbandsur'],
  home: ['möbler', 'soffor', 'fåtöljer', 'bord', 'stolar', 'sängar', 'madrasser', 'mattor', 'lampor', 'belysning', 'inredning', 'heminredning', 'inredningsdetaljer', 'hemtextil', 'sängkläder', 'handdukar', 'gardiner', 'kuddar', 'köksartiklar', 'kökstillbehör', 'porslin', 'glas och porslin', 'doftljus', 'stearinljus', 'vaser', 'tapeter', 'speglar', 'prydnadssaker'],
  garden: ['trädgård', 'trädgårdsprodukter', 'växter', 'krukväxter', 'fröer', 'blomlökar', 'blommor', 'utemöbler', 'trädgårdsmöbler', 'grillar', 'gräsklippare', 'växthus', 'krukor'],
  diy: ['verktyg', 'elverktyg', 'handverktyg', 'järnhandel', 'byggmaterial', 'byggvaror', 'målarfärg', 'skruv', 'skruvar', 'vvs-artiklar', 'elartiklar', 'kakel', 'golv', 'renoveringsprodukter'],
  beauty: ['skönhet', 'skönhetsprodukter', 'kosmetika', 'smink', 'makeup', 'hudvård', 'hudvårdsprodukter', 'hårvård', 'hårprodukter', 'schampo', 'parfym', 'parfymer', 'dofter', 'nagellack', 'läppstift', 'ansiktskrämer', 'serum', 'skäggvård', 'naturlig kosmetika', 'ekologisk hudvård'],
  health: ['hälsa', 'välmående', 'kosttillskott', 'vitaminer', 'mineraler', 'proteinpulver', 'hälsoprodukter', 'friskvårdsprodukter', 'sjukvårdsartiklar', 'medicinteknik', 'receptfria läkemedel', 'kontaktlinser', 'hörapparater', 'eteriska oljor'],
  electronics: ['elektronik', 'hemelektronik', 'prylar', 'mobiler', 'mobiltelefoner', 'telefoner', 'smartphones', 'laptops', 'bärbara datorer', 'datorer', 'surfplattor', 'hörlurar', 'högtalare', 'tv-apparater', 'tv', 'kameror', 'drönare', 'smartklockor', 'spelkonsoler', 'datortillbehör', 'datorkomponenter', 'mobilskal', 'laddare', 'kablar', 'vitvaror', 'hushållsapparater', 'småapparater', 'köksapparater', 'kaffemaskiner', 'espressomaskiner', 'dammsugare', 'robotdammsugare', 'tvättmaskiner', 'kylskåp'],
  food_drink: ['mat', 'livsmedel', 'matvaror', 'kaffe', 'kaffebönor', 'vin', 'viner', 'hantverksöl', 'drycker', 'läsk', 'snacks', 'godis', 'sötsaker', 'choklad', 'konfektyr', 'kryddor', 'såser', 'olivolja', 'honung', 'delikatesser', 'ekologisk mat', 'matkassar', 'bakverk'],
  sports_outdoor: ['sport', 'friluftsliv', 'sportartiklar', 'sportutrustning', 'idrottsartiklar', 'friluftsutrustning', 'friluftskläder', 'outdoorkläder', 'outdoor', 'campingutrustning', 'tält', 'sovsäckar', 'vandring', 'vandringskängor', 'klätterutrustning', 'cyklar', 'cykel', 'elcyklar', 'cykling', 'cykeltillbehör', 'cykeldelar', 'skidor', 'skidutrustning', 'snowboards', 'träningsutrustning', 'gymutrustning', 'vikter', 'yogamattor', 'löparutrustning', 'fiske', 'fiskeutrustning', 'fiskedrag', 'golfutrustning', 'kajaker', 'paddling', 'skateboards', 'jaktutrustning'],
  toys_kids: ['leksaker', 'leksak', 'barnleksaker', 'träleksaker', 'pussel', 'sällskapsspel', 'brädspel', 'dockor', 'gosedjur', 'mjukdjur', 'lego', 'babyprodukter', 'barnprodukter', 'barnvagnar', 'bilbarnstolar', 'blöjor'],
  pets: ['husdjur', 'djur', 'djurtillbehör', 'husdjursprodukter', 'djurmat', 'hundmat', 'kattmat', 'hundfoder', 'kattfoder', 'foder', 'hundleksaker', 'kattsand', 'hundbäddar', 'koppel', 'halsband till hundar', 'akvarier', 'akvarietillbehör', 'fågelfrö', 'hästutrustning', 'ridsport', 'zoo'],
  books_media: ['böcker', 'bok', 'e-böcker', 'ljudböcker', 'serietidningar', 'seriealbum', 'manga', 'tidskrifter', 'vinylskivor', 'cd-skivor', 'dvd-filmer', 'filmer', 'noter'],
  auto: ['bildelar', 'reservdelar till bilar', 'biltillbehör', 'däck', 'fälgar', 'mc-delar', 'motorcykeldelar', 'mc-utrustning', 'bilvård', 'bilvårdsprodukter', 'motorolja'],
  office: ['kontorsmaterial', 'kontorsvaror', 'pappersvaror', 'anteckningsböcker', 'pennor', 'bläckpatroner', 'toner', 'kontorsmöbler', 'skolmaterial'],
  hobby: ['hobby', 'pyssel', 'hobbymaterial', 'konstnärsmaterial', 'garn', 'stickgarn', 'tyger', 'sybehör', 'pärlor', 'musikinstrument', 'gitarrer', 'pianon', 'modellbyggen', 'byggsatser'],
};

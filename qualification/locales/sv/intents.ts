import type { IntentPhrases } from '../../understand/intents/phrases.js';

export const intents: IntentPhrases = {
  why: ['varfor undrar*', 'varfor fragar*', 'varfor vill ni*', 'varfor vill du*', 'varfor behover*', 'varfor maste ni*', 'vad ska ni med det', 'vad behover ni det till', 'vad ska det vara bra for', 'varfor ar det viktigt', 'varfor spelar det roll', 'vad spelar det for roll', 'varfor det'],
  whyAlone: ['varfor', 'hur sa', 'hursa'],
  skip: ['vet inte', 'vet ej', 'vet inte riktigt', 'hoppa over', 'nasta fraga', 'vill inte saga', 'vill helst inte*', 'ingen aning', 'svart att saga', 'kan inte saga', 'ingen kommentar', 'osaker', 'vill inte svara', 'skippa', 'skip*', 'beror pa priset', 'beror pa kostnaden', 'beror pa vad det kostar', 'vet jag inte', 'vet jag ej', 'vet vi inte', 'minns inte', 'minns jag inte', 'kommer inte ihag', 'kommer jag inte ihag', 'vill jag inte saga', 'vill jag helst inte*', 'vill jag inte svara pa', 'kan jag inte svara pa', 'kan jag inte saga', 'sager jag inte', 'har jag ingen aning om'],
  depends: ['beror pa', 'det beror pa', 'allt beror pa', 'det beror', 'beroende pa', 'beror', 'det beror lite pa', 'beror lite pa'],
  skipUnless: ['om', 'varfor', 'var', 'vad', 'nar', 'hur', 'vem', 'vilka', 'vilken', 'vart'],
  correction: ['forresten', 'forlat jag menade', 'jag menade', 'jag menar', 'egentligen', 'rattelse', 'jag rattar', 'eller nej', 'nej vanta', 'fel av mig', 'for att vara exakt', 'actually'],
  human: ['manniska', 'manniskan', 'riktig person', 'ring mig', 'ringa mig', 'ring upp', 'kan ni ringa', 'ringer ni', 'prata med nagon', 'prata med en', 'tala med nagon', 'saljare*', 'kontakta mig', 'bli uppringd', 'fa ett samtal', 'boka ett samtal', 'prata med kundtjanst', 'koppla mig till kundtjanst'],
  notHuman: ['var', 'vara', 'vart', 'min', 'mina', 'varav', 'vi har', 'jag ar', 'som', 'pa', 'i', 'flera', 'nagra', 'tva', 'tre', 'fem'],
  wait: ['vanta', 'vanta lite', 'vanta lite bara', 'vanta en sekund', 'en sekund', 'en sekund bara', 'ett ogonblick', 'ett ogonblick bara', 'jag ska tanka', 'jag maste tanka', 'maste tanka', 'jag far tanka', 'lat mig tanka', 'jag tanker', 'jag ska kolla', 'jag maste kolla', 'maste kolla', 'jag far kolla', 'jag kollar', 'bra fraga'],
  fillers: ['hmm*', 'hm', 'oj', 'ah', 'nja', 'alltsa', 'okej', 'ok', 'bra fraga', 'lite', 'pa det', 'forst', 'bara', 'sa', 'da', 'nu'],
  greeting: ['hej', 'hejsan', 'hej hej', 'tjena', 'tjenare', 'tja', 'halla', 'god morgon', 'god dag', 'goddag', 'god kvall', 'hello', 'hi'],
  thanks: ['tack*', 'tackar', 'tusen tack', 'stort tack', 'thanks'],
  abuse: ['fan', 'fy fan', 'javla*', 'jaevla*', 'skit', 'skitsnack', 'helvete*', 'idiot*', 'kuk', 'hora', 'fitta', 'dum i huvudet', 'hall kaften'],
  yes: ['ja', 'japp', 'jajamen', 'jada', 'javisst', 'absolut', 'visst', 'sjalvklart', 'precis', 'stammer', 'det stammer', 'ok', 'okej', 'yes', 'sakert', 'garna', 'mm', 'tyvarr ja', 'tyvarr har vi det'],
  no: ['visste inte att det fanns', 'visste inte att det finns', 'vi visste inte att det fanns', 'jag visste inte att det fanns', 'visste inte om det', 'aldrig hort talas om det', 'har aldrig hort talas om', 'nej', 'na', 'naa', 'nix', 'inte', 'inte just nu', 'inte nu', 'inte direkt', 'inte riktigt', 'nej tack', 'inte an', 'inte annu', 'no', 'inte vad jag vet', 'inte vad vi vet', 'inte som jag vet', 'inte savitt jag vet', 'inte mig veterligen', 'tror inte det', 'jag tror inte det', 'tror inte', 'knappast', 'troligen inte', 'formodligen inte', 'inte langre', 'inte numera', 'inte nu langre'],
  questionStart: ['vad', 'hur', 'kan', 'har ni', 'har du', 'finns', 'vilken', 'vilka', 'vilket', 'nar', 'vem', 'fungerar', 'stodjer', 'gar det', 'kostar', 'ar det', 'erbjuder', 'integrerar', 'funkar det', 'funkar den', 'passar det', 'passar den', 'racker det', 'klarar ni', 'klarar den', 'klarar det', 'duger det'],
  notQuestion: ['nar som helst', 'var som helst', 'hur som helst', 'vad som helst', 'vem som helst'],
};

import type { ConceptPhrases } from '../pack.js';

export const concepts: ConceptPhrases = {
  yes: ['ja', 'japp', 'javisst', 'absolut', 'visst', 'ja det har vi', 'ja det gör vi', 'stämmer'],
  no: ['nej', 'nej det har vi inte', 'nix', 'nej inte än', 'inte alls'],
  dont_know: ['vet inte', 'vet ej', 'ingen aning', 'osäker', 'svårt att säga', 'kan inte säga'],
  no_budget: ['ingen budget', 'inte budgeterat', 'har inte budgeterat', 'inget godkänt', 'inte godkänt', 'inga pengar avsatta', 'inga avsatta pengar', 'finns ingen budget', 'budget saknas', 'inga pengar', 'inte tänkt på budget', 'ingen budget satt'],
  i_decide: ['jag bestämmer', 'jag beslutar', 'jag fattar beslutet', 'jag tar beslutet', 'mitt beslut', 'det är mitt beslut', 'jag har sista ordet', 'jag är beslutsfattare', 'jag fattar besluten', 'beslutet är mitt', 'det bestämmer jag'],
  i_recommend: ['jag rekommenderar', 'jag föreslår', 'jag tar fram underlag', 'jag påverkar', 'jag bereder', 'jag ger en rekommendation', 'jag utvärderar'],
  someone_else_decides: ['någon annan bestämmer', 'någon annan beslutar', 'min chef bestämmer', 'chefen bestämmer', 'ledningen bestämmer', 'styrelsen bestämmer', 'ägaren bestämmer', 'inte mitt beslut', 'inte jag som bestämmer'],
  just_looking: ['tittar bara', 'kollar bara', 'kollar runt', 'undersöker', 'gör research', 'orienterar mig', 'bara nyfiken', 'samlar information', 'omvärldsbevakning', 'kollar läget', 'vi kollar bara läget', 'inga konkreta planer'],
  student: ['student', 'studerar', 'examensarbete', 'skolprojekt', 'uppsats'],
  job_hunting: ['arbetssökande', 'söker jobb', 'letar jobb', 'arbetslös', 'söker arbete'],
  retired: ['pensionär', 'pensionerad', 'gått i pension'],
};

import type { MadeWords } from '../vocabulary.js';

/** What companies make or build, by the NACE division making it (see `MadeWords`). */
export const made: MadeWords = {
  products: {
    'C.10': ['bread', 'rolls', 'pastries', 'cakes', 'biscuits', 'baked goods', 'meat products', 'sausages', 'ham', 'dairy products', 'cheese', 'yoghurt', 'ice cream', 'frozen food', 'chocolate', 'sweets', 'fish products', 'smoked salmon', 'animal feed', 'pet food', 'baby food', 'sauces', 'snacks', 'crisps'],
    'C.11': ['beer', 'craft beer', 'cider', 'wine', 'spirits', 'gin', 'whisky', 'soft drinks', 'juice', 'juices', 'mineral water'],
    'C.13': ['textiles', 'fabrics', 'yarn', 'carpets'],
    'C.14': ['clothes', 'clothing', 'garments', 'workwear', 'uniforms', 'knitwear'],
    'C.15': ['shoes', 'footwear', 'boots', 'leather goods', 'handbags'],
    'C.16': ['timber', 'sawn timber', 'wood products', 'pallets', 'log houses', 'log cabins', 'wooden windows', 'wooden doors'],
    'C.17': ['paper', 'cardboard', 'cardboard boxes', 'tissue paper', 'paper packaging'],
    'C.20': ['chemicals', 'paints', 'paint', 'coatings', 'detergents', 'cleaning products', 'fertilisers', 'fertilizers', 'adhesives', 'glue', 'cosmetics', 'plastic granulate'],
    'C.21': ['medicines', 'pharmaceuticals', 'generics', 'tablets', 'capsules', 'vaccines'],
    'C.22': ['plastic parts', 'plastic products', 'plastic packaging', 'plastics', 'rubber products', 'rubber parts', 'injection moulded parts', 'injection molded parts', 'pipes', 'foam'],
    'C.23': ['concrete', 'concrete elements', 'precast concrete', 'concrete products', 'glass', 'bricks', 'ceramics', 'insulation'],
    'C.24': ['steel', 'aluminium', 'aluminum', 'castings', 'copper'],
    'C.25': ['metal parts', 'metal products', 'metal components', 'steel structures', 'steel frames', 'steel frameworks', 'sheet metal', 'sheet metal parts', 'machined parts', 'fasteners', 'springs', 'tanks', 'metal doors', 'hand tools'],
    'C.26': ['electronics', 'circuit boards', 'PCBs', 'sensors', 'measuring instruments'],
    'C.27': ['electrical equipment', 'cables', 'batteries', 'switchgear', 'electric motors', 'transformers', 'light fittings'],
    'C.28': ['machines', 'machinery', 'industrial machines', 'pumps', 'cranes', 'compressors', 'agricultural machinery', 'forestry machines', 'conveyors', 'gearboxes'],
    'C.29': ['car parts', 'vehicle parts', 'trailers', 'vehicle bodies'],
    'C.30': ['boats', 'ships', 'yachts', 'trains', 'aircraft parts'],
    'C.31': ['furniture', 'sofas', 'kitchen cabinets', 'office furniture', 'chairs', 'beds', 'mattresses'],
    'C.32': ['jewellery', 'jewelry', 'toys', 'medical devices', 'sports equipment', 'dental implants'],
    'F.41': ['houses', 'homes', 'family homes', 'single-family homes', 'detached houses', 'terraced houses', 'blocks of flats', 'apartment buildings', 'villas', 'prefab houses', 'new homes', 'holiday homes'],
    'F.42': ['roads', 'bridges', 'railways', 'tunnels', 'pipelines'],
  },
  verbs: ['we make', 'we manufacture', 'we produce', 'we build', 'we construct', 'we bake', 'we brew', 'we weld', 'we sew', 'making'],
};

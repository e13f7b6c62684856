import type { MadeWords } from '../vocabulary.js';

/** Vad företag tillverkar eller bygger, efter SNI-avdelningen som gör det (se `MadeWords`). */
export const made: MadeWords = {
  products: {
    'C.10': ['bröd', 'bullar', 'bakverk', 'kakor', 'kex', 'charkuterier', 'korv', 'mejeriprodukter', 'ost', 'yoghurt', 'glass', 'fryst mat', 'choklad', 'godis', 'konfektyr', 'fiskprodukter', 'rökt lax', 'djurfoder', 'foder', 'färdigmat', 'livsmedel'],
    'C.11': ['öl', 'hantverksöl', 'cider', 'vin', 'sprit', 'gin', 'whisky', 'läsk', 'juice', 'mineralvatten'],
    'C.13': ['textilier', 'tyger', 'garn', 'mattor'],
    'C.14': ['kläder', 'arbetskläder', 'plagg', 'stickat'],
    'C.15': ['skor', 'kängor', 'läderprodukter', 'väskor'],
    'C.16': ['trävaror', 'sågade trävaror', 'träprodukter', 'pallar', 'timmerhus', 'stockhus', 'fönster', 'dörrar'],
    'C.17': ['papper', 'kartong', 'wellpapp', 'mjukpapper', 'förpackningar av kartong'],
    'C.20': ['kemikalier', 'färg', 'färger', 'lacker', 'rengöringsmedel', 'tvättmedel', 'gödsel', 'lim', 'kosmetika'],
    'C.21': ['läkemedel', 'mediciner', 'tabletter', 'kapslar', 'vacciner'],
    'C.22': ['plastdetaljer', 'plastprodukter', 'plastförpackningar', 'plast', 'gummiprodukter', 'gummidetaljer', 'formsprutade detaljer', 'rör', 'skumplast'],
    'C.23': ['betong', 'betongelement', 'prefab', 'betongprodukter', 'glas', 'tegel', 'keramik', 'isolering'],
    'C.24': ['stål', 'aluminium', 'gjutgods', 'koppar'],
    'C.25': ['metalldetaljer', 'metallprodukter', 'metallkomponenter', 'stålkonstruktioner', 'stålstommar', 'plåtdetaljer', 'tunnplåt', 'bearbetade detaljer', 'fästelement', 'fjädrar', 'tankar', 'handverktyg'],
    'C.26': ['elektronik', 'kretskort', 'sensorer', 'mätinstrument'],
    'C.27': ['elutrustning', 'kablar', 'batterier', 'ställverk', 'elmotorer', 'transformatorer', 'armaturer'],
    'C.28': ['maskiner', 'industrimaskiner', 'pumpar', 'kranar', 'kompressorer', 'lantbruksmaskiner', 'skogsmaskiner', 'transportband', 'växellådor'],
    'C.29': ['bildelar', 'fordonsdelar', 'släpvagnar', 'karosser'],
    'C.30': ['båtar', 'fartyg', 'tåg'],
    'C.31': ['möbler', 'soffor', 'köksinredning', 'kontorsmöbler', 'stolar', 'sängar', 'madrasser'],
    'C.32': ['smycken', 'leksaker', 'medicinteknik', 'sportutrustning'],
    'F.41': ['hus', 'villor', 'småhus', 'enfamiljshus', 'parhus', 'radhus', 'flerbostadshus', 'lägenheter', 'bostäder', 'fritidshus', 'stugor', 'monteringsfärdiga hus', 'kataloghus'],
    'F.42': ['vägar', 'broar', 'järnväg', 'tunnlar', 'ledningar'],
  },
  verbs: ['vi tillverkar', 'tillverkar vi', 'vi producerar', 'vi bygger', 'bygger vi', 'vi gör', 'gör vi', 'vi bakar', 'vi brygger', 'vi svetsar', 'vi syr'],
};

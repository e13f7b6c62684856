import type { MadeWords } from '../vocabulary.js';

/** Mitä yritykset valmistavat tai rakentavat, valmistavan TOL-toimialan mukaan (ks. `MadeWords`). */
export const made: MadeWords = {
  products: {
    'C.10': ['leipä', 'leivät', 'sämpylä', 'pulla', 'leivonnaiset', 'kakut', 'keksit', 'lihatuotteet', 'makkara', 'makkarat', 'maitotuotteet', 'juusto', 'jogurtti', 'jäätelö', 'pakasteet', 'suklaa', 'makeiset', 'karkit', 'kalatuotteet', 'savukala', 'rehu', 'rehut', 'lemmikkiruoka', 'valmisruoka', 'valmisruuat', 'elintarvikkeet', 'elintarvike'],
    'C.11': ['olut', 'oluet', 'pienpanimo-olut', 'siideri', 'viini', 'viinit', 'väkevät', 'gini', 'viski', 'virvoitusjuomat', 'limonadi', 'mehu', 'mehut', 'kivennäisvesi'],
    'C.13': ['tekstiilit', 'kankaat', 'lanka', 'langat', 'matot'],
    'C.14': ['vaatteet', 'vaate', 'työvaatteet', 'asusteet', 'neuleet'],
    'C.15': ['kengät', 'jalkineet', 'saappaat', 'nahkatuotteet', 'laukut'],
    'C.16': ['sahatavara', 'puutavara', 'puutuotteet', 'lavat', 'kuormalavat', 'hirsitalot', 'hirsitalo', 'hirsimökit', 'ikkunat', 'ovet', 'puuikkunat'],
    'C.17': ['paperi', 'kartonki', 'pahvi', 'pahvilaatikot', 'pehmopaperi', 'kartonkipakkaukset'],
    'C.20': ['kemikaalit', 'maalit', 'maali', 'pinnoitteet', 'pesuaineet', 'puhdistusaineet', 'lannoitteet', 'liimat', 'kosmetiikka'],
    'C.21': ['lääkkeet', 'lääke', 'lääkevalmisteet', 'tabletit', 'kapselit', 'rokotteet'],
    'C.22': ['muoviosat', 'muovituotteet', 'muovipakkaukset', 'muovi', 'kumituotteet', 'kumiosat', 'ruiskuvaletut osat', 'putket', 'vaahtomuovi'],
    'C.23': ['betoni', 'betonielementit', 'betonielementti', 'betonituotteet', 'lasi', 'tiilet', 'keramiikka', 'eristeet'],
    'C.24': ['teräs', 'alumiini', 'valut', 'valukappaleet', 'kupari'],
    'C.25': ['metalliosat', 'metallituotteet', 'metallikomponentit', 'teräsrakenteet', 'teräsrungot', 'ohutlevyosat', 'ohutlevy', 'koneistetut osat', 'kiinnikkeet', 'jouset', 'säiliöt', 'käsityökalut'],
    'C.26': ['elektroniikka', 'piirilevyt', 'anturit', 'mittalaitteet'],
    'C.27': ['sähkölaitteet', 'kaapelit', 'akut', 'paristot', 'sähkömoottorit', 'muuntajat', 'valaisimet'],
    'C.28': ['koneet', 'kone', 'laitteet', 'teollisuuskoneet', 'pumput', 'nosturit', 'kompressorit', 'maatalouskoneet', 'metsäkoneet', 'kuljettimet', 'vaihteet'],
    'C.29': ['auton osat', 'autonosat', 'perävaunut', 'kori', 'korit'],
    'C.30': ['veneet', 'laivat', 'junat'],
    'C.31': ['huonekalut', 'huonekalu', 'sohvat', 'keittiökalusteet', 'kalusteet', 'toimistokalusteet', 'tuolit', 'sängyt', 'patjat'],
    'C.32': ['korut', 'lelut', 'terveydenhuollon laitteet', 'urheiluvälineet'],
    'F.41': ['talot', 'omakotitalot', 'omakotitalo', 'paritalot', 'rivitalot', 'kerrostalot', 'asuintalot', 'asunnot', 'huvilat', 'elementtitalot', 'talopaketit', 'mökit', 'vapaa-ajan asunnot'],
    'F.42': ['tiet', 'sillat', 'rautatiet', 'tunnelit', 'putkilinjat'],
  },
  verbs: ['valmistamme', 'valmistetaan', 'tuotamme', 'tuotetaan', 'rakennamme', 'rakennetaan', 'teemme', 'tehdään', 'leivomme', 'leivotaan', 'hitsaamme', 'ompelemme'],
};

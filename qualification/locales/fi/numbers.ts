import type { Morpheme, NumberWords } from '../../understand/numbers/words.js';

const unit = (value: number, approx = false): Morpheme => ({ kind: 'unit', value, approx });
const ten: Morpheme = { kind: 'ten', value: 10 };
const hundred: Morpheme = { kind: 'hundred', value: 100 };
const thousand: Morpheme = { kind: 'thousand', value: 1000 };

/** Nominative, partitive and genitive stems: "viisikymmentä", "viidenkymmenen hengen". */
export const numbers: NumberWords = {
  morphemes: {
    yksi: unit(1),
    yhden: unit(1),
    kaksi: unit(2),
    kahden: unit(2),
    kolme: unit(3),
    kolmen: unit(3),
    nelja: unit(4),
    neljan: unit(4),
    viisi: unit(5),
    viiden: unit(5),
    kuusi: unit(6),
    kuuden: unit(6),
    seitseman: unit(7),
    kahdeksan: unit(8),
    yhdeksan: unit(9),
    pari: unit(2, true),
    parisen: unit(2, true),
    kolmisen: unit(3, true),
    nelisen: unit(4, true),
    viitisen: unit(5, true),
    kuutisen: unit(6, true),
    toista: { kind: 'teen', value: 10 },
    kymmenen: ten,
    kymmenta: ten,
    kymmen: ten,
    sata: hundred,
    sataa: hundred,
    sadan: hundred,
    tuhat: thousand,
    tuhatta: thousand,
    tuhannen: thousand,
    kunta: { kind: 'approx', value: 0 },
  },
  compounds: true,
  joiners: [],
  approxBefore: ['noin', 'n', 'suunnilleen', 'arviolta', 'lahes', 'melkein', 'yli', 'alle', 'vajaa', 'vajaat', 'reilu', 'reilut', 'runsas', 'runsaat', 'ehka', 'kutakuinkin', 'jotain', 'about'],
  approxAfter: ['tai niin', 'paikkeilla', 'paikkeille', 'vaiheilla'],
  rangeJoin: ['ja', 'tai'],
  multipliers: { k: 1000, t: 1000, tuhatta: 1000, tuhat: 1000 },
  tense: { current: ['nyt', 'nykyaan', 'tata nykya', 'talla hetkella', 'tanaan', 'nykyisin', 'tallahetkella', 'enaa'], past: ['oli', 'olimme', 'olivat', 'aiemmin', 'ennen', 'viime vuonna', 'parhaimmillaan', 'enimmillaan', 'huipussaan', 'joskus', 'aikaisemmin'], coming: ['uusi', 'uutta', 'uusia', 'palkataan', 'palkkaamme', 'rekrytoimme', 'rekrytoidaan', 'tulossa', 'ensi vuonna', 'kohta', 'pian'] },
};

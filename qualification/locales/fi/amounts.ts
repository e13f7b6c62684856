import type { AmountWords, ReplyWords } from '../../understand/yes-no.js';

/** An amount for a yes or a no ("jonkin verran Saksaan"), folded: understand/yes-no.ts. "Enimmäkseen" is left out: "enimmäkseen kotimaahan" says no. */
export const amounts: AmountWords = {
  some: ['jonkin verran', 'jonkun verran', 'jonkin vahan', 'vahan', 'hieman', 'muutama', 'muutaman', 'muutamia', 'pari', 'joskus', 'silloin talloin', 'aina valilla', 'valilla', 'satunnaisesti', 'osittain', 'paljon', 'runsaasti', 'useita', 'saannollisesti', 'usein', 'isoimmilla', 'isommilla', 'suurimmilla', 'suuremmilla', 'isoilla asiakkailla', 'osalla', 'joillakin'],
  none: ['tuskin', 'tuskin ollenkaan', 'tuskin lainkaan', 'ei juurikaan', 'ei juuri', 'ei yhtaan', 'ei ollenkaan', 'ei lainkaan', 'ei koskaan', 'ei mitaan', 'nolla', 'lahes ei', 'tuskin koskaan', 'tuskin ketaan'],
};

/** A yes or no inside a longer reply ("…, so yes", "no we're …"), folded: understand/yes-no.ts. */
export const replies: ReplyWords = {
  so: ['eli', 'joten', 'siis', 'niin että'],
  subjects: ['me', 'olemme', 'ollaan', 'meilla', 'ma', 'mina', 'se', 'meidan'],
  yet: ['mutta', 'mut'],
  intending: ['aiotaan', 'aiomme', 'aion', 'on tarkoitus', 'tarkoitus on', 'meinataan', 'meinaamme', 'tullaan', 'tulemme', 'suunnitellaan', 'suunnittelemme'],
  behalf: ['meidan puolesta', 'puolestamme', 'meille', 'minun puolesta', 'puolestani'],
  already: ['jo', 'nyt', 'taas', 'joka vuosi', 'vuosittain', 'joka kevat', 'aina', 'saannollisesti', 'tana vuonna', 'viime vuonna', 'juuri', 'hiljattain', 'vasta'],
  pronouns: ['ne', 'niita', 'niit', 'sita', 'sen', 'se'],
  verbReplies: { yes: ['ollaan', 'olemme', 'me ollaan', 'kylla ollaan', 'kylla olemme', 'ollaan me', 'ollaan ollaan'], no: ['ei olla', 'emme ole', 'ei me olla', 'ei olla me'] },
};

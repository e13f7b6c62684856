import type { AmountWords, ReplyWords } from '../../understand/yes-no.js';

/** An amount for a yes or a no ("trochę na Słowację"), folded: understand/yes-no.ts. "Głównie" is left out: "głównie w Polsce" says no; so is "niewiele", which leans either way. */
export const amounts: AmountWords = {
  some: ['troche', 'kilka', 'pare', 'czasem', 'czasami', 'niekiedy', 'od czasu do czasu', 'sporo', 'duzo', 'wiele', 'regularnie', 'czesto', 'czesciowo', 'nieco', 'co nieco', 'kilkanascie', 'kilkadziesiat', 'wieksi', 'najwieksi', 'wieksi klienci', 'wieksi odbiorcy', 'duzi klienci', 'duzi odbiorcy', 'niektorzy'],
  none: ['prawie wcale', 'wcale', 'prawie nic', 'prawie zadnych', 'zadnych', 'zadne', 'nic', 'nigdy', 'prawie nigdy', 'prawie nikt', 'zero', 'ani jednego', 'ani jednej'],
};

/** A yes or no inside a longer reply ("…, so yes", "no we're …"), folded: understand/yes-no.ts. */
export const replies: ReplyWords = {
  so: ['wiec', 'czyli', 'zatem', 'dlatego'],
  subjects: ['jestesmy', 'my', 'ja', 'to', 'nasza', 'nasz', 'nasze', 'mamy'],
  yet: ['ale'],
  intending: ['zamierzamy', 'zamierzam', 'mamy zamiar', 'planujemy', 'bedziemy', 'chcemy', 'dopiero bedziemy', 'szykujemy sie', 'wlasnie bedziemy'],
  behalf: ['za nas', 'w naszym imieniu', 'za mnie', 'w moim imieniu', 'dla nas'],
  already: ['juz', 'teraz', 'znowu', 'co roku', 'corocznie', 'kazdego roku', 'zawsze', 'regularnie', 'w tym roku', 'w zeszlym roku', 'wlasnie', 'niedawno'],
  pronouns: ['je', 'go', 'ja', 'ich', 'to', 'te'],
  verbReplies: { yes: ['jestesmy', 'tak jestesmy', 'mamy', 'tak mamy'], no: ['nie jestesmy', 'nie mamy'] },
};

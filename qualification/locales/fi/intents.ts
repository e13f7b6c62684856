import type { IntentPhrases } from '../../understand/intents/phrases.js';

export const intents: IntentPhrases = {
  why: ['miksi kysyt*', 'miksi kysytte*', 'miks kysyt*', 'miksi haluat*', 'miksi haluatte*', 'miksi tarvit*', 'miks tarvit*', 'mihin tarvit*', 'mihin te tarvit*', 'mihin sita tarvit*', 'miksi se on tarpeen', 'miksi tuo', 'miksi tuota', 'miksi tama', 'miksi taman', 'miksi sita', 'mita varten', 'miksi sinun pitaa tietaa', 'miksi teidan pitaa tietaa', 'miksi se kiinnostaa', 'mita se teille kuuluu'],
  whyAlone: ['miksi', 'miks', 'miksi niin', 'minka takia'],
  skip: ['en tieda', 'en tiia', 'en ma tieda', 'en mina tieda', 'ohita', 'ohitetaan', 'seuraava kysymys', 'en halua kertoa', 'en halua sanoa', 'en osaa sanoa', 'vaikea sanoa', 'ei hajua*', 'ei aavistustakaan', 'ei kommenttia', 'jatetaan valiin', 'hypataan yli', 'skip*', 'en muista', 'en kerro', 'en ole varma', 'en ole ihan varma', 'en oo varma', 'en oo ihan varma', 'riippuu hinnasta', 'riippuu hinnoista', 'riippuu kustannuksista', 'riippuu siita mita se maksaa'],
  skipUnless: ['miksi', 'miks', 'missa', 'mista', 'mihin', 'mita', 'milloin', 'miten', 'kuka', 'ketka', 'mika', 'onko', 'kuinka', 'paljonko', 'montako'],
  correction: ['itse asiassa', 'oikeastaan', 'tarkoitin', 'tarkoitan siis', 'korjaan', 'korjaus', 'anteeksi tarkoitin', 'sori tarkoitin', 'eiku', 'ei kun', 'tarkemmin sanottuna', 'actually'],
  human: ['ihmisen kanssa', 'ihminen', 'ihmiselle', 'oikea ihminen', 'oikean ihmisen', 'soita minulle', 'soittakaa', 'soitatteko', 'soittaisitteko', 'voitteko soittaa', 'soittopyynto*', 'toivon soittoa', 'soittoa minulle', 'soittoa mulle', 'soittaa minulle', 'soittaa mulle', 'soita mulle', 'soittakaa mulle', 'soittaisi minulle', 'soittaisi mulle', 'joku soittaa', 'joku soittaisi', 'myyja*', 'myyjan', 'myyntiin', 'haluan puhua', 'puhua jonkun', 'ottakaa yhteytta', 'ota yhteytta', 'yhteydenotto*', 'toivon puhelua', 'haluan puhelun', 'asiakaspalvelijan kanssa', 'yhdista asiakaspalveluun', 'en halua puhua botin'],
  notHuman: ['meidan', 'meilla', 'heidan', 'olen', 'toimin', 'on', 'ja', 'useita', 'muutama', 'kaksi', 'kolme'],
  wait: ['hetki', 'hetkinen', 'hetkonen', 'pieni hetki', 'hetki vain', 'odota', 'odotas', 'odota hetki', 'mietin', 'mietin hetken', 'mietitaan', 'anna kun mietin', 'pitaa miettia', 'taytyy miettia', 'pitaa vahan miettia', 'pitaa tarkistaa', 'taytyy tarkistaa', 'tarkistan', 'katson', 'katsotaan', 'hyva kysymys'],
  fillers: ['hmm*', 'hm', 'no', 'niin', 'tuota', 'tota', 'ok', 'okei', 'aa', 'ai', 'hyva kysymys', 'vahan', 'viela', 'ensin', 'sita', 'tata', 'asiaa', 'vaan', 'vain', 'nyt'],
  greeting: ['hei', 'heippa', 'hei hei', 'moi', 'moikka', 'moro', 'morjens', 'terve', 'tervehdys', 'huomenta', 'paivaa', 'hyvaa paivaa', 'iltaa', 'hyvaa iltaa', 'hello', 'hi'],
  thanks: ['kiitos*', 'kiitti', 'kiitokset', 'kiitoksia', 'kiitti paljon', 'thanks'],
  abuse: ['vittu*', 'perkele*', 'paska*', 'saatana*', 'idiootti*', 'haista*', 'kusipaa*', 'runkkari*', 'huora*', 'tyhma botti', 'turpa kiinni', 'paskaa'],
  yes: ['kylla', 'kyl', 'joo', 'juu', 'jep', 'jees', 'jes', 'toki', 'tietysti', 'tietenkin', 'totta', 'oikein', 'ok', 'okei', 'pitaa paikkansa', 'niin on', 'just niin', 'aivan', 'juuri niin', 'yes', 'kyllapa', 'kyllahan', 'on', 'no on', 'joo on', 'on meilla', 'on on', 'ovat', 'loytyy', 'kylla loytyy', 'tottakai', 'ehdottomasti', 'todellakin', 'varmasti', 'valitettavasti kylla', 'valitettavasti on', 'ikava kylla'],
  no: ['ei', 'eipa', 'ei ole', 'ei oo', 'ei todellakaan', 'ei kiitos', 'emme', 'emme ole', 'en', 'en ole', 'ei olla', 'ei viela', 'ei tietaakseni', 'ei minun tietaakseni', 'ei meidan tietaaksemme'],
  questionStart: ['mita', 'miten', 'mika', 'mitka', 'missa', 'milloin', 'kuinka', 'paljonko', 'kuka', 'kenelle', 'mihin', 'montako', 'voisitteko', 'voitteko'],
  notQuestion: ['mita pikemmin', 'mita nopeammin', 'mita aiemmin', 'mita enemman', 'miten vain', 'missa tahansa', 'milloin tahansa', 'milloin vain', 'kuka tahansa'],
};

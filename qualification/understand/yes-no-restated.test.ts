import { madeUpDefinition, t } from '../../test/support/made-up-definition.js';
import { yesNoTable } from '../../test/support/yes-no-table.js';

const q = t('?', '?', '?', '?');
/** Yes/no questions about something the visitor does, which a reply answers by saying it back. */
const definition = madeUpDefinition([
  { id: 'grant', category: 'situation', type: 'yes_no', question: t('Have you applied for an energy grant?', 'Oletteko hakeneet energiatukea?', 'Har ni sökt energistöd?', 'Czy złożyli Państwo wniosek o dotację?'), why: q },
  { id: 'recycle', category: 'company', type: 'yes_no', question: t('Do you recycle your packaging?', 'Kierrätättekö pakkauksenne?', 'Återvinner ni era förpackningar?', 'Czy segregują Państwo opakowania?'), why: q },
  { id: 'public', category: 'company', type: 'yes_no', question: t('Are you a public-sector body?', 'Oletteko julkinen toimija?', 'Är ni en offentlig aktör?', 'Czy są Państwo podmiotem publicznym?'), why: q },
]);

const rows = yesNoTable(definition);

rows('the action asked, said back in any form of its verb, is a yes', [
  ['en', 'grant', 'we applied already', 'yes'],
  ['en', 'recycle', 'recycling it all already', 'yes'],
  ['fi', 'grant', 'haettiin jo', 'yes'],
  ['fi', 'grant', 'haemme sitä joka vuosi', 'yes'],
  ['sv', 'grant', 'vi har redan sökt', 'yes'],
  ['pl', 'grant', 'złożyliśmy już wniosek', 'yes'],
  ['pl', 'recycle', 'segregujemy je', 'yes'],
]);

rows('done by someone else on the visitor’s behalf is a yes, for someone else alone nothing', [
  ['en', 'grant', 'our consultant applies on our behalf', 'yes'],
  ['fi', 'grant', 'konsultti hakee sen meidän puolesta', 'yes'],
  ['sv', 'grant', 'konsulten söker åt oss', 'yes'],
  ['pl', 'grant', 'doradca złożył go za nas', 'yes'],
  ['en', 'grant', 'my neighbour applied for one', undefined],
  ['sv', 'recycle', 'hyresvärden återvinner', undefined],
]);

rows('negated or still ahead, the action said back is a no', [
  ['en', 'grant', 'about to apply for it', 'no'],
  ['en', 'grant', "we're going to apply in the autumn", 'no'],
  ['fi', 'grant', 'aiomme hakea syksyllä', 'no'],
  ['fi', 'recycle', 'ei kierrätetä', 'no'],
  ['sv', 'grant', 'vi ska söka till hösten', 'no'],
  ['pl', 'grant', 'zamierzamy złożyć wniosek jesienią', 'no'],
  ['pl', 'recycle', 'nie segregujemy, brak miejsca', 'no'],
]);

rows('a yes or no phrase as the first clause answers however the reply goes on', [
  ['en', 'grant', "we haven't, too much paperwork", 'no'],
  ['en', 'recycle', 'we do, mostly cardboard', 'yes'],
  ['fi', 'grant', 'ei oo, liikaa paperitöitä', 'no'],
  // Finnish and Swedish say yes with the verb, "ollaan" (we are), "det är vi"; with a word of its own after it, it is no yes.
  ['fi', 'public', 'ollaan', 'yes'],
  ['fi', 'public', 'ollaan, kunnan omistama yhtiö', 'yes'],
  ['fi', 'public', 'ei olla, yksityinen säätiö', 'no'],
  ['fi', 'public', 'ollaan yksityinen', undefined],
  ['sv', 'public', 'det är vi', 'yes'],
  ['sv', 'public', 'det är vi inte, vi är ett aktiebolag', 'no'],
]);

rows('another topic beside the words said back, or a time beside a yes, reads nothing', [
  ['en', 'recycle', 'we recycle only cardboard', undefined],
  ['en', 'grant', 'we applied in March', undefined],
  ['en', 'public', 'we sell to the public sector', undefined],
  ['en', 'public', "we're a private firm selling to public bodies", undefined],
  ['fi', 'public', 'myymme julkisille toimijoille', undefined],
  ['sv', 'recycle', 'vi återvinner bara papper', undefined],
  ['pl', 'public', 'sprzedajemy podmiotom publicznym', undefined],
]);

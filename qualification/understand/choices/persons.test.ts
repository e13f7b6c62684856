import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../../answer.js';
import { parseDefinition } from '../../definition/parse.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

/**
 * Answers about the visitor themselves (role, who decides, level), written by hand against a made-up
 * seller's lean definition (Kasvu: three synonyms per option, no `means`), not a held-out set: every
 * fact recorded with confidence, asked or volunteered, must be the row's. `gap` rows are known misses.
 */
const DEFINITION = `
version: 1
company: { name: Kasvu }
locales: [en, fi, sv, pl]
defaultLocale: en
greeting: { en: "Hi", fi: "Hei", sv: "Hej", pl: "Cześć" }
criteria:
  - id: role
    category: person
    type: choice
    question: { en: "What's your role?", fi: "Mikä on roolisi?", sv: "Vilken roll har du?", pl: "Jaka jest Twoja rola?" }
    why: { en: "x", fi: "x", sv: "x", pl: "x" }
    options:
      - id: owner
        label: { en: "Owner or CEO", fi: "Omistaja tai toimitusjohtaja", sv: "Ägare eller vd", pl: "Właściciel lub prezes" }
        synonyms: { en: [owner, CEO, founder], fi: [omistaja, toimitusjohtaja, yrittäjä], sv: [ägare, vd, grundare], pl: [właściciel, prezes, założyciel] }
      - id: ops
        label: { en: "Operations", fi: "Operatiivinen toiminta", sv: "Drift", pl: "Operacje" }
        synonyms: { en: [operations manager, COO, ops], fi: [operatiivinen johtaja, tuotantopäällikkö, operatiivinen], sv: [driftchef, operativ chef, COO], pl: [dyrektor operacyjny, kierownik operacyjny, operacje] }
      - id: finance
        label: { en: "Finance", fi: "Talous", sv: "Ekonomi", pl: "Finanse" }
        synonyms: { en: [CFO, finance manager, accountant], fi: [talousjohtaja, kirjanpitäjä, talouspäällikkö], sv: [ekonomichef, CFO, redovisning], pl: [dyrektor finansowy, księgowa, księgowość] }
      - id: it
        label: { en: "IT", fi: "IT", sv: "IT", pl: "IT" }
        synonyms: { en: [CTO, IT manager, developer], fi: [IT-päällikkö, tietohallinto, kehittäjä], sv: [IT-chef, utvecklare, CTO], pl: [kierownik IT, informatyk, programista] }
      - id: hr
        label: { en: "HR", fi: "HR", sv: "HR", pl: "HR" }
        synonyms: { en: [HR manager, human resources], fi: [henkilöstöpäällikkö, HR-päällikkö], sv: [HR-chef, personalchef], pl: [kadry, dział kadr] }
      - id: sales
        label: { en: "Sales or marketing", fi: "Myynti tai markkinointi", sv: "Sälj eller marknad", pl: "Sprzedaż lub marketing" }
        synonyms: { en: [sales manager, marketing manager, sales], fi: [myyntipäällikkö, markkinointipäällikkö, myynti], sv: [säljchef, marknadschef, försäljning], pl: [kierownik sprzedaży, marketing, handlowiec] }
      - id: other_role
        other: true
        label: { en: "Something else", fi: "Jokin muu", sv: "Något annat", pl: "Coś innego" }
  - id: decision
    category: person
    type: choice
    question: { en: "Who makes the decision?", fi: "Kuka tekee päätöksen?", sv: "Vem fattar beslutet?", pl: "Kto podejmuje decyzję?" }
    why: { en: "x", fi: "x", sv: "x", pl: "x" }
    options:
      - id: me
        label: { en: "I make the decision", fi: "Teen päätöksen itse", sv: "Jag fattar beslutet", pl: "Sam podejmuję decyzję" }
        synonyms: { en: [me, my decision, I decide], fi: [minä, päätän itse], sv: [jag, jag bestämmer], pl: [ja, decyduję] }
      - id: together
        label: { en: "Together with others", fi: "Yhdessä muiden kanssa", sv: "Tillsammans med andra", pl: "Wspólnie z innymi" }
        synonyms: { en: [jointly, together, with my partner], fi: [yhdessä, yhteinen päätös], sv: [tillsammans, gemensamt], pl: [wspólnie, razem] }
      - id: influence
        label: { en: "I influence the decision", fi: "Vaikutan päätökseen", sv: "Jag påverkar beslutet", pl: "Mam wpływ na decyzję" }
        synonyms: { en: [I recommend, I suggest], fi: [suosittelen, ehdotan], sv: [jag rekommenderar, föreslår], pl: [rekomenduję, doradzam] }
      - id: else
        label: { en: "Someone else decides", fi: "Joku muu päättää", sv: "Någon annan bestämmer", pl: "Decyduje ktoś inny" }
        synonyms: { en: [my boss, management, the board], fi: [esimies, johto, hallitus], sv: [chefen, ledningen, styrelsen], pl: [szef, zarząd, przełożony] }
  - id: seniority
    category: person
    type: choice
    question: { en: "What's your level?", fi: "Mikä on asemasi?", sv: "Vilken nivå har du?", pl: "Jakie jest Twoje stanowisko?" }
    why: { en: "x", fi: "x", sv: "x", pl: "x" }
    options:
      - id: staff
        label: { en: "Specialist", fi: "Asiantuntija", sv: "Specialist", pl: "Specjalista" }
        synonyms: { en: [junior, specialist, employee], fi: [asiantuntija, työntekijä, juniori], sv: [specialist, medarbetare, junior], pl: [specjalista, pracownik, junior] }
      - id: lead
        label: { en: "Team lead", fi: "Tiiminvetäjä", sv: "Teamledare", pl: "Lider zespołu" }
        synonyms: { en: [team lead, supervisor, senior], fi: [tiiminvetäjä, esimies, senior], sv: [teamledare, arbetsledare, senior], pl: [lider, team leader, kierownik zmiany] }
      - id: manager
        label: { en: "Manager", fi: "Päällikkö", sv: "Chef", pl: "Kierownik" }
        synonyms: { en: [manager, head of department], fi: [päällikkö, osastopäällikkö], sv: [chef, avdelningschef], pl: [kierownik, menedżer] }
      - id: exec
        label: { en: "Director or C-level", fi: "Johtaja", sv: "Direktör eller ledning", pl: "Dyrektor lub zarząd" }
        synonyms: { en: [director, VP, C-level], fi: [johtaja, johtoryhmä], sv: [direktör, ledningsgruppen], pl: [dyrektor, członek zarządu] }
thresholds:
  fit: 0
  intent: 0
routing:
  defaultOwner: sanna
  owners:
    - { id: sanna, name: Sanna Example, slackUser: U01AAAAAAA1 }
sla:
  acceptMinutes: 30
`;

const parsed = parseDefinition(DEFINITION);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const definition = parsed.definition;
const NOW = new Date('2026-03-10T10:00:00Z');

type Row = [Locale, string, string, Record<string, AnswerValue>, 'gap'?];

function facts(locale: Locale, asking: string, text: string): Record<string, AnswerValue> {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.filter((e) => e.confidence >= CONFIDENT);
  return Object.fromEntries(found.map((e) => [e.criterionId, e.value]));
}

function describeRows(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [locale, asking, text, want, gap] of rows) (gap ? it.fails : it)(`${locale}, asking ${asking}: ${text}`, () => expect(facts(locale, asking, text)).toEqual(want));
  });
}

describeRows('job titles by ISCO-08 group: the function the options name, not a trade nor a word inside another', [
  // A role question takes no trade words: logistics is operations' (trade-owners.ts KIN), not the catch-all's line of business.
  ['en', 'role', 'head of logistics', { role: 'ops' }],
  ['en', 'role', 'supply chain lead', { role: 'ops' }],
  ['en', 'role', 'production manager', { role: 'ops' }],
  ['fi', 'role', 'logistiikkapäällikkö', { role: 'ops' }],
  ['sv', 'role', 'logistikansvarig', { role: 'ops' }],
  ['pl', 'role', 'kierownik zmiany', { role: 'ops' }],
  ['pl', 'role', 'odpowiadam za logistykę', { role: 'ops' }],
  // "henkilöstö|päällikkö" is the HR manager the marketer listed, not a purchasing manager read from "henkil|ostopäällikkö".
  ['fi', 'role', 'henkilöstöpäällikkö', { role: 'hr' }],
  // "manager" of the level question inside the visitor's own title names nobody else.
  ['en', 'role', 'operations manager', { role: 'ops' }],
  ['en', 'role', 'senior operations manager', { role: 'ops' }],
  ['en', 'role', 'account executive', { role: 'sales' }, 'gap'],
]);

describeRows('the visitor, not other people: a bare title answers, staff and others’ titles do not', [
  ['en', 'role', 'just the owner', { role: 'owner' }],
  ['en', 'role', 'an accountant', { role: 'finance' }],
  ['en', 'role', 'purchases go through our finance director', {}],
  ['en', 'role', 'we employ 25 electricians', {}],
  ['fi', 'role', 'hankinnat menevät talousjohtajan kautta', {}],
  ['fi', 'role', 'meillä on 20 siivoojaa', {}],
  ['sv', 'role', 'vi har tolv montörer ute', {}],
  ['pl', 'role', 'mamy 18 serwisantów', {}],
  ['pl', 'role', 'o zakupach decyduje właściciel', {}],
  // A boss read from another form of a word, with no deciding near it, is no answer about who decides.
  ['sv', 'role', 'ekonomichef', { role: 'finance' }],
  ['en', 'role', 'I manage the warehouse', { role: 'ops' }],
  // A filler between the visitor and their title keeps it theirs; someone else's title stays theirs.
  ['en', 'role', "I'm just an accountant here", { role: 'finance' }],
  ['en', 'role', "I'm actually the owner", { role: 'owner' }],
  ['sv', 'role', 'jag är bara en ekonomichef', { role: 'finance' }],
  ['en', 'role', "I'm only helping, our CFO is off", {}],
  // Owning said with a verb is the visitor's only with no one else as its subject.
  ['en', 'role', 'I own this place with my sister', { role: 'owner' }],
  ['en', 'role', 'my uncle owns the place, I just help out', {}],
  ['sv', 'role', 'min svärfar äger företaget', {}],
  ['en', 'role', 'I run our payroll', { role: 'other_role' }],
]);

describeRows('who decides, from sentences: together wins, a recommendation beside someone else’s decision, no say', [
  ['en', 'decision', 'it’s my call but the board signs off over 10k', { decision: 'together' }],
  ['en', 'decision', 'me and my co-founder', { decision: 'together' }],
  ['en', 'decision', 'the management team decides together', { decision: 'together' }],
  ['en', 'decision', 'I put together a proposal for the MD', { decision: 'influence' }],
  ['en', 'decision', 'I have no say in it', { decision: 'else' }],
  ['en', 'decision', 'head office makes those calls', { decision: 'else' }],
  ['fi', 'decision', 'päätän yhdessä toimitusjohtajan kanssa', { decision: 'together' }],
  ['fi', 'decision', 'johtoryhmä päättää yhdessä', { decision: 'together' }],
  ['fi', 'decision', 'valmistelen, toimari päättää', { decision: 'influence' }],
  ['fi', 'decision', 'ei minulla ole sananvaltaa', { decision: 'else' }],
  ['sv', 'decision', 'jag rekommenderar, vd beslutar', { decision: 'influence' }],
  ['sv', 'decision', 'jag och min kompanjon', { decision: 'together' }],
  ['sv', 'decision', 'jag måste stämma av med chefen', { decision: 'else' }],
  ['sv', 'decision', 'jag har inget att säga till om', { decision: 'else' }],
  ['pl', 'decision', 'muszę to przedstawić szefowi', { decision: 'influence' }],
  ['pl', 'decision', 'decyzję podejmujemy z szefem razem', { decision: 'together' }],
  ['pl', 'decision', 'nie mam na to wpływu', { decision: 'else' }],
  ['pl', 'decision', 'to ja podejmuję decyzje', { decision: 'me' }, 'gap'],
]);

describeRows('the visitor’s pronoun: an answer to who decides, not volunteered, not alone when joined to someone else', [
  ['en', 'decision', 'myself', { decision: 'me' }],
  ['pl', 'decision', 'no ja, przecież to moja firma', { decision: 'me' }],
  ['pl', 'decision', 'prezes i ja', { decision: 'together' }],
  ['fi', 'decision', 'toimitusjohtaja ja minä', { decision: 'together' }],
  ['en', 'role', 'it’s me and my brother, he does the driving', {}],
  ['sv', 'role', 'det är jag som kör', {}],
  ['en', 'decision', 'the owners decide. I just do the rotas', { decision: 'else' }],
  ['fi', 'decision', 'omistajat päättää, minä teen vaan listat', { decision: 'else' }],
  ['en', 'decision', 'I’d put together a recommendation and the MD signs it off', { decision: 'influence' }],
  ['sv', 'decision', 'jag tar fram ett förslag och sen är det vd:n som beslutar', { decision: 'influence' }],
  ['pl', 'decision', 'przygotuję rekomendację, ale decyzję podejmuje zarząd', { decision: 'influence' }],
  // 'put together' is preparing a proposal, not deciding together; a title in the dative is whom the visitor turns to, not who acts.
  ['en', 'decision', 'I put together the business case, then the owner signs', { decision: 'influence' }],
  ['pl', 'decision', 'złożę propozycję dyrektorowi, a on zdecyduje', { decision: 'influence' }],
  ['pl', 'decision', 'przedstawię rekomendację zarządowi', { decision: 'influence' }],
]);

describeRows('another person’s title: its holder’s assistant, or someone else’s by a verb of being', [
  ['en', 'role', 'I’m the CEO’s assistant', { role: 'other_role' }],
  ['en', 'role', 'the owner is my dad, I do the books', {}],
  ['en', 'role', 'my role is CEO', { role: 'owner' }],
  ['fi', 'role', 'teen liikennesuunnittelua, omistaja on isäni', {}],
  ['fi', 'role', 'esimieheni on toimitusjohtaja', {}],
  ['fi', 'role', 'roolini on toimitusjohtaja', { role: 'owner' }],
  ['fi', 'role', 'toimitusjohtaja olen minä', { role: 'owner' }],
  ['sv', 'role', 'jag är vd:ns assistent', { role: 'other_role' }],
  ['sv', 'role', 'ägarens sekreterare', { role: 'other_role' }],
  ['sv', 'role', 'min chef är vd', {}],
  ['sv', 'role', 'min roll är vd', { role: 'owner' }],
  ['sv', 'role', 'vd är jag', { role: 'owner' }],
  ['pl', 'role', 'asystentka prezesa', {}],
  ['pl', 'role', 'jestem asystentką prezesa', {}],
  ['pl', 'role', 'właścicielem jest mój ojciec', {}],
  ['pl', 'role', 'prezes to ja', { role: 'owner' }],
  ['pl', 'role', 'jestem prezesem', { role: 'owner' }],
  ['pl', 'role', 'na stanowisku dyrektora finansowego', { role: 'finance' }],
  ['pl', 'role', 'jestem synem właściciela', {}],
  // Work and departments in the genitive are no person: the visitor's own.
  ['pl', 'role', 'pracuję w dziale sprzedaży', { role: 'sales' }],
  ['pl', 'role', 'jestem prezesem to moja firma', { role: 'owner' }],
]);

describeRows('the visitor’s part narrowed to preparing ("only", "vain", "bara", "tylko") beside someone else’s decision: no say or a recommendation, asked back; never the visitor’s own', [
  // Preparing only, someone else deciding: someone else's, to be confirmed (a recommendation to some readers).
  ['en', 'decision', 'the owner decides, I just prepare the numbers', { decision: 'else' }],
  ['en', 'decision', 'my boss decides, I only do the research', {}],
  ['en', 'decision', 'just me', { decision: 'me' }],
  ['en', 'decision', 'me only', { decision: 'me' }],
  ['en', 'decision', 'I just recommend', { decision: 'influence' }],
  ['fi', 'decision', 'omistaja päättää, minä vain valmistelen', {}],
  ['fi', 'decision', 'mä vaan valmistelen, pomo päättää', {}],
  ['fi', 'decision', 'vain minä', { decision: 'me' }],
  ['sv', 'decision', 'ägaren bestämmer, jag tar bara fram underlag', {}],
  ['sv', 'decision', 'chefen bestämmer, jag samlar bara in information', {}],
  ['sv', 'decision', 'bara jag', { decision: 'me' }],
  ['pl', 'decision', 'decyduje właściciel, ja tylko przygotowuję', { decision: 'else' }],
  ['pl', 'decision', 'szef decyduje, ja tylko doradzam', { decision: 'influence' }],
  ['sv', 'decision', 'chefen bestämmer, jag rekommenderar bara', { decision: 'influence' }],
  ['en', 'decision', 'the board decides, I only recommend it', { decision: 'influence' }],
  // The visitor's pronoun before a verb of their own is its subject, not an answer.
  ['pl', 'decision', 'ja tylko przygotowuję', {}],
  ['pl', 'decision', 'tylko ja', { decision: 'me' }],
  // After what the visitor does, "tylko" opens a clause of its own (it's just that): their say stands.
  ['pl', 'decision', 'mam duży wpływ tylko ostatnie słowo ma prezes', { decision: 'influence' }],
  ['pl', 'decision', 'decyduje zarząd, ja mam tylko wpływ', { decision: 'influence' }],
  ['en', 'decision', 'I recommend it, it’s just that the board decides', { decision: 'influence' }],
]);

describeRows('the visitor leading a function ("I lead our …", "jag leder", "vedän", "zarządzam") is in it; working for someone is not their title', [
  ['en', 'role', 'I lead our sales team', { role: 'sales' }],
  ['en', 'role', 'I work for the CEO', {}],
  ['en', 'role', 'I report to our CFO', {}],
  ['sv', 'role', 'jag ansvarar för vår försäljning', { role: 'sales' }],
  ['sv', 'role', 'jag leder vår marknadsföring', { role: 'sales' }],
  ['fi', 'role', 'vedän meidän myyntitiimiä', { role: 'sales' }],
  ['fi', 'role', 'johdan meidän markkinointia', { role: 'sales' }],
  ['pl', 'role', 'prowadzę nasz marketing', { role: 'sales' }],
]);

describeRows('who decides: taking it to someone is a recommendation, someone else having to approve is theirs; the pronoun as a verb’s subject no answer', [
  ['en', 'decision', 'I’ll put it in front of our MD, he signs off', { decision: 'influence' }],
  ['en', 'decision', 'the board has to approve it', { decision: 'else' }],
  ['fi', 'decision', 'vien asian johtoryhmälle ja he päättävät', { decision: 'influence' }],
  ['fi', 'decision', 'minä katselen vain', {}],
  ['pl', 'decision', 'ja sprawdzam oferty', {}],
  ['en', 'decision', 'me obviously', { decision: 'me' }],
  ['sv', 'decision', 'jag tar det vidare till ledningen', { decision: 'influence' }],
  ['pl', 'decision', 'zarząd musi to zatwierdzić', { decision: 'else' }],
]);

describeRows('the company’s title alone answers the role question; the company’s title doing something is someone else', [
  ['fi', 'role', 'yrityksen omistaja', { role: 'owner' }],
  ['fi', 'role', 'yrityksen omistaja päättää', {}],
  ['fi', 'role', 'firman toimitusjohtaja hoitaa nämä', {}],
  ['sv', 'role', 'företagets ägare', { role: 'owner' }],
  ['sv', 'role', 'företagets vd bestämmer', {}],
]);

describeRows('deciding as two ("the two of us", "my wife and I decide", "vi två", "oboje"), not being the one who decides', [
  ['en', 'decision', 'my wife and I decide', { decision: 'together' }],
  ['en', 'decision', 'I’m not the one who decides', { decision: 'else' }],
  ['fi', 'decision', 'me kaksi päätetään', { decision: 'together' }],
  ['fi', 'decision', 'ei ole minun päätös', { decision: 'else' }],
  ['sv', 'decision', 'vi två bestämmer', { decision: 'together' }],
  ['sv', 'decision', 'min man och jag', { decision: 'together' }],
  ['sv', 'decision', 'inte jag, ägarna', { decision: 'else' }],
  ['pl', 'decision', 'we dwoje decydujemy', { decision: 'together' }],
  ['pl', 'decision', 'oboje', { decision: 'together' }],
  ['pl', 'decision', 'mąż i ja decydujemy', { decision: 'together' }],
]);

describeRows('owners in every form ("ägarna"), the company or shop said to be theirs; a role denied is not theirs, the one said after it is', [
  ['sv', 'role', 'ägarna', { role: 'owner' }],
  ['sv', 'role', 'jag är en av ägarna', { role: 'owner' }],
  ['en', 'role', 'it’s my shop', { role: 'owner' }],
  ['fi', 'role', 'se on minun kauppa', { role: 'owner' }],
  ['sv', 'role', 'det är min butik', { role: 'owner' }],
  ['pl', 'role', 'prowadzę sklep razem z mężem, to nasza firma', { role: 'owner' }],
  ['pl', 'role', 'nasza firma zatrudnia 20 osób', {}],
  ['en', 'role', 'I’m not the owner, I just run the warehouse', { role: 'ops' }],
  ['fi', 'role', 'en ole omistaja, hoidan vain varastoa', { role: 'ops' }],
  ['sv', 'role', 'jag är inte ägaren, jag sköter bara lagret', { role: 'ops' }],
  ['pl', 'role', 'nie jestem właścicielem, tylko prowadzę magazyn', { role: 'ops' }],
]);

describeRows('someone else’s word said of the visitor is who they are, not another person’s call', [
  ['en', 'decision', 'I’m the boss here', {}],
  ['pl', 'decision', 'jestem szefem', {}],
  ['pl', 'decision', 'decyduję, jestem szefem', { decision: 'me' }],
  ['sv', 'decision', 'chefen', { decision: 'else' }],
  ['en', 'decision', 'I’ll have to ask the board', { decision: 'else' }],
]);

describeRows('a title whose verb has the visitor as its object is someone else; the visitor’s own work and title stay theirs beside it', [
  ['en', 'role', 'the owner sent me to find out, I do the books', { role: 'finance' }],
  ['en', 'role', 'I’m in HR, my CEO told me to have a look', { role: 'hr' }],
  ['en', 'role', 'our founder wants me to compare tools', {}],
  ['fi', 'role', 'omistaja pyysi minua kysymään hinnat, olen kirjanpitäjä', { role: 'finance' }],
  ['fi', 'role', 'toimitusjohtaja pyysi mua katsomaan tätä', {}],
  ['sv', 'role', 'ägaren bad mig titta på det, jag är personalchef', { role: 'hr' }],
  ['sv', 'role', 'vd skickade mig hit', {}],
  ['pl', 'role', 'właściciel poprosił mnie o sprawdzenie, jestem księgową', { role: 'finance' }],
  ['en', 'role', 'I’m the owner, call me', { role: 'owner' }],
]);

describeRows('unasked, a title past a word joining another subject to the visitor’s clause is that subject’s, not the visitor’s role', [
  // Preparing the options for the one who picks is recommending (groundwork-advice.test.ts), as in Finnish.
  ['en', 'decision', 'I prepare the options and the CFO picks', { decision: 'influence' }],
  ['fi', 'decision', 'mä valmistelen vaihtoehdot ja talousjohtaja valitsee', { decision: 'influence' }],
  ['sv', 'decision', 'jag tar fram alternativen och ekonomichefen väljer', { decision: 'influence' }],
  ['pl', 'decision', 'ja przygotowuję opcje i dyrektor finansowy wybiera', { decision: 'influence' }],
  ['en', 'decision', 'it’s my call, I’m the owner', { decision: 'me', role: 'owner' }],
]);

import { describe, expect, it } from 'vitest';
import type { Locale } from '../../qualification/definition/schema.js';
import type { Decision } from '../../qualification/score/result.js';
import { chat } from './driver.js';
import { exampleDefinition } from '../support/example-definition.js';
import { expectNothingInternal } from './internals.js';

/** One visitor line (a "#id" line clicks that button) and what the bot asks about afterwards. */
type Line = [said: string, asking: string | null];

interface Script {
  locale: Locale;
  decision: Exclude<Decision, 'incomplete'>;
  lines: Line[];
  /** For sales-ready leads: the owner the handoff names. */
  owner?: string;
}

const scripts: Script[] = [
  {
    locale: 'en',
    decision: 'sales_ready',
    owner: 'Anna Virtanen',
    lines: [
      ['We are an HVAC company in Tampere with about 40 people', 'current_tool'],
      ['Paper and Excel, honestly', 'main_pain'],
      ['Do you integrate with Outlook?', 'main_pain'],
      ['Scheduling is chaos', 'timeline'],
      ['within 3 months', 'consent'],
      ['#yes', 'contact_email'],
      ['anna.k@hvac-example.fi', null],
    ],
  },
  {
    locale: 'en',
    decision: 'nurture',
    lines: [
      ['We are HVAC, 10 people in Helsinki', 'role'],
      ['I am a technician', 'decision_power'],
      ['just researching', 'consent'],
      ['yes', 'contact_email'],
      ['tech@example.fi', null],
    ],
  },
  {
    locale: 'en',
    decision: 'disqualified',
    lines: [
      ['Why do you ask?', 'industry'],
      ['We are a small electrical firm in Helsinki, just 3 of us', null],
    ],
  },
  {
    locale: 'fi',
    decision: 'sales_ready',
    owner: 'Anna Virtanen',
    lines: [
      ['Meillä on LVI-firma Tampereella, 40 henkeä', 'current_tool'],
      ['Paperilla ja Excelillä mennään', 'main_pain'],
      ['Miksi kysyt?', 'main_pain'],
      ['Aikataulutus on ihan kaaosta', 'timeline'],
      ['Kolmen kuukauden sisällä', 'consent'],
      ['Kyllä', 'contact_email'],
      ['matti@lvi-esimerkki.fi', null],
    ],
  },
  {
    locale: 'fi',
    decision: 'nurture',
    lines: [
      ['Olemme putkifirma Oulusta, 8 henkeä', 'role'],
      ['Olen asentaja', 'decision_power'],
      ['Selvittelen vain vaihtoehtoja', 'consent'],
      ['Ei kiitos', null],
    ],
  },
  {
    locale: 'fi',
    decision: 'disqualified',
    lines: [['Sähköfirma Espoosta, meitä on vain 2 henkeä', null]],
  },
  {
    locale: 'sv',
    decision: 'sales_ready',
    owner: 'Erik Lindqvist',
    lines: [
      ['Vi är en VVS-firma i Stockholm med 60 anställda', 'current_tool'],
      ['Vi kör med papper och Excel', 'main_pain'],
      ['Schemaläggningen är ett kaos', 'timeline'],
      ['inom tre månader', 'consent'],
      ['ja', 'contact_email'],
      ['karin@vvs-exempel.se', null],
    ],
  },
  {
    locale: 'sv',
    decision: 'nurture',
    lines: [
      ['Vi är en byggfirma i Malmö, 12 personer', 'role'],
      ['Jag är tekniker', 'consent'],
      ['Varför undrar du?', 'consent'],
      ['ja', 'contact_email'],
      ['karin@bygg-exempel.se', null],
    ],
  },
  {
    locale: 'sv',
    decision: 'disqualified',
    lines: [['Jag frågar för mitt eget hem', null]],
  },
  {
    locale: 'pl',
    decision: 'sales_ready',
    owner: 'Katarzyna (Kasia) Nowak',
    lines: [
      ['Jesteśmy firmą HVAC z Warszawy, 45 pracowników', 'current_tool'],
      ['Używamy papieru i Excela', 'main_pain'],
      ['Największy problem to planowanie', 'timeline'],
      ['w ciągu 3 miesięcy', 'consent'],
      ['tak', 'contact_email'],
      ['jan.kowalski@firma-przyklad.pl', null],
    ],
  },
  {
    locale: 'pl',
    decision: 'nurture',
    lines: [
      ['Dzień dobry! Ile to kosztuje?', 'industry'],
      ['Firma budowlana z Krakowa, 10 osób', 'role'],
      ['Jestem technikiem', 'consent'],
      ['nie', null],
    ],
  },
  {
    locale: 'pl',
    decision: 'disqualified',
    lines: [['Jesteśmy firmą elektryczną z Kanady', null]],
  },
];

const definition = exampleDefinition();

describe('the example definition end to end', () => {
  it('covers every locale to every decision', () => {
    const covered = new Set(scripts.map((s) => `${s.locale}:${s.decision}`));
    expect(covered.size).toBe(12);
  });

  it.each(scripts.map((s) => [s.locale, s.decision, s] as const))('%s → %s', (locale, decision, script) => {
    const c = chat(definition, { locale });
    expect(c.asking).toBe('industry');
    for (const [said, asking] of script.lines) {
      if (said.startsWith('#')) c.click(said.slice(1), asking);
      else c.say(said, asking);
    }

    expect(c.state).toMatchObject({ decision, phase: 'closed', asking: null });
    expect(c.eventsOf('conversation_closed')).toEqual([{ type: 'conversation_closed', decision }]);
    expect(c.eventsOf('decision_changed').at(-1)).toMatchObject({ to: decision });

    const asked = c.eventsOf('question_asked').map((e) => e.criterionId);
    expect(new Set(asked).size, `asked twice: ${asked.join(', ')}`).toBe(asked.length);

    const handoffs = c.eventsOf('handoff_requested');
    if (decision === 'sales_ready') {
      expect(handoffs).toMatchObject([{ reason: 'sales_ready' }]);
      expect(c.lastText()).toContain(script.owner);
      expect(c.state.answers.contact_email).toBeDefined();
    } else {
      expect(handoffs).toEqual([]);
    }
    if (c.state.consent !== 'granted') expect(Object.keys(c.state.answers).filter((id) => id.startsWith('contact_'))).toEqual([]);

    for (const reply of c.replies) expect(reply.text.trim()).not.toBe('');
    expectNothingInternal(definition, c.replies);
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer } from '../../qualification/answer.js';
import type { LeadState } from '../../bot/lead/lifecycle.js';
import type { ConversationDetail } from '../../bot/ports/store.js';
import { toCardLead } from './card-lead.js';
import { exampleDefinition } from '../../test/support/example-definition.js';

const definition = exampleDefinition();

const at = '2026-11-20T10:00:00.000Z';
const answer = (criterionId: string, value: Answer['value'], raw: string, source: Answer['source'] = 'asked'): Answer => ({ criterionId, value, raw, source, confidence: 1, at });

const answers = [
  answer('industry', 'hvac', 'We install heat pumps'),
  answer('company_size', 60, 'about 60 people'),
  answer('country', 'finland', 'Finland', 'button'),
  answer('role', 'operations', 'I run operations'),
  answer('timeline', 'within_3_months', 'before summer'),
  answer('motivation', ['save_time', 'grow'], 'save time and grow'),
  answer('contact_name', 'Jane Doe', 'Jane Doe'),
  answer('company_name', 'Acme Huolto Oy', 'Acme Huolto Oy'),
  answer('contact_email', 'jane@acme.fi', 'jane@acme.fi'),
];

const detail: ConversationDetail = {
  conversation: {
    id: 'conv-1', visitorId: 'v1', leadId: 'conv-1', channel: 'web', externalId: null, locale: 'fi',
    context: { pageUrl: 'https://fieldwise.example/pricing', utm: { utm_campaign: 'spring_hvac', utm_source: 'google', utm_medium: 'cpc' } },
    definitionVersion: 1, state: {} as ConversationDetail['conversation']['state'], createdAt: at, updatedAt: at,
  },
  messages: [
    { id: 'm1', conversationId: 'conv-1', role: 'visitor', text: 'We install heat pumps', createdAt: at },
    { id: 'm2', conversationId: 'conv-1', role: 'visitor', text: 'Finland', createdAt: at },
    { id: 'm3', conversationId: 'conv-1', role: 'visitor', text: 'Our technicians lose paper work orders all the time', createdAt: at },
    { id: 'm4', conversationId: 'conv-1', role: 'bot', text: 'Thanks!', createdAt: at },
    { id: 'm5', conversationId: 'conv-1', role: 'visitor', text: 'Yes', createdAt: at },
  ],
  answers,
  lead: {
    conversationId: 'conv-1', status: 'open', definitionVersion: 1, updatedAt: at, decision: 'sales_ready', ownerId: 'anna',
    score: {
      fit: 60, intent: 40, total: 100, decision: 'sales_ready', missing: [],
      perCriterion: [
        { id: 'industry', category: 'company', value: 'hvac', points: 20, reason: 'HVAC' },
        { id: 'company_size', category: 'company', value: 60, points: 25, reason: '50-249' },
        { id: 'timeline', category: 'situation', value: 'within_3_months', points: 20, reason: 'within 3 months' },
      ],
    },
  },
};

describe('what the card shows about a lead', () => {
  const lead = toCardLead({ definition, detail, record: null, ownerUser: 'U0ANNA', requestedAt: at, adminUrl: 'https://kysy.example/admin/c/conv-1' });

  it('names the person and company, with option labels from the definition', () => {
    expect(lead.title).toBe('Jane Doe · Acme Huolto Oy');
    expect(lead.who).toContainEqual({ label: 'Contact email', value: 'jane@acme.fi', email: true });
    expect(lead.who).toContainEqual({ label: 'Role', value: expect.stringMatching(/operations/i), email: false });
    expect(lead.company.map((f) => f.label)).toEqual(['Industry', 'Company size', 'Country']);
    expect(lead.company[0]?.value).toBe('HVAC / heating and ventilation');
    expect(lead.company[1]?.value).toBe('60 employees');
  });

  it('splits the score into fit and intent with the thresholds', () => {
    expect(lead.fit).toMatchObject({ points: 60, threshold: definition.thresholds.fit });
    expect(lead.fit.lines.map((l) => l.label)).toEqual(['Industry', 'Company size']);
    expect(lead.intent.lines).toEqual([{ label: 'Timeline', value: expect.any(String), points: 20, reason: 'within 3 months' }]);
  });

  it('quotes what the visitor typed, not the buttons they clicked', () => {
    expect(lead.quotes).toContain('We install heat pumps');
    expect(lead.quotes).toContain('Our technicians lose paper work orders all the time');
    expect(lead.quotes).not.toContain('Finland');
    expect(lead.quotes).not.toContain('Yes');
    expect(lead.quotes).not.toContain('Jane Doe');
  });

  it('tells where the visitor came from and who the lead waits for', () => {
    expect(lead.source).toEqual({ pageUrl: 'https://fieldwise.example/pricing', referrer: undefined, campaign: 'spring_hvac — google / cpc' });
    expect(lead.assignee).toBe('U0ANNA');
    expect(lead.status).toBe('handed_off');
  });

  it('follows the record once reps act on it', () => {
    const record: LeadState = {
      id: 'conv-1', status: 'accepted', decision: 'sales_ready', ownerId: 'anna', assignee: 'U0ERIK', definitionVersion: 1,
      handedOffAt: '2026-11-20T10:01:00.000Z', remindersSent: 0,
      actions: [{ type: 'accepted', by: 'U0ERIK', at: '2026-11-20T10:05:00.000Z', detail: {} }],
    };
    const after = toCardLead({ definition, detail, record, ownerUser: 'U0ANNA', requestedAt: at, adminUrl: 'x' });
    expect(after).toMatchObject({ status: 'accepted', assignee: 'U0ERIK', handedOffAt: '2026-11-20T10:01:00.000Z' });
    expect(after.history).toEqual([{ type: 'accepted', by: 'U0ERIK', at: '2026-11-20T10:05:00.000Z' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkBlocks, liveParts } from '../../test/slack/block-kit-rules.js';
import { ACTIONS, buildCard, type CardLead } from './card.js';

const now = new Date('2026-11-20T10:30:00Z');

function lead(over: Partial<CardLead> = {}): CardLead {
  return {
    conversationId: 'conv-1',
    adminUrl: 'https://kysy.example/admin/conversations/conv-1',
    title: 'Jane Doe · Acme Huolto Oy',
    assignee: 'U0ANNA',
    who: [
      { label: 'Name', value: 'Jane Doe' },
      { label: 'Email', value: 'jane@acme.fi', email: true },
      { label: 'Role', value: 'Operations' },
    ],
    company: [
      { label: 'Company', value: 'Acme Huolto Oy' },
      { label: 'Size', value: '60 employees' },
      { label: 'Industry', value: 'HVAC' },
      { label: 'Country', value: 'Finland' },
    ],
    fit: { points: 65, threshold: 45, lines: [{ label: 'Industry', value: 'HVAC', points: 20, reason: 'HVAC' }, { label: 'Size', value: '60', points: 25, reason: '50-249 employees' }] },
    intent: { points: 40, threshold: 35, lines: [{ label: 'Timeline', value: 'within 3 months', points: 20, reason: 'within 3 months' }, { label: 'Main pain', value: 'no pain', points: -10, reason: 'no pain' }] },
    quotes: ['We lose work orders every week', 'Need it before summer'],
    source: { pageUrl: 'https://fieldwise.example/pricing', campaign: 'spring_hvac' },
    handedOffAt: '2026-11-20T10:18:00Z',
    status: 'handed_off',
    history: [],
    ...over,
  };
}

type Blocks = ReturnType<typeof buildCard>['blocks'];
const texts = (blocks: Blocks) => JSON.stringify(blocks);
const actionIds = (blocks: Blocks) => blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? e.action_id : '')) : []));

describe('the handoff card', () => {
  it('is valid Block Kit and shows who, company, why qualified, quotes, source, time waiting and the transcript link', () => {
    const { text, blocks } = buildCard(lead(), now);
    expect(checkBlocks(blocks, 'message').problems).toEqual([]);
    const all = texts(blocks).replace(/\u200B/g, '');
    for (const part of ['Jane Doe', 'jane@acme.fi', 'Operations', 'Acme Huolto Oy', '60 employees', 'HVAC', 'Finland', 'Fit 65', 'Intent 40', '+25', '-10', 'We lose work orders every week', 'pricing', 'spring_hvac', '12 min', 'admin/conversations/conv-1']) {
      expect(all).toContain(part);
    }
    expect(text).toBe('New lead: Jane Doe · Acme Huolto Oy');
  });

  it('@mentions the assignee and nobody else, and links only to the email address and the admin', () => {
    const { blocks } = buildCard(lead(), now);
    const mrkdwn = checkBlocks(blocks, 'message').texts.map(liveParts);
    expect(mrkdwn.flatMap((p) => p.mentions)).toEqual(['U0ANNA']);
    expect(mrkdwn.flatMap((p) => p.links)).toEqual(['mailto:jane@acme.fi', 'https://kysy.example/admin/conversations/conv-1']);
  });

  it('escapes everything the visitor typed: no broadcast, mention or link gets through', () => {
    const evil = '<!channel> @here <@U0BOSS> <https://phish.example|login> & evil.com <script>';
    const { blocks } = buildCard(lead({ title: evil, who: [{ label: 'Name', value: evil }, { label: 'Email', value: `x@y.fi|<!here>`, email: true }], quotes: [evil], source: { pageUrl: evil, campaign: evil } }), now);
    const checked = checkBlocks(blocks, 'message');
    expect(checked.problems).toEqual([]);
    const live = checked.texts.map(liveParts);
    expect(live.flatMap((p) => p.broadcasts)).toEqual([]);
    expect(live.flatMap((p) => p.mentions)).toEqual(['U0ANNA']);
    expect(live.flatMap((p) => p.links)).toEqual(['https://kysy.example/admin/conversations/conv-1']);
    expect(texts(blocks)).not.toMatch(/@here|evil\.com/);
  });

  it('cuts long text to Slack limits and points to the full transcript', () => {
    const quotes = Array.from({ length: 40 }, (_, i) => `quote ${i} ${'x'.repeat(500)}`);
    const lines = Array.from({ length: 60 }, (_, i) => ({ label: `C${i}`, value: 'v'.repeat(200), points: 1, reason: 'r'.repeat(200) }));
    const { blocks } = buildCard(lead({ title: 'T'.repeat(400), quotes, fit: { points: 60, threshold: 45, lines } }), now);
    expect(checkBlocks(blocks, 'message').problems).toEqual([]);
    const quotesBlock = blocks.find((b) => b.block_id === 'kysy_quotes') as { text: { text: string } };
    expect(quotesBlock.text.text).toMatch(/more in the_ <https:\/\/kysy\.example\/admin\/conversations\/conv-1\|Full transcript>$/);
  });

  it('offers Accept, Not a fit and Reassign while waiting', () => {
    expect(actionIds(buildCard(lead(), now).blocks)).toEqual([ACTIONS.accept, ACTIONS.reject, ACTIONS.reassign]);
  });

  it('offers Won and Lost once accepted, and shows who accepted when', () => {
    const { blocks } = buildCard(lead({ status: 'accepted', assignee: 'U0ERIK', history: [{ type: 'accepted', by: 'U0ERIK', at: '2026-11-20T10:25:00Z' }] }), now);
    expect(actionIds(blocks)).toEqual([ACTIONS.won, ACTIONS.lost, ACTIONS.reassign]);
    expect(texts(blocks)).toContain('Accepted by <@U0ERIK> <!date^1795170300^{date_short_pretty} {time}|2026-11-20 10:25 UTC>');
  });

  it('has no buttons once closed, and records the outcome', () => {
    const history = [
      { type: 'accepted' as const, by: 'U0ERIK', at: '2026-11-20T10:25:00Z' },
      { type: 'won' as const, by: 'U0ERIK', at: '2026-11-20T10:29:00Z', amount: 12000, currency: 'EUR', note: 'signed <b>annual</b>' },
    ];
    const { blocks } = buildCard(lead({ status: 'won', history }), now);
    expect(actionIds(blocks)).toEqual([]);
    expect(texts(blocks)).toContain('Won 12,000 EUR');
    expect(texts(blocks)).toContain('signed &lt;b&gt;annual&lt;/b&gt;');
    expect(checkBlocks(blocks, 'message').problems).toEqual([]);
  });

  it('records a rejection with its reason, and a reassignment with both people', () => {
    const history = [
      { type: 'reassigned' as const, by: 'U0ANNA', to: 'U0ERIK', at: '2026-11-20T10:20:00Z' },
      { type: 'rejected' as const, by: 'U0ERIK', at: '2026-11-20T10:22:00Z', reason: 'Too small', note: 'one-person shop' },
    ];
    const all = texts(buildCard(lead({ status: 'rejected', history }), now).blocks);
    expect(all).toContain('Reassigned to <@U0ERIK> by <@U0ANNA>');
    expect(all).toContain('Not a fit (Too small) — <@U0ERIK>');
    expect(all).toContain('one-person shop');
  });
});

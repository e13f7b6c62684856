import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, fitLines, slackToPlain, visitorText } from './mrkdwn.js';

describe('visitor text in Slack', () => {
  it('escapes the three characters Slack reserves', () => {
    expect(escapeMrkdwn('Tom & Jerry <b> a > b')).toBe('Tom &amp; Jerry &lt;b&gt; a &gt; b');
  });

  it('turns control sequences into harmless text', () => {
    const out = visitorText('<!channel> hi <@U0BOSS> <https://evil.example|click>', 3000);
    expect(out).not.toMatch(/<|>/);
    expect(out).toContain('&lt;!channel&gt;');
  });

  it('breaks bare broadcasts and links without changing what is visible', () => {
    const out = visitorText('@here see https://evil.example/x and evil.com', 3000);
    expect(out).not.toMatch(/@here|https:\/\/|evil\.com/);
    expect(out.replace(/\u200B/g, '')).toBe('@here see https://evil.example/x and evil.com');
  });

  it('cuts to the limit without splitting an entity or a surrogate pair, and marks the cut', () => {
    const out = visitorText('&'.repeat(10) + '😀'.repeat(5), 23);
    expect(out.length).toBeLessThanOrEqual(23);
    expect(out).toBe('&amp;'.repeat(4) + '…');
    const emoji = visitorText('😀'.repeat(10), 7);
    expect(emoji).toBe('😀😀😀…');
  });

  it('keeps text that fits as it is', () => {
    expect(visitorText('We need better scheduling', 100)).toBe('We need better scheduling');
  });
});

describe('fitting lines', () => {
  const more = (n: number) => `…and ${n} more`;

  it('returns all lines when they fit', () => {
    expect(fitLines(['a', 'b'], 10, more)).toBe('a\nb');
  });

  it('drops whole lines from the end and says how many', () => {
    const out = fitLines(['line one', 'line two', 'line three'], 25, more);
    expect(out).toBe('line one\n…and 2 more');
    expect(out.length).toBeLessThanOrEqual(25);
  });
});

describe('a rep message on its way to the visitor', () => {
  it('keeps link labels and addresses, drops mentions, decodes entities', () => {
    expect(slackToPlain('Hi <@U0ANNA>! Book here: <https://cal.example/anna|my calendar> &amp; see <https://fieldwise.example>')).toBe(
      'Hi ! Book here: my calendar (https://cal.example/anna) & see https://fieldwise.example',
    );
    expect(slackToPlain('mail <mailto:anna@fieldwise.example|anna@fieldwise.example> in <#C0SALES|sales>: 3 &lt; 5')).toBe('mail anna@fieldwise.example in #sales: 3 < 5');
  });
});

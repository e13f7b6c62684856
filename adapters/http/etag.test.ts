import { describe, expect, it } from 'vitest';
import { weakEtag } from './etag.js';

describe('weakEtag', () => {
  // The values express's default (`etag` package, weak) gives: caches holding them stay valid.
  it.each([
    ['', 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"'],
    ['{"a":1}', 'W/"7-n4nHQM60bXQYySSnisV5QdXpZSA"'],
    ['héllo wörld – ✓', 'W/"15-Q/ZIY0Hb2rdMarJSeqxvwx64ngU"'],
  ])('tags %j as express always did', (body, tag) => {
    expect(weakEtag(Buffer.from(body))).toBe(tag);
    expect(weakEtag(body, 'utf8')).toBe(tag);
    expect(weakEtag(body)).toBe(tag);
  });

  it('tags a string in another encoding by its bytes in that encoding', () => {
    expect(weakEtag('héllo', 'latin1')).toBe(weakEtag(Buffer.from('héllo', 'latin1')));
    expect(weakEtag('héllo', 'latin1')).not.toBe(weakEtag('héllo', 'utf8'));
  });
});

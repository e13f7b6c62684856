import { describe, expect, it } from 'vitest';
import { readDecides } from '../../../test/support/deciding-definition.js';

describe('asked who decides, the visitor’s advice said in their own words beside someone else’s decision is a recommendation', () => {
  it.each([
    ['en', 'I’ll put it to the MD, he has the final say'],
    ['en', 'I’ll put forward a recommendation and the board decides'],
    ['fi', 'pomo, mutta se yleensä menee mun ehdotuksen mukaan'],
    ['sv', 'styrelsen, men min rekommendation väger tungt'],
    ['pl', 'szef, ale zwykle robi tak, jak mu doradzę'],
    ['pl', 'zarząd, ale to ja proponuję rozwiązanie'],
  ] as const)('%s "%s" is the visitor’s recommendation', (locale, text) => {
    expect(readDecides(locale, text)).toBe('advise');
  });

  it.each([
    ['en', 'my call, but my team suggests tools'],
    ['en', 'my boss, I don’t recommend anything'],
    ['en', 'my boss, but she listens to me'],
    ['fi', 'pomo, en ehdota mitään'],
    ['sv', 'min chef, men hon brukar lyssna på mig'],
    ['pl', 'szef, nie doradzam mu'],
  ] as const)('%s "%s": no advice of the visitor’s said', (locale, text) => {
    expect(readDecides(locale, text)).not.toBe('advise');
  });
});

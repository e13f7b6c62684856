import { describe, expect, it } from 'vitest';
import { readDecides } from '../../../test/support/deciding-definition.js';

/**
 * Asked who decides, a verb of the pack's first-person phrases ("zatwierdzam wydatki", I approve the
 * spending) said of someone else ("burmistrz zatwierdza takie wydatki", the mayor approves) is not the
 * visitor deciding: Polish verbs say the person in their ending, which the stemmer takes off.
 */
describe('who decides: a first-person phrase is read only in the first person', () => {
  it.each([
    'burmistrz zatwierdza takie wydatki',
    'wójt zatwierdza wydatki',
    'kierownik sam zamawia sprzęt',
    'szef ma budżet na to',
    'właściciele decydują o zakupach',
    'zatwierdzają to w centrali',
  ])('pl "%s" is not "I decide"', (text) => {
    expect(readDecides('pl', text)).not.toBe('me');
  });

  it.each(['zatwierdzam takie wydatki', 'sam zamawiam sprzęt', 'mam budżet na to', 'decyduję o zakupach', 'ja o tym decyduję'])('pl "%s" is "I decide"', (text) => {
    expect(readDecides('pl', text)).toBe('me');
  });
});

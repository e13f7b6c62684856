import { describe, expect, it } from 'vitest';
import { newConversationState } from '../conversation.js';
import { normalisePhrase, reviewDrafts } from './items.js';

describe('normalisePhrase', () => {
  it.each([
    ['  Mostly  odd jobs, around TOWN!  ', 'en', 'mostly odd jobs around town'],
    ['Sähköasennusta ja LVI-töitä.', 'fi', 'sähköasennusta ja lvi-töitä'],
    ['"Konsultbolaget" – typ?', 'sv', 'konsultbolaget typ'],
    ['Zajmujemy się INSTALACJAMI.', 'pl', 'zajmujemy się instalacjami'],
    ["we don't know, R&D maybe...", 'en', "we don't know r&d maybe"],
    ['İSTANBUL', 'en', 'i̇stanbul'],
    ['?!', 'en', ''],
  ])('%j (%s) → %j', (text, locale, phrase) => {
    expect(normalisePhrase(text, locale)).toBe(phrase);
  });
});

describe('reviewDrafts', () => {
  const before = { ...newConversationState('en'), asking: 'industry' };

  it('keeps a reply not understood in the words typed, contact data removed even after consent', () => {
    const drafts = reviewDrafts([{ type: 'answer_not_understood', criterionId: 'industry' }], { ...before, consent: 'granted' }, 'Odd jobs. Mail anna@example.fi');
    expect(drafts).toEqual([{ kind: 'not_understood', criterionId: 'industry', text: 'Odd jobs. Mail [email removed]', phrase: 'odd jobs mail' }]);
  });

  it('keeps a corrected guess in the words the guess was read from', () => {
    const guessed = { ...before, guess: { criterionId: 'industry', value: 'plumbing', text: 'Pipes and such' } };
    const drafts = reviewDrafts([{ type: 'guess_corrected', criterionId: 'industry', optionId: 'hvac' }], guessed, undefined);
    expect(drafts).toEqual([{ kind: 'corrected', criterionId: 'industry', text: 'Pipes and such', phrase: 'pipes and such' }]);
  });

  it('keeps nothing for other events, a guess about another criterion, or words without letters', () => {
    const guessed = { ...before, guess: { criterionId: 'country', value: 'norway', text: 'up north' } };
    expect(reviewDrafts([{ type: 'guess_corrected', criterionId: 'industry', optionId: 'hvac' }], guessed, undefined)).toEqual([]);
    expect(reviewDrafts([{ type: 'answer_not_understood', criterionId: 'industry' }], before, '?!')).toEqual([]);
    expect(reviewDrafts([{ type: 'criterion_skipped', criterionId: 'industry' }], before, 'skip')).toEqual([]);
  });

  it('cuts a long message to 500 characters', () => {
    const [draft] = reviewDrafts([{ type: 'answer_not_understood', criterionId: 'industry' }], before, 'word '.repeat(200));
    expect(draft?.text.length).toBeLessThanOrEqual(500);
  });
});

import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../../test/support/example-definition.js';
import { reviewView, weekStarts } from './view.js';
import { withSynonym } from './synonym.js';

describe('weekStarts', () => {
  it('gives the Mondays (UTC) of the last weeks up to the one now is in, a Sunday still in its week', () => {
    expect(weekStarts(new Date('2030-03-03T23:30:00.000Z'), 3)).toEqual(['2030-02-11', '2030-02-18', '2030-02-25']);
    expect(weekStarts(new Date('2030-03-04T00:00:00.000Z'), 2)).toEqual(['2030-02-25', '2030-03-04']);
  });
});

describe('reviewView', () => {
  it('names groups from the definition, labels what was chosen, fills weeks without replies with 0, and places each version in the week it was published', () => {
    const group = { criterionId: 'industry', locale: 'fi', phrase: 'hissit', count: 2, corrected: 0, chosen: [{ value: 'plumbing', count: 2 }], definitionVersions: [1], lastSeen: '2030-03-04T10:00:00.000Z' };
    const size = { ...group, criterionId: 'company_size', chosen: [{ value: 12, count: 1 }] };
    const versions = [
      { version: 1, author: 'a', note: '', createdAt: '2030-01-02T10:00:00.000Z' },
      { version: 2, author: 'a', note: '', createdAt: '2030-03-03T23:00:00.000Z' },
      { version: 3, author: 'a', note: '', createdAt: '2030-03-04T09:00:00.000Z' },
    ];
    const view = reviewView(exampleDefinition(), [group, size], [{ criterionId: 'industry', week: '2030-03-04', count: 2 }], ['2030-02-25', '2030-03-04'], versions);
    expect(view.groups[0]).toMatchObject({ question: 'What kind of work does your company do?', chosen: [{ value: 'plumbing', count: 2, label: 'Plumbing' }] });
    expect(view.groups[0]?.options.length).toBeGreaterThan(2);
    expect(view.groups[1]).toMatchObject({ options: [], chosen: [{ value: 12, label: '12' }] });
    expect(view.weekly).toEqual({ weeks: ['2030-02-25', '2030-03-04'], rows: [{ criterionId: 'industry', counts: [0, 2] }], published: [[2], [3]] });
  });
});

describe('withSynonym', () => {
  const teaching = { criterionId: 'industry', optionId: 'plumbing', locale: 'sv', phrase: 'rörmokare' };

  it('adds the phrase to the option in the locale, on a copy, once in any spelling', () => {
    const definition = { criteria: [{ id: 'industry', options: [{ id: 'plumbing', synonyms: { en: ['pipes'] } }] }] };
    const taught = withSynonym(definition, teaching);
    expect(taught).toEqual({ ok: true, added: true, definition: { criteria: [{ id: 'industry', options: [{ id: 'plumbing', synonyms: { en: ['pipes'], sv: ['rörmokare'] } }] }] } });
    expect(definition.criteria[0]?.options[0]?.synonyms).toEqual({ en: ['pipes'] });
    const again = withSynonym(taught.ok ? taught.definition : null, { ...teaching, phrase: 'rörmokare' });
    expect(again).toMatchObject({ ok: true, added: false });
    expect(withSynonym({ criteria: [{ id: 'industry', options: [{ id: 'plumbing', synonyms: { sv: ['Rörmokare!'] } }] }] }, teaching)).toMatchObject({ added: false });
  });

  it('names what is missing in a draft without the criterion or option', () => {
    expect(withSynonym({ criteria: [] }, teaching)).toEqual({ ok: false, problem: 'The draft has no criterion "industry".' });
    expect(withSynonym({ criteria: [{ id: 'industry' }] }, teaching)).toEqual({ ok: false, problem: 'The draft\'s criterion "industry" has no option "plumbing".' });
    expect(withSynonym('not yaml at all', teaching)).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';
import { begin, turn } from '../engine/turn.js';
import { knownAnswers } from './known.js';

const definition = exampleDefinition();
const now = new Date('2026-12-02T08:00:00Z');
const facts = { email: 'Maija.Virtanen@Example.fi', name: 'Maija Virtanen', company: 'Pohjolan Talotekniikka Oy', traits: { industry: 'hvac', company_size: 40 } };

describe("what the host page knows (Kysy('identify'))", () => {
  it('maps e-mail to the email criterion, name and company as the definition says, traits by criterion id', () => {
    const answers = knownAnswers(definition, facts, now);
    expect(Object.fromEntries(answers.map((a) => [a.criterionId, a.value]))).toEqual({
      contact_email: 'Maija.Virtanen@Example.fi',
      contact_name: 'Maija Virtanen',
      company_name: 'Pohjolan Talotekniikka Oy',
      industry: 'hvac',
      company_size: 40,
    });
    expect(new Set(answers.map((a) => a.source))).toEqual(new Set(['page']));
  });

  it('ignores traits for unknown criteria and contact details passed as traits', () => {
    expect(knownAnswers(definition, { traits: { shoe_size: 42, contact_email: 'x@example.fi' } }, now)).toEqual([]);
  });

  it('records qualification facts at once, through the same validation as any answer; contact details wait for consent', () => {
    const started = begin(definition, { locale: 'en', previousAnswers: [], variants: {}, known: knownAnswers(definition, { ...facts, traits: { industry: 'spaceships', company_size: 40 } }, now) }, now);
    expect(started.state.answers.company_size).toMatchObject({ value: 40, source: 'page' });
    // Not an option of the criterion: dropped, and asked as usual.
    expect(started.state.answers.industry).toBeUndefined();
    expect(started.state.asking).toBe('industry');
    expect(started.state.answers.contact_email).toBeUndefined();
  });

  it('is recorded in the turn the visitor consents, so the bot asks none of it', () => {
    const c = chat(definition, { locale: 'en' })
      .say('We are an HVAC company in Tampere with about 40 people')
      .say('paper and excel')
      .say('scheduling')
      .say('within 3 months', 'consent');
    const known = knownAnswers(definition, facts, now);
    const before = turn(definition, c.state, { text: 'what does it cost?' }, now, { known });
    expect(before.state.answers.contact_email).toBeUndefined();
    const after = turn(definition, c.state, { choice: 'yes' }, now, { known });
    expect(after.state.answers.contact_email).toMatchObject({ value: 'maija.virtanen@example.fi', source: 'page' });
    expect(after.state.answers.contact_name).toMatchObject({ value: 'Maija Virtanen', source: 'page' });
    expect(after.events.filter((e) => e.type === 'question_asked').map((e) => e.criterionId)).not.toContain('contact_email');
    expect(after.state.asking).not.toBe('contact_email');
  });

  it('never replaces what the visitor answered', () => {
    const c = chat(definition, { locale: 'en' }).say('We are a plumbing company');
    const result = turn(definition, c.state, { text: '40 people' }, now, { known: knownAnswers(definition, { traits: { industry: 'hvac' } }, now) });
    expect(result.state.answers.industry?.value).toBe('plumbing');
  });
});

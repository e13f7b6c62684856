import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../qualification/answer.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';

const definition = exampleDefinition();
const unsure = (text: string, value: Extraction['value']): Extraction[] => [{ criterionId: 'industry', value, raw: text, confidence: 0.5 }];

describe('answer_not_understood', () => {
  it('is reported when a typed reply to the question yields nothing', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('hmm, mostly odd jobs around town', 'industry');
    expect(c.eventsOf('answer_not_understood')).toEqual([{ type: 'answer_not_understood', criterionId: 'industry' }]);
  });

  it('is reported once per message, for the question then asked', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('plumbing', 'company_size').say('a fair few', 'company_size').say('loads', 'company_size');
    expect(c.eventsOf('answer_not_understood').map((e) => e.criterionId)).toEqual(['company_size', 'company_size']);
  });

  it.each([
    ['an answer', 'We do plumbing'],
    ['a skip', 'skip'],
    ['a why', 'Why do you ask?'],
    ['a question', 'Can you tell me about your company history?'],
    ['a greeting', 'hello'],
    ['thanks', 'thanks!'],
    ['a request for a person', 'can I talk to a human?'],
    ['another fact only', 'we are in Oslo'],
  ])('is not reported for %s', (_, text) => {
    const c = chat(definition, { locale: 'en' });
    c.say(text);
    expect(c.eventsOf('answer_not_understood')).toEqual([]);
  });

  it('is not reported for a doubtful reading put to the visitor to confirm', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('pipes and such', 'industry', unsure('pipes', 'plumbing'));
    expect(c.state.pending).not.toBeNull();
    expect(c.eventsOf('answer_not_understood')).toEqual([]);
  });

  it('is not reported for a click the question cannot take', () => {
    const c = chat(definition, { locale: 'en' });
    c.click('hvac', 'company_size').click('sweden', 'company_size');
    expect(c.eventsOf('answer_not_understood')).toEqual([]);
  });
});

describe('guess_corrected', () => {
  it('is reported when the visitor says no to the guess and then clicks another option', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('pipes and such', 'industry', unsure('pipes', 'plumbing')).click('no', 'industry').click('electrical', 'company_size');
    expect(c.eventsOf('guess_corrected')).toEqual([{ type: 'guess_corrected', criterionId: 'industry', optionId: 'electrical' }]);
    expect(c.state.answers.industry).toMatchObject({ value: 'electrical', source: 'button' });
    expect(c.state.guess).toBeUndefined();
  });

  it('is reported when the visitor clicks another option instead of answering the guess', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('pipes and such', 'industry', unsure('pipes', 'plumbing')).click('hvac', 'company_size');
    expect(c.eventsOf('guess_corrected')).toEqual([{ type: 'guess_corrected', criterionId: 'industry', optionId: 'hvac' }]);
  });

  it('keeps the words the guess was read from, without contact data, until the criterion is answered', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('pipes, mail me at anna@example.fi', 'industry', unsure('pipes', 'plumbing'));
    expect(c.state.guess).toEqual({ criterionId: 'industry', value: 'plumbing', text: 'pipes, mail me at [email removed]' });
    c.click('no', 'industry');
    expect(c.state.guess?.text).toBe('pipes, mail me at [email removed]');
  });

  it.each([
    ['the guess is confirmed', (c: ReturnType<typeof chat>) => c.click('yes', 'company_size')],
    ['the guessed option is clicked after all', (c: ReturnType<typeof chat>) => c.click('no', 'industry').click('plumbing', 'company_size')],
    ['the answer is typed instead', (c: ReturnType<typeof chat>) => c.click('no', 'industry').say('electrical contracting', 'company_size')],
  ])('is not reported when %s, and the guess is settled', (_, then) => {
    const c = chat(definition, { locale: 'en' });
    then(c.say('pipes and such', 'industry', unsure('pipes', 'plumbing')));
    expect(c.eventsOf('guess_corrected')).toEqual([]);
    expect(c.state.answers.industry).toBeDefined();
    expect(c.state.guess).toBeUndefined();
  });

  it('is not reported for a plain click with no guess before it', () => {
    const c = chat(definition, { locale: 'en' });
    c.click('hvac', 'company_size');
    expect(c.eventsOf('guess_corrected')).toEqual([]);
  });
});

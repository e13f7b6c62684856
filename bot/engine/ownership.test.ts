import { describe, expect, it } from 'vitest';
import type { Locale } from '../../qualification/definition/schema.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';

const definition = exampleDefinition();

/** [locale, answer to the industry question, an answer to the next question naming another trade, an explicit correction] */
const cases: [Locale, string, string, string][] = [
  ['en', 'HVAC', 'about 40 people, and we do some plumbing jobs too', 'actually we are mostly a plumbing company'],
  ['fi', 'LVI', 'noin 40 henkeä, teemme myös putkitöitä', 'itse asiassa olemme enemmän putkiliike'],
  ['sv', 'ventilation', 'ungefär 40 personer, vi gör lite rörarbeten också', 'förresten, vi är mest en rörfirma'],
  ['pl', 'wentylacja', 'około 40 osób, robimy też trochę hydrauliki', 'właściwie jesteśmy głównie firmą hydrauliczną'],
];

describe('answer ownership', () => {
  it.each(cases)('%s: the asked answer survives an incidental mention in an answer to another question', (locale, asked, incidental) => {
    const c = chat(definition, { locale });
    c.say(asked, 'company_size').say(incidental);
    expect(c.state.answers.industry).toMatchObject({ value: 'hvac', source: 'asked' });
    expect(c.state.answers.company_size).toMatchObject({ value: 40, source: 'asked' });
  });

  it.each(cases)('%s: an explicit self-correction replaces the asked answer', (locale, asked, incidental, correction) => {
    const c = chat(definition, { locale });
    c.say(asked, 'company_size').say(incidental).say(correction);
    expect(c.state.answers.industry).toMatchObject({ value: 'plumbing' });
  });

  it('a new answer to the same question, asked again, replaces the first', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('HVAC', 'company_size');
    c.state = { ...c.state, asking: 'industry' };
    c.say('plumbing');
    expect(c.state.answers.industry).toMatchObject({ value: 'plumbing', source: 'asked' });
  });

  it('a volunteered answer is replaced by the answer to its own question', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('we are 40 people in Oslo', 'industry');
    c.state = { ...c.state, asking: 'country' };
    c.say('Sweden');
    expect(c.state.answers.country).toMatchObject({ value: 'sweden', source: 'asked' });
  });
});

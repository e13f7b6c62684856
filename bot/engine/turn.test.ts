import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';
import { expectNothingInternal } from '../../test/conversations/internals.js';
import { copyFor } from '../../qualification/locales/index.js';

const definition = exampleDefinition();
const en = copyFor('en');
const question = (id: string) => definition.criteria.find((c) => c.id === id)?.question.en;

describe('turn: answers', () => {
  it('skips the questions whose answers the visitor volunteered', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('We are an HVAC company in Tampere with about 40 people', 'current_tool');
    expect(c.state.answers).toMatchObject({
      industry: { value: 'hvac', source: 'asked' },
      company_size: { value: 40, source: 'volunteered' },
      country: { value: 'finland', source: 'volunteered' },
    });
    expect(c.lastText()).toContain(en.notedAhead);
    for (const id of ['company_size', 'country']) expect(c.eventsOf('question_asked').map((e) => e.criterionId)).not.toContain(id);
  });

  it('takes a button click as the answer, labelled in the visitor language', () => {
    const c = chat(definition, { locale: 'fi' });
    c.click('electrical', 'company_size');
    expect(c.state.answers.industry).toMatchObject({ value: 'electrical', source: 'button', raw: 'Sähköurakointi', confidence: 1 });
  });

  it('carries buttons with option ids and locale labels for choice questions, none for numbers', () => {
    const c = chat(definition, { locale: 'sv' });
    c.click('hvac', 'company_size');
    expect(c.question()?.choices).toBeUndefined();
    c.say('45', 'country');
    expect(c.question()?.choices).toContainEqual({ id: 'sweden', label: expect.any(String) });
  });

  it('never asks a criterion again once it is answered, skipped or known from before', () => {
    const c = chat(definition, {
      locale: 'en',
      previousAnswers: [{ criterionId: 'country', value: 'sweden', raw: 'Sweden', source: 'asked', confidence: 1, at: '2026-10-01T09:00:00.000Z' }],
    });
    c.say('plumbing', 'company_size').say('skip').say('scheduling is a mess').say('within 3 months').say('paper').say('not sure, skip');
    const asked = c.eventsOf('question_asked').map((e) => e.criterionId);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).not.toContain('country');
    expect(c.state.skipped).toContain('company_size');
  });

  it('records what a model read, through the same validation, marked as the model\'s', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('we fix the pipes in people\'s flats', 'company_size', [
      { criterionId: 'industry', value: 'plumbing', raw: 'fix the pipes', confidence: 0.9 },
      { criterionId: 'budget', value: 'a lot', raw: 'flats', confidence: 0.9 },
    ]);
    expect(c.state.answers.industry).toMatchObject({ value: 'plumbing', source: 'model' });
    expect(c.state.answers.budget).toBeUndefined();
  });

  it('lets plain code win over a model reading of the same criterion', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('We are electricians', 'company_size', [{ criterionId: 'industry', value: 'plumbing', raw: 'electricians', confidence: 0.99 }]);
    expect(c.state.answers.industry).toMatchObject({ value: 'electrical', source: 'asked' });
  });

  it('does not take a stale button for the question now asked', () => {
    const c = chat(definition, { locale: 'en' });
    c.click('hvac', 'company_size').click('sweden', 'company_size');
    expect(c.state.answers.company_size).toBeUndefined();
    expect(c.lastText()).toContain(en.notCaught[0]);
  });
});

describe('turn: detours', () => {
  it('why → the why text, then the same question again', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('Why do you ask?', 'industry');
    expect(c.last[0]?.text).toBe(definition.criteria[0]?.why.en);
    expect(c.question()).toMatchObject({ asking: 'industry', text: question('industry') });
    expect(c.eventsOf('question_asked')).toHaveLength(1);
  });

  it.each([
    ['en', 'skip'],
    ['fi', 'ohita'],
    ['en', "I don't know"],
  ] as const)('%s "%s" → skipped, and the bot moves on', (locale, text) => {
    const c = chat(definition, { locale });
    c.say(text, 'company_size');
    expect(c.state.skipped).toEqual(['industry']);
    expect(c.eventsOf('criterion_skipped')).toEqual([{ type: 'criterion_skipped', criterionId: 'industry' }]);
    expect(c.lastText()).toContain(copyFor(locale).skipped);
  });

  it('a question → the FAQ answer in the visitor language, then back to the flow', () => {
    const c = chat(definition, { locale: 'fi' });
    c.say('Onko teillä integraatio Teamsiin?', 'industry');
    expect(c.last[0]?.text).toBe(definition.faq.find((f) => f.id === 'integrations')?.answer.fi);
  });

  it('a question no FAQ covers → a person can answer it, then back to the flow', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('Can you tell me about your company history?', 'industry');
    expect(c.last[0]?.text).toBe(en.faqNoMatch);
  });

  it('answers the FAQ and keeps the facts given in the same message', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('We are an electrical contractor, how much does it cost?', 'company_size');
    expect(c.state.answers.industry?.value).toBe('electrical');
    expect(c.lastText()).toContain(definition.faq.find((f) => f.id === 'pricing')?.answer.en);
  });

  it.each([
    ['you idiot', en.calm],
    ['', en.empty],
  ])('"%s" → a calm reply and the question again', (text, line) => {
    const c = chat(definition, { locale: 'en' });
    c.say(text, 'industry');
    expect(c.last[0]?.text).toBe(line);
    expect(c.question()?.asking).toBe('industry');
  });

  it.each([
    ['hello', en.hello],
    ['thanks!', en.welcome],
  ])('"%s" → a friendly word and the question again', (text, line) => {
    const c = chat(definition, { locale: 'en' });
    c.say(text, 'industry');
    expect(c.last[0]?.text).toBe(line);
    for (const opener of en.notCaught) expect(c.lastText()).not.toContain(opener);
  });

  it('something it cannot read → says so and asks again', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('hmm', 'industry');
    expect(c.last[0]?.text.startsWith(en.notCaught[0])).toBe(true);
    expect(c.last[0]?.text).toContain(question('industry'));
  });
});

describe('turn: a person', () => {
  it('human → consent, contact, then a visitor_asked handoff at once, and the questions go on', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('We do plumbing').say('Can I talk to a human?', 'consent');
    expect(c.lastText()).toContain(en.humanAck);
    c.say('yes', 'contact_email');
    expect(c.eventsOf('handoff_requested')).toEqual([]);
    c.say('anna@example.fi', 'company_size');
    expect(c.eventsOf('handoff_requested')).toMatchObject([{ reason: 'visitor_asked' }]);
    expect(c.lastText()).toContain(en.handoff('Anna Virtanen'));
    expect(c.state).toMatchObject({ handoffRequested: true, phase: 'qualifying' });
  });

  it('asking again after the handoff only says a colleague is coming; no second handoff', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('call me please', 'consent').say('yes', 'contact_email').say('anna@example.fi', 'industry');
    c.say('a human, please', 'industry');
    expect(c.lastText()).toContain(en.handoffInChat('Anna Virtanen'));
    expect(c.eventsOf('handoff_requested')).toHaveLength(1);
    expectNothingInternal(definition, c.replies);
  });

  it('human without consent → no contact kept, a colleague joins the chat', () => {
    const c = chat(definition, { locale: 'pl' });
    c.say('Chcę porozmawiać z człowiekiem', 'consent').say('nie');
    expect(c.eventsOf('handoff_requested')).toMatchObject([{ reason: 'visitor_asked' }]);
    expect(c.lastText()).toContain(copyFor('pl').noContactKept);
    expect(c.state.answers.contact_email).toBeUndefined();
  });

  it('while a person talks, notes what the visitor says and stays quiet', () => {
    const c = chat(definition, { locale: 'en' });
    c.humanActive(true).say('We are 60 people in Oslo');
    expect(c.last).toEqual([]);
    expect(c.state.answers).toMatchObject({ company_size: { value: 60 }, country: { value: 'norway' } });
    expect(c.state.asking).toBe('industry');
    expect(c.eventsOf('question_asked')).toHaveLength(1);
  });
});

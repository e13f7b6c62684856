import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';
import { copyFor } from '../../qualification/locales/index.js';
import { consentVersion } from './question.js';

const definition = exampleDefinition();
const en = copyFor('en');

/** An English visitor who is sales-ready after four answers, so the next step is consent. */
function salesReady() {
  return chat(definition, { locale: 'en' })
    .say('We are an HVAC company in Tampere with about 40 people')
    .say('paper and excel')
    .say('scheduling')
    .say('within 3 months', 'consent');
}

describe('consent', () => {
  it('is asked before any contact question, with yes/no buttons and the privacy policy link', () => {
    const c = salesReady();
    const ask = c.question();
    expect(ask).toMatchObject({ asking: 'consent', choices: [{ id: 'yes', label: en.yes }, { id: 'no', label: en.no }] });
    expect(ask?.text).toContain(definition.privacyPolicy);
    expect(c.eventsOf('question_asked').map((e) => e.criterionId)).not.toContain('contact_email');
    c.click('yes', 'contact_email');
    expect(c.eventsOf('consent_changed')).toEqual([{ type: 'consent_changed', consent: 'granted', text: ask!.text, textVersion: consentVersion('en', ask!.text) }]);
  });

  it('is remembered from an earlier conversation: neither it nor the e-mail is asked again, and the handoff waits for the first message', () => {
    const first = salesReady().click('yes', 'contact_email').say('Anna@Example.fi');
    const previousAnswers = Object.values(first.state.answers);
    expect(first.state.answers.contact_email?.value).toBe('anna@example.fi');

    const forgotten = chat(definition, { locale: 'en', previousAnswers });
    expect(forgotten.asking).toBe('consent');
    expect(forgotten.state.answers.contact_email).toBeUndefined();

    const back = chat(definition, { locale: 'en', previousAnswers, consent: { at: '2026-11-01T10:00:00.000Z', textVersion: 'en:0badc0de' } });
    expect(back.state).toMatchObject({ consent: 'granted', decision: 'sales_ready', asking: null, handoffRequested: false });
    expect(back.state.answers.contact_email?.value).toBe('anna@example.fi');
    expect(back.eventsOf('handoff_requested')).toEqual([]);
    back.say('Hi again, we would like to get started');
    expect(back.eventsOf('question_asked')).toEqual([]);
    expect(back.eventsOf('handoff_requested')).toHaveLength(1);
  });

  it('versions the wording: another text or locale is another version', () => {
    expect(consentVersion('en', 'May we keep them?')).toMatch(/^en:[0-9a-f]{8}$/);
    expect(consentVersion('en', 'May we keep them?')).toBe(consentVersion('en', 'May we keep them?'));
    expect(consentVersion('en', 'May we keep them.')).not.toBe(consentVersion('en', 'May we keep them?'));
    expect(consentVersion('fi', 'May we keep them?')).not.toBe(consentVersion('en', 'May we keep them?'));
  });

  it('keeps no volunteered email while consent is not granted', () => {
    const c = chat(definition, { locale: 'en' });
    c.say("We're a plumbing firm, write to me at anna@example.fi", 'company_size');
    expect(c.state.answers.contact_email).toBeUndefined();
    expect(c.eventsOf('answer_recorded').map((e) => e.answer.criterionId)).toEqual(['industry']);
  });

  it('does not keep an email typed in answer to the consent question, and asks for the OK again', () => {
    const c = salesReady();
    c.say('anna@example.fi', 'consent');
    expect(c.state.answers.contact_email).toBeUndefined();
    expect(c.lastText()).toContain(en.consentFirst);
  });

  it('takes "yes, it is anna@example.fi" as consent and then the email', () => {
    const c = salesReady();
    c.say('Yes, anna@example.fi', null);
    expect(c.state.answers.contact_email?.value).toBe('anna@example.fi');
    expect(c.eventsOf('handoff_requested')).toHaveLength(1);
  });

  it('without consent: no contact question, no contact data, and still a way to talk to the owner', () => {
    const c = salesReady();
    c.say('no thanks', null);
    expect(c.state.consent).toBe('denied');
    expect(c.state.phase).toBe('closed');
    expect(Object.keys(c.state.answers).filter((id) => id.startsWith('contact_'))).toEqual([]);
    expect(c.eventsOf('question_asked').map((e) => e.criterionId)).not.toContain('contact_email');
    expect(c.lastText()).toContain(en.noContactKept);
    expect(c.lastText()).toContain('https://meet.fieldwise.example/anna-virtanen');
    c.say('my email is anna@example.fi');
    expect(c.state.answers.contact_email).toBeUndefined();
  });

  it('"why?" to the consent question explains what the details are for, and asks again', () => {
    const c = salesReady();
    c.say('Why do you need that?', 'consent');
    expect(c.last[0]?.text).toBe(en.consentWhy);
  });

  it('an unclear reply to the consent question gets a gentle nudge and the same question', () => {
    const c = salesReady();
    c.say('hmm', 'consent');
    expect(c.last[0]?.text).toBe(en.yesOrNo);
  });
});

import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';
import { expectNothingInternal } from '../../test/conversations/internals.js';
import { copyFor } from '../../qualification/locales/index.js';

const definition = exampleDefinition();
const en = copyFor('en');

function salesReady(firstLine: string) {
  return chat(definition, { locale: 'en' }).say(firstLine).say('paper and excel').say('scheduling').say('within 3 months', 'consent');
}

describe('closing: sales ready', () => {
  it('consent, email, then the owner by name with their meeting link, one handoff, closed', () => {
    const c = salesReady('We are an HVAC company in Gothenburg with about 40 people');
    expect(c.eventsOf('decision_changed')).toMatchObject([{ from: 'incomplete', to: 'sales_ready' }]);
    c.say('yes', 'contact_email').say('erik.fan@example.se', null);
    expect(c.lastText()).toContain(en.handoff('Erik Lindqvist'));
    expect(c.lastText()).toContain('https://meet.fieldwise.example/erik-lindqvist');
    expect(c.eventsOf('handoff_requested')).toMatchObject([{ reason: 'sales_ready', score: { decision: 'sales_ready' } }]);
    expect(c.eventsOf('conversation_closed')).toEqual([{ type: 'conversation_closed', decision: 'sales_ready' }]);
    expect(c.state).toMatchObject({ phase: 'closed', asking: null, handoffRequested: true });
    c.say('one more thing: talk to a human please', null);
    expect(c.eventsOf('handoff_requested')).toHaveLength(1);
    expectNothingInternal(definition, c.replies);
  });

  it('promises a colleague in the chat, not a call, when the visitor skips the email', () => {
    const c = salesReady('We are an HVAC company in Tampere with about 40 people');
    c.say('yes', 'contact_email').say('skip', null);
    expect(c.lastText()).toContain(en.handoffInChat('Anna Virtanen'));
    expect(c.lastText()).not.toContain(en.handoff('Anna Virtanen'));
    expect(c.eventsOf('handoff_requested')).toHaveLength(1);
  });

  it('routes a large company to the enterprise owner', () => {
    const c = salesReady('HVAC, 300 people, Warsaw');
    c.say('yes').say('jan@example.pl', null);
    expect(c.lastText()).toContain('Mikko Heikkinen');
  });
});

describe('closing: nurture', () => {
  function nurtured() {
    return chat(definition, { locale: 'en' }).say('We are HVAC, 10 people in Helsinki').say('I am a technician').say('just researching', 'consent');
  }

  it('offers the nurture content and asks to follow up; yes → email → goodbye', () => {
    const c = nurtured();
    expect(c.lastText()).toContain(definition.nurtureContent?.url);
    expect(c.question()?.text).toContain(en.followUpAsk('Fieldwise'));
    c.say('sure', 'contact_email').say('tech@example.fi', null);
    expect(c.lastText()).toBe(en.goodbyeFollowUp);
    expect(c.state.answers.contact_email?.value).toBe('tech@example.fi');
    expect(c.eventsOf('handoff_requested')).toEqual([]);
    expect(c.eventsOf('conversation_closed')).toEqual([{ type: 'conversation_closed', decision: 'nurture' }]);
    expectNothingInternal(definition, c.replies);
  });

  it('no → a goodbye and nothing kept', () => {
    const c = nurtured();
    c.click('no', null);
    expect(c.lastText()).toBe(en.goodbye);
    expect(c.state).toMatchObject({ phase: 'closed', consent: 'denied' });
  });
});

describe('closing: disqualified', () => {
  it.each(['en', 'fi', 'sv', 'pl'] as const)('%s: a polite goodbye with something useful, never the reason', (locale) => {
    const c = chat(definition, { locale });
    c.click('private_household', null);
    const copy = copyFor(locale);
    expect(c.lastText()).toBe(`${copy.farewell} ${copy.moreAt('https://fieldwise.example')} ${copy.farewellWish}`);
    expect(c.eventsOf('conversation_closed')).toEqual([{ type: 'conversation_closed', decision: 'disqualified' }]);
    expectNothingInternal(definition, c.replies);
  });
});

describe('after closing', () => {
  function closed() {
    return chat(definition, { locale: 'en' }).click('private_household', null);
  }

  it('answers FAQ questions still', () => {
    const c = closed().say('Is there a free trial?', null);
    expect(c.lastText()).toBe(definition.faq.find((f) => f.id === 'free_trial')?.answer.en);
  });

  it('gives anything else a short friendly reply and asks nothing', () => {
    const c = closed().say('We are actually 50 people', null);
    expect(c.lastText()).toBe(en.closed);
    expect(c.state.answers.company_size).toBeUndefined();
    expect(c.question()).toBeUndefined();
  });

  it('stays quiet while a person talks with the visitor', () => {
    const c = closed().humanActive(true).say('Hello?', null);
    expect(c.last).toEqual([]);
  });
});

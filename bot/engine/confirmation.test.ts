import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../qualification/answer.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';
import { copyFor } from '../../qualification/locales/index.js';

const definition = exampleDefinition();
const fi = copyFor('fi');
const unsure = (criterionId: string, value: Extraction['value']): Extraction[] => [{ criterionId, value, raw: 'jotain sinnepäin', confidence: 0.5 }];

describe('low-confidence answers', () => {
  it('are read back with yes/no buttons instead of being recorded', () => {
    const c = chat(definition, { locale: 'fi' });
    c.say('jotain sinnepäin', 'industry', unsure('industry', 'plumbing'));
    expect(c.state.answers.industry).toBeUndefined();
    expect(c.state.pending).toMatchObject({ criterionId: 'industry', value: 'plumbing' });
    expect(c.question()).toMatchObject({ text: fi.confirm('Putkityöt'), asking: 'industry', choices: [{ id: 'yes' }, { id: 'no' }] });
  });

  it('are recorded once the visitor confirms', () => {
    const c = chat(definition, { locale: 'fi' });
    c.say('jotain sinnepäin', 'industry', unsure('industry', 'plumbing')).say('kyllä', 'company_size');
    expect(c.state.answers.industry).toMatchObject({ value: 'plumbing', source: 'asked', confidence: 1 });
    expect(c.state.pending).toBeNull();
  });

  it('are dropped when the visitor says no, and the question comes again', () => {
    const c = chat(definition, { locale: 'fi' });
    c.say('jotain sinnepäin', 'industry', unsure('industry', 'plumbing')).click('no', 'industry');
    expect(c.state.answers.industry).toBeUndefined();
    expect(c.last[0]?.text).toBe(fi.confirmDenied);
    expect(c.question()?.choices?.map((x) => x.id)).toContain('hvac');
  });

  it('give way to a clear answer typed instead of yes or no', () => {
    const c = chat(definition, { locale: 'fi' });
    c.say('jotain sinnepäin', 'industry', unsure('industry', 'plumbing')).say('ei, vaan sähköurakointi', 'company_size');
    expect(c.state.answers.industry?.value).toBe('electrical');
  });

  it('are not made of a plain question about fit: it is answered and the question stays open', () => {
    for (const [locale, text] of [
      ['en', 'Does it work for electricians?'],
      ['fi', 'Toimiiko se sähköurakoitsijoille?'],
      ['sv', 'fungerar det för elinstallatörer?'],
      ['pl', 'czy to się sprawdzi w firmie elektrycznej?'],
    ] as const) {
      const c = chat(definition, { locale });
      const asked = c.asking;
      c.say(text, asked);
      expect(c.state.pending, `${locale}: ${text}`).toBeNull();
      expect(c.state.answers.industry).toBeUndefined();
      expect(c.eventsOf('answer_not_understood')).toEqual([]);
    }
  });

  it('about something not asked are not guessed at', () => {
    const c = chat(definition, { locale: 'fi' });
    c.say('LVI', 'company_size', unsure('budget', 'allocated'));
    expect(c.state.answers.budget).toBeUndefined();
    expect(c.state.pending).toBeNull();
  });
});

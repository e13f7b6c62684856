import { describe, expect, it } from 'vitest';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { copyFor } from '../../qualification/locales/index.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { chat } from '../../test/conversations/driver.js';
import { SKIP_CHOICE } from './not-understood.js';

const definition = exampleDefinition();
const withRequired = (id: string): LeadDefinition => ({ ...definition, criteria: definition.criteria.map((c) => (c.id === id ? { ...c, required: true } : c)) });

/** [locale, a misspelt trade close to the plumbing option, words close to no option] */
const rows: [Locale, string, string][] = [
  ['en', 'plomming', 'purple elephants dancing'],
  ['fi', 'putkijuttuja', 'violetit norsut tanssivat'],
  ['sv', 'rörjobbare', 'lila elefanter dansar'],
  ['pl', 'hydraulikarstwo', 'fioletowe słonie tańczą'],
];

describe('an answer that was not understood', () => {
  it.each(rows)('%s: offers the closest options as buttons, with Skip where skipping is allowed', (locale, near) => {
    const c = chat(definition, { locale });
    c.say(near, 'industry');
    const reply = c.last.at(-1);
    const copy = copyFor(locale);
    expect(reply?.text.startsWith(copy.notCaught[0])).toBe(true);
    expect(reply?.choices?.map((ch) => ch.id)).toContain('plumbing');
    expect(reply?.choices?.length).toBeLessThanOrEqual(4);
    expect(reply?.choices?.at(-1)).toEqual({ id: SKIP_CHOICE, label: copy.skip });
    expect(reply?.text).toContain(copy.skipHint);
    // The question is not put a second time after the suggestion.
    expect(c.last.filter((r) => r.asking === 'industry')).toHaveLength(1);
    expect(c.eventsOf('answer_not_understood')).toEqual([{ type: 'answer_not_understood', criterionId: 'industry' }]);
  });

  it.each(rows)('%s: with nothing close, asks again with every option and how to answer, never the same words twice in a row', (locale, _near, far) => {
    const c = chat(definition, { locale });
    c.say(far, 'industry');
    const first = c.last.at(-1)?.text;
    const copy = copyFor(locale);
    expect(first).toContain(copy.answerHint.choice);
    expect(c.last.at(-1)?.choices?.length).toBe((definition.criteria[0] as { options: unknown[] }).options.length + 1);
    c.say(far, 'industry');
    const second = c.last.at(-1)?.text;
    expect(second).not.toBe(first);
    expect(second?.startsWith(copy.notCaught[1])).toBe(true);
  });

  it.each<[Locale, string]>([
    ['en', 'hmm, let me think about that'],
    ['fi', 'hetki, mietin'],
    ['sv', 'vänta, jag ska tänka'],
    ['pl', 'chwila, muszę się zastanowić'],
  ])('%s: a visitor who needs a moment gets time, not "didn\'t catch that": %s', (locale, text) => {
    const c = chat(definition, { locale });
    c.say(text, 'industry');
    const copy = copyFor(locale);
    expect(c.last.map((r) => r.text)).toContain(copy.empty);
    expect(c.last.some((r) => copy.notCaught.some((n) => r.text.startsWith(n)))).toBe(false);
    expect(c.eventsOf('answer_not_understood')).toEqual([]);
  });

  it('words a number question as one: no options to pick, a number is enough', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('HVAC', 'company_size').say('quite a lot honestly', 'company_size');
    const reply = c.last.at(-1);
    const copy = copyFor('en');
    expect(reply?.text).toContain(copy.answerHint.number);
    expect(reply?.text).not.toContain(copy.answerHint.choice);
    expect(reply?.choices).toEqual([{ id: SKIP_CHOICE, label: copy.skip }]);
  });

  it('offers no Skip for a required question', () => {
    const c = chat(withRequired('industry'), { locale: 'en' });
    c.say('purple elephants dancing', 'industry');
    const reply = c.last.at(-1);
    expect(reply?.text).not.toContain(copyFor('en').skipHint);
    expect(reply?.choices?.some((ch) => ch.id === SKIP_CHOICE)).toBe(false);
  });

  it('the Skip button skips the question', () => {
    const c = chat(definition, { locale: 'en' });
    c.say('purple elephants dancing', 'industry').click(SKIP_CHOICE, 'company_size');
    expect(c.state.skipped).toContain('industry');
  });
});

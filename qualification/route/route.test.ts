import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../answer.js';
import { parseDefinition, validateDefinition } from '../definition/parse.js';
import type { LeadDefinition } from '../definition/schema.js';
import { route } from './route.js';

function answers(...pairs: Array<[string, AnswerValue]>): Answer[] {
  return pairs.map(([criterionId, value]) => ({ criterionId, value, raw: String(value), source: 'asked', confidence: 1, at: '2026-01-01T00:00:00.000Z' }));
}

function load(result: ReturnType<typeof validateDefinition>): LeadDefinition {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.definition;
}

describe('route on the shipped example', () => {
  const example = load(parseDefinition(readFileSync(new URL('../../lead-definition.example.yaml', import.meta.url), 'utf8')));

  it.each<[string, Array<[string, AnswerValue]>, string]>([
    ['Finland goes to the default owner', [['country', 'finland']], 'anna'],
    ['Sweden goes to Erik', [['country', 'sweden']], 'erik'],
    ['Norway goes to Erik', [['country', 'norway']], 'erik'],
    ['Denmark goes to Erik', [['country', 'denmark']], 'erik'],
    ['Poland goes to Kasia', [['country', 'poland']], 'kasia'],
    ['an enterprise wins over the country rule', [['country', 'poland'], ['company_size', 300]], 'mikko'],
    ['the enterprise bound is inclusive', [['country', 'sweden'], ['company_size', 250]], 'mikko'],
    ['just below the enterprise bound follows the country', [['country', 'sweden'], ['company_size', 249]], 'erik'],
    ['no answers go to the default owner', [], 'anna'],
    ['an unanswered size holds no enterprise condition', [['country', 'denmark']], 'erik'],
    ['a value the definition does not know holds no condition', [['country', 'narnia'], ['company_size', '500']], 'anna'],
    ['the newest answer counts', [['country', 'sweden'], ['country', 'poland']], 'kasia'],
  ])('%s', (_name, pairs, owner) => {
    expect(route(example, answers(...pairs)).id).toBe(owner);
  });

  it('returns the whole owner, ready for the handoff', () => {
    expect(route(example, answers(['country', 'sweden']))).toMatchObject({ id: 'erik', name: 'Erik Lindqvist', slackUser: expect.stringMatching(/^U/) });
  });
});

describe('route conditions', () => {
  const t = (en: string) => ({ en });
  const ask = { question: t('?'), why: t('.') };
  const definition = load(
    validateDefinition({
      version: 1,
      company: { name: 'Acme' },
      locales: ['en'],
      defaultLocale: 'en',
      greeting: t('Hi'),
      criteria: [
        { id: 'needs', category: 'motivation', type: 'multi', ...ask, options: [{ id: 'speed', label: t('Speed') }, { id: 'price', label: t('Price') }] },
        { id: 'size', category: 'company', type: 'number', unit: 'people', ...ask },
        { id: 'urgent', category: 'situation', type: 'yes_no', ...ask },
      ],
      thresholds: { fit: 0, intent: 0 },
      routing: {
        owners: [
          { id: 'small_deals', name: 'Small', slackChannel: 'C1' },
          { id: 'hot', name: 'Hot', slackUser: 'U1' },
          { id: 'default', name: 'Default', slackUser: 'U2' },
        ],
        defaultOwner: 'default',
        rules: [
          { owner: 'hot', when: [{ criterion: 'urgent', in: ['yes'] }, { criterion: 'needs', in: ['speed'] }] },
          { owner: 'small_deals', when: [{ criterion: 'size', max: 10 }] },
        ],
      },
      sla: { acceptMinutes: 15 },
    }),
  );

  it.each<[string, Array<[string, AnswerValue]>, string]>([
    ['every condition of a rule must hold', [['urgent', 'yes'], ['needs', ['price']]], 'default'],
    ['a multi answer holds when any chosen option is listed', [['urgent', 'yes'], ['needs', ['price', 'speed']]], 'hot'],
    ['a yes/no answer is matched by its id', [['urgent', 'no'], ['needs', ['speed']]], 'default'],
    ['a number max is inclusive', [['size', 10]], 'small_deals'],
    ['a number above max does not hold', [['size', 11]], 'default'],
    ['the first matching rule wins', [['urgent', 'yes'], ['needs', ['speed']], ['size', 3]], 'hot'],
  ])('%s', (_name, pairs, owner) => {
    expect(route(definition, answers(...pairs)).id).toBe(owner);
  });
});

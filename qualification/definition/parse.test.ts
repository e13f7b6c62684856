import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseDefinition, validateDefinition } from './parse.js';
import type { LeadDefinitionInput } from './schema.js';

const en_fi = (en: string, fi: string) => ({ en, fi });

function base(): LeadDefinitionInput {
  return {
    version: 1,
    company: { name: 'Acme', website: 'https://acme.example' },
    locales: ['en', 'fi'],
    defaultLocale: 'en',
    greeting: en_fi('Hi!', 'Hei!'),
    criteria: [
      {
        id: 'industry',
        category: 'company',
        type: 'choice',
        question: en_fi('Industry?', 'Ala?'),
        why: en_fi('To help.', 'Auttaakseni.'),
        options: [
          { id: 'hvac', points: 30, label: en_fi('HVAC', 'LVI') },
          { id: 'other', label: en_fi('Other', 'Muu') },
          { id: 'home', label: en_fi('Home', 'Koti'), disqualify: { reason: 'not a business' } },
        ],
      },
      {
        id: 'size',
        category: 'company',
        type: 'number',
        unit: 'employees',
        question: en_fi('Size?', 'Koko?'),
        why: en_fi('To fit.', 'Sopiakseni.'),
        ranges: [
          { min: 1, max: 4, disqualify: { reason: 'too small' } },
          { min: 5, max: 49, points: 10 },
          { min: 50, points: 20 },
        ],
      },
      {
        id: 'timeline',
        category: 'situation',
        type: 'choice',
        question: en_fi('When?', 'Milloin?'),
        why: en_fi('To plan.', 'Suunnitellaksemme.'),
        variants: [{ id: 'soon', question: en_fi('How soon?', 'Kuinka pian?') }],
        options: [
          { id: 'soon', points: 20, months: { min: 0, max: 3 }, label: en_fi('Soon', 'Pian') },
          { id: 'later', points: 5, months: { min: 3, max: 12 }, label: en_fi('Later', 'Myöhemmin') },
        ],
      },
      {
        id: 'motivation',
        category: 'motivation',
        type: 'multi',
        question: en_fi('Why?', 'Miksi?'),
        why: en_fi('To listen.', 'Kuunnellakseni.'),
        options: [
          { id: 'save_time', points: 5, label: en_fi('Save time', 'Säästää aikaa') },
          { id: 'grow', points: 5, label: en_fi('Grow', 'Kasvaa') },
        ],
      },
      { id: 'email', category: 'contact', type: 'email', required: true, question: en_fi('Email?', 'Sähköposti?'), why: en_fi('To reply.', 'Vastataksemme.') },
    ],
    thresholds: { fit: 40, intent: 20 },
    routing: {
      owners: [
        { id: 'anna', name: 'Anna', slackUser: 'U01ANNA' },
        { id: 'erik', name: 'Erik', slackChannel: 'C01ERIK' },
      ],
      defaultOwner: 'anna',
      rules: [{ owner: 'erik', when: [{ criterion: 'size', min: 50 }] }],
    },
    sla: { acceptMinutes: 30 },
    faq: [{ id: 'price', keywords: { en: ['price'], fi: ['hinta'] }, answer: en_fi('Cheap.', 'Edullinen.') }],
    nurtureContent: { url: 'https://acme.example/guide', title: en_fi('Guide', 'Opas') },
  };
}

/** A copy of the base definition with the value at `path` replaced (removed when undefined). */
function changed(path: Array<string | number>, value: unknown): unknown {
  const root: unknown = structuredClone(base());
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}

function errorsOf(value: unknown): string[] {
  const result = validateDefinition(value);
  return result.ok ? [] : result.errors;
}

describe('the shipped example', () => {
  it('is a valid definition in en, fi, sv and pl', () => {
    const result = parseDefinition(readFileSync(new URL('../../lead-definition.example.yaml', import.meta.url), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.definition.locales).toEqual(['en', 'fi', 'sv', 'pl']);
    expect(result.definition.criteria.map((c) => c.id)).toEqual([
      'industry', 'company_size', 'country', 'role', 'decision_power', 'current_tool', 'main_pain',
      'timeline', 'budget', 'motivation', 'contact_name', 'contact_email', 'company_name',
    ]);
  });

  it('has no synonym shared by two options of one criterion, so understanding is never torn', () => {
    const result = parseDefinition(readFileSync(new URL('../../lead-definition.example.yaml', import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const clashes: string[] = [];
    for (const c of result.definition.criteria) {
      if (c.type !== 'choice' && c.type !== 'multi') continue;
      for (const locale of result.definition.locales) {
        const owner = new Map<string, string>();
        for (const o of c.options) {
          for (const s of o.synonyms[locale] ?? []) {
            const key = s.toLowerCase();
            const earlier = owner.get(key);
            if (earlier && earlier !== o.id) clashes.push(`${c.id}.${locale}: "${s}" in ${earlier} and ${o.id}`);
            owner.set(key, o.id);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('parseDefinition', () => {
  it('accepts the base definition', () => {
    expect(errorsOf(base())).toEqual([]);
  });

  it('reports YAML syntax errors with line and column', () => {
    const result = parseDefinition('version: 1\ncompany: [Acme\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^line \d+, column \d+: /);
  });

  it('reports a key given twice', () => {
    expect(parseDefinition('version: 1\nversion: 1\n')).toEqual({ ok: false, errors: ['line 2, column 1: Map keys must be unique'] });
  });

  it('reports an empty file', () => {
    expect(parseDefinition('  \n')).toEqual({ ok: false, errors: ['the file is empty'] });
  });
});

describe('schema errors in plain words', () => {
  it.each([
    ['a missing field', ['criteria', 0, 'options', 1, 'label'], undefined, 'criteria[0].options[1].label is missing'],
    ['a fractional threshold', ['thresholds', 'fit'], 2.5, 'thresholds.fit must be a whole number'],
    ['a wrong type of value', ['criteria'], 'all of them', 'criteria must be a list'],
    ['text where a number belongs', ['criteria', 1, 'ranges', 0, 'min'], 'one', 'criteria[1].ranges[0].min must be a number'],
    ['an unknown criterion type', ['criteria', 0, 'type'], 'dropdown', 'criteria[0].type must be one of: choice, multi, number, yes_no, email, text'],
    ['an id that is not lower_snake_case', ['criteria', 0, 'id'], 'Industry', 'criteria[0].id must be lower_snake_case'],
    ['an owner nobody can reach', ['routing', 'owners', 0, 'slackUser'], undefined, 'routing.owners[0] needs slackUser or slackChannel'],
    ['an unsupported locale', ['locales', 1], 'de', 'locales[1] must be one of: en, fi, sv, pl'],
    ['a misspelt field, which would otherwise score nothing silently', ['criteria', 0, 'options', 0, 'point'], 20, 'criteria[0].options[0] has unknown field: point'],
    ['a blank text', ['greeting', 'fi'], '   ', 'greeting.fi is empty'],
    ['a malformed web address', ['company', 'website'], 'acme dot com', 'company.website must be a web address starting with https://'],
    ['too few options', ['criteria', 3, 'options'], [], 'criteria[3].options needs at least 2 items'],
    ['a non-positive SLA', ['sla', 'acceptMinutes'], 0, 'sla.acceptMinutes must be more than 0'],
    ['a wrong version', ['version'], 2, 'version must be 1'],
  ])('%s', (_name, path, value, message) => {
    expect(errorsOf(changed(path, value))).toEqual([message]);
  });

  it('reports a definition that is not a mapping', () => {
    expect(errorsOf([1, 2])).toEqual(['the definition must be a set of fields']);
  });
});

describe('semantic checks', () => {
  it.each([
    [['greeting', 'fi'], 'greeting.fi is missing'],
    [['criteria', 0, 'question', 'fi'], 'criteria[0].question.fi is missing'],
    [['criteria', 0, 'why', 'fi'], 'criteria[0].why.fi is missing'],
    [['criteria', 0, 'options', 1, 'label', 'fi'], 'criteria[0].options[1].label.fi is missing'],
    [['criteria', 2, 'variants', 0, 'question', 'fi'], 'criteria[2].variants[0].question.fi is missing'],
    [['faq', 0, 'answer', 'fi'], 'faq[0].answer.fi is missing'],
    [['nurtureContent', 'title', 'fi'], 'nurtureContent.title.fi is missing'],
  ])('reports %j missing in a declared locale', (path, message) => {
    expect(errorsOf(changed(path, undefined))).toEqual([message]);
  });

  const cases: Array<[string, Array<string | number>, unknown, string]> = [
    ['a default locale that is not declared', ['defaultLocale'], 'sv', 'defaultLocale sv is not one of the declared locales (en, fi)'],
    ['a locale listed twice', ['locales'], ['en', 'fi', 'en'], 'locales[2] en is listed twice'],
    ['a duplicate criterion id', ['criteria', 3, 'id'], 'industry', 'criteria[3].id "industry" is already used by criteria[0]'],
    ['a duplicate option id', ['criteria', 0, 'options', 2, 'id'], 'hvac', 'criteria[0].options[2].id "hvac" is already used by criteria[0].options[0]'],
    ['a duplicate variant id', ['criteria', 2, 'variants'], [{ id: 'a', question: en_fi('A?', 'A?') }, { id: 'a', question: en_fi('B?', 'B?') }], 'criteria[2].variants[1].id "a" is already used by criteria[2].variants[0]'],
    ['a duplicate owner id', ['routing', 'owners', 2], { id: 'anna', name: 'Anna B', slackUser: 'U02ANNA' }, 'routing.owners[2].id "anna" is already used by routing.owners[0]'],
    ['a duplicate faq id', ['faq', 1], { id: 'price', keywords: {}, answer: en_fi('Free.', 'Ilmainen.') }, 'faq[1].id "price" is already used by faq[0]'],
    ['a rule naming an unknown owner', ['routing', 'rules', 0, 'owner'], 'bob', 'routing.rules[0].owner "bob" is not one of the owners (anna, erik)'],
    ['a default owner that is unknown', ['routing', 'defaultOwner'], 'bob', 'routing.defaultOwner "bob" is not one of the owners (anna, erik)'],
    ['a condition on an unknown criterion', ['routing', 'rules', 0, 'when', 0, 'criterion'], 'headcount', 'routing.rules[0].when[0].criterion "headcount" is not a criterion id'],
    ['a condition naming an unknown option', ['routing', 'rules', 0, 'when', 0], { criterion: 'industry', in: ['hvac', 'plumbing'] }, 'routing.rules[0].when[0].in names "plumbing", which is not an option of industry'],
    ['options on a number criterion', ['routing', 'rules', 0, 'when', 0], { criterion: 'size', in: ['big'] }, 'routing.rules[0].when[0] uses "in", but size has no options; use min/max'],
    ['min/max on a choice criterion', ['routing', 'rules', 0, 'when', 0], { criterion: 'industry', min: 3 }, 'routing.rules[0].when[0] uses min/max, but industry is not a number criterion'],
    ['an empty condition', ['routing', 'rules', 0, 'when', 0], { criterion: 'industry' }, 'routing.rules[0].when[0] needs "in" (option ids) or min/max'],
    ['overlapping ranges', ['criteria', 1, 'ranges', 2, 'min'], 40, 'criteria[1].ranges[2] (40 or more) overlaps criteria[1].ranges[1] (5–49)'],
    ['ranges touching at one number', ['criteria', 1, 'ranges', 1, 'min'], 4, 'criteria[1].ranges[1] (4–49) overlaps criteria[1].ranges[0] (1–4)'],
    ['a range upside down', ['criteria', 1, 'ranges', 1], { min: 49, max: 5, points: 10 }, 'criteria[1].ranges[1] has min 49 above max 5'],
    ['an unreachable fit threshold', ['thresholds', 'fit'], 51, 'thresholds.fit is 51, but the most fit points any answers can give is 50'],
    ['an unreachable intent threshold', ['thresholds', 'intent'], 31, 'thresholds.intent is 31, but the most intent points any answers can give is 30'],
    ['months on a multi option', ['criteria', 3, 'options', 0, 'months'], { min: 0, max: 3 }, 'criteria[3].options[0].months is only allowed on choice criteria'],
    ['months upside down', ['criteria', 2, 'options', 1, 'months'], { min: 12, max: 3 }, 'criteria[2].options[1].months has min 12 above max 3'],
    ['identify naming an unknown criterion', ['identify'], { name: 'full_name' }, 'identify.name "full_name" is not one of the criteria'],
    ['identify naming a choice criterion', ['identify'], { company: 'industry' }, 'identify.company "industry" must be a text criterion, not choice'],
    [
      'a duplicate greeting id',
      ['proactive'],
      { greetings: [{ id: 'p', pages: ['/pricing'], text: en_fi('Hi?', 'Moi?') }, { id: 'p', pages: ['/demo'], text: en_fi('Hi?', 'Moi?') }] },
      'proactive.greetings[1].id "p" is already used by proactive.greetings[0]',
    ],
    ['a greeting without its Finnish text', ['proactive'], { greetings: [{ id: 'p', pages: ['/pricing'], text: { en: 'Hi?' } }] }, 'proactive.greetings[0].text.fi is missing'],
  ];
  it.each(cases)('reports %s', (_name, path, value, message) => {
    expect(errorsOf(changed(path, value))).toEqual([message]);
  });

  it('reaches thresholds exactly at the maximum', () => {
    expect(errorsOf(changed(['thresholds'], { fit: 50, intent: 30 }))).toEqual([]);
  });

  it('counts only positive multi options and never disqualifying ones toward the maximum', () => {
    const d = changed(['criteria', 3, 'options'], [
      { id: 'save_time', points: 5, label: en_fi('a', 'a') },
      { id: 'grow', points: -5, label: en_fi('b', 'b') },
      { id: 'spam', points: 50, label: en_fi('c', 'c'), disqualify: { reason: 'spam' } },
    ]);
    const set = d as { thresholds: { intent: number } };
    set.thresholds.intent = 26;
    expect(errorsOf(d)).toEqual(['thresholds.intent is 26, but the most intent points any answers can give is 25']);
  });
});

describe('a definition file names the ids along each path, for every kind of problem', () => {
  const fileErrors = (value: unknown) => {
    const result = parseDefinition(stringify(value));
    return result.ok ? [] : result.errors;
  };
  it.each([
    ['a text missing in a declared locale', ['criteria', 0, 'options', 1, 'label', 'fi'], undefined, 'criteria[0] (industry).options[1] (other).label.fi is missing'],
    ['a variant\'s text', ['criteria', 2, 'variants', 0, 'question', 'fi'], undefined, 'criteria[2] (timeline).variants[0] (soon).question.fi is missing'],
    ['a schema problem', ['criteria', 1, 'ranges', 0, 'min'], 'one', 'criteria[1] (size).ranges[0].min must be a number'],
    ['a misspelt field', ['criteria', 0, 'options', 0, 'point'], 20, 'criteria[0] (industry).options[0] (hvac) has unknown field: point'],
    ['an owner nobody can reach', ['routing', 'owners', 0, 'slackUser'], undefined, 'routing.owners[0] (anna) needs slackUser or slackChannel'],
    ['a duplicate id, on both paths', ['criteria', 0, 'options', 2, 'id'], 'hvac', 'criteria[0] (industry).options[2] (hvac).id "hvac" is already used by criteria[0] (industry).options[0] (hvac)'],
    ['overlapping ranges', ['criteria', 1, 'ranges', 2, 'min'], 40, 'criteria[1] (size).ranges[2] (40 or more) overlaps criteria[1] (size).ranges[1] (5–49)'],
    ['a rule (no id) naming an unknown owner', ['routing', 'rules', 0, 'owner'], 'bob', 'routing.rules[0].owner "bob" is not one of the owners (anna, erik)'],
    ['an faq answer', ['faq', 0, 'answer', 'fi'], undefined, 'faq[0] (price).answer.fi is missing'],
    ['a field that is no list item', ['thresholds', 'fit'], 2.5, 'thresholds.fit must be a whole number'],
  ])('%s', (_name, path, value, message) => {
    expect(fileErrors(changed(path as Array<string | number>, value))).toEqual([message]);
  });

  it('names the ids in the shipped example: criteria[8] (budget).options[2] (none).label.pl', () => {
    const text = readFileSync(new URL('../../lead-definition.example.yaml', import.meta.url), 'utf8');
    const doc = parseDefinition(text);
    if (!doc.ok) throw new Error(doc.errors.join('\n'));
    const budget = doc.definition.criteria[8]!;
    if (budget.type !== 'choice') throw new Error('budget is a choice');
    const raw = structuredClone(doc.definition) as unknown as { criteria: Array<{ options: Array<{ label: Record<string, string> }> }> };
    delete raw.criteria[8]!.options[2]!.label.pl;
    expect(fileErrors(raw)).toEqual([`criteria[8] (budget).options[2] (${budget.options[2]!.id}).label.pl is missing`]);
  });
});

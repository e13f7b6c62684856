import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { requestSchema } from './chat-call.js';
import { extractionSchema } from './schema.js';

const definition = exampleDefinition();

type Json = { type?: unknown; properties?: Record<string, Json>; required?: string[]; additionalProperties?: unknown; anyOf?: Json[]; items?: Json; enum?: unknown[] };

/** OpenAI strict mode: every object lists all its keys as required and allows no others. */
function assertStrict(node: Json, path: string): void {
  if (node.properties) {
    expect(node.required?.sort(), `${path} required`).toEqual(Object.keys(node.properties).sort());
    expect(node.additionalProperties, `${path} additionalProperties`).toBe(false);
    for (const [key, child] of Object.entries(node.properties)) assertStrict(child, `${path}.${key}`);
  }
  for (const child of node.anyOf ?? []) assertStrict(child, path);
  if (node.items) assertStrict(node.items, `${path}[]`);
}

function allowsNull(node: Json): boolean {
  return (Array.isArray(node.type) && node.type.includes('null')) || (node.anyOf ?? []).some((n) => n.type === 'null');
}

describe('the structured output schema is generated from the lead definition', () => {
  const json = requestSchema(extractionSchema({ criteria: definition.criteria, reword: ['timeline'] })) as Json;
  const answers = json.properties!.answers!.properties!;

  it('has one field per criterion, each with a nullable value and quote', () => {
    expect(Object.keys(answers)).toEqual(definition.criteria.map((c) => c.id));
    for (const id of Object.keys(answers)) {
      expect(allowsNull(answers[id]!.properties!.value!), `${id}.value`).toBe(true);
      expect(allowsNull(answers[id]!.properties!.quote!), `${id}.quote`).toBe(true);
    }
    expect(answers.company_size!.properties!.value!.type).toEqual(['number', 'null']);
  });

  it('offers options as enums of their ids', () => {
    const industry = answers.industry!.properties!.value!.anyOf!;
    expect(industry[0]!.enum).toEqual(['hvac', 'electrical', 'plumbing', 'facility_maintenance', 'construction', 'other', 'private_household']);
    expect(industry[1]!.type).toBe('null');
    expect(answers.motivation!.properties!.value!.anyOf![0]!.items!.enum).toContain('save_time');
  });

  it('is valid for OpenAI strict mode', () => {
    assertStrict(json, '$');
  });

  it('adds wording only for the questions offered for rewording', () => {
    expect(Object.keys(json.properties!.wording!.properties!.questions!.properties!)).toEqual(['timeline']);
    const plain = requestSchema(extractionSchema({ criteria: definition.criteria, reword: [] })) as Json;
    expect(Object.keys(plain.properties!)).toEqual(['answers']);
  });
});

import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import type { LeadChange, LeadState } from '../lead/lifecycle.js';
import type { LeadStore } from '../ports/leads.js';
import type { DefinitionStore, PublishedDefinition } from '../ports/definitions.js';
import { createDefinitionCatalog } from './definition-catalog.js';
import { createLeadLife } from './lead-life.js';

const AT = '2030-01-01T10:00:00.000Z';
const clock = { now: () => new Date(AT) };
const definition = exampleDefinition();

/** The store port as the contract suite proves it: `decide` on the lead as it is, its change kept. */
function leadsOf(...leads: LeadState[]): LeadStore & { decided: number } {
  const held = new Map(leads.map((lead) => [lead.id, lead]));
  const store = {
    decided: 0,
    async lead(id: string) {
      return held.get(id) ?? null;
    },
    async changeLead(id: string, decide: (lead: LeadState) => LeadChange | null) {
      const current = held.get(id);
      if (!current) return null;
      store.decided += 1;
      const change = decide(current);
      if (!change) return null;
      const { nextReminderAt: _next, ...lead } = change.lead;
      const next = { ...current, ...lead, actions: change.record ? [...current.actions, change.record] : current.actions };
      held.set(id, next);
      return next;
    },
    async claimReminders() {
      return [];
    },
  };
  return store;
}

/** Published versions 1 and 2 (the example definition); `reads` counts the versions read from the store. */
function catalog() {
  const reads: number[] = [];
  const store: DefinitionStore = {
    published: async () => null,
    publishedVersion: async () => 2,
    async version(version) {
      reads.push(version);
      return version <= 2 ? ({ version, definition, author: 'kysy', note: '', createdAt: AT } satisfies PublishedDefinition) : null;
    },
    publish: () => Promise.reject(new Error('not here')),
  };
  return { catalog: createDefinitionCatalog(store, definition), reads };
}

function lead(overrides: Partial<LeadState> = {}): LeadState {
  return { id: 'l1', status: 'open', decision: 'sales_ready', ownerId: 'erik', assignee: null, handedOffAt: null, remindersSent: 0, definitionVersion: 1, actions: [], ...overrides };
}

describe("the lead's life", () => {
  it("hands a delivered lead to its routed owner's chat user, starting its SLA; a repeat hands off nothing", async () => {
    const { catalog: definitions } = catalog();
    await definitions.version(1);
    const life = createLeadLife({ leads: leadsOf(lead()), definitions, clock });
    expect(await life.handOff('l1')).toMatchObject({ status: 'handed_off', assignee: 'U05B3RT8X4P', handedOffAt: AT });
    expect(await life.handOff('l1')).toBeNull();
    expect(await life.handOff('no-such-lead')).toBeNull();
  });

  it('falls back to the default owner for an owner the definition no longer has', async () => {
    const { catalog: definitions } = catalog();
    await definitions.version(1);
    const life = createLeadLife({ leads: leadsOf(lead({ ownerId: 'gone' })), definitions, clock });
    expect(await life.handOff('l1')).toMatchObject({ assignee: 'U05A7KQ2M1N' });
  });

  it("reads a definition version it has not loaded once, then decides again on the lead's", async () => {
    const { catalog: definitions, reads } = catalog();
    const leads = leadsOf(lead({ definitionVersion: 2 }));
    const life = createLeadLife({ leads, definitions, clock });
    expect(await life.act('l1', { type: 'accepted', by: 'U0ERIK' })).toMatchObject({ status: 'accepted', assignee: 'U0ERIK' });
    expect(reads).toEqual([2]);
    expect(leads.decided).toBe(2);
    expect(await life.act('l1', { type: 'won', by: 'U0ERIK', amount: 5, currency: 'EUR' })).toMatchObject({ status: 'won' });
    expect(reads).toEqual([2]);
  });

  it('changes nothing with an action that no longer applies, and fails on a version that is missing', async () => {
    const { catalog: definitions } = catalog();
    const life = createLeadLife({ leads: leadsOf(lead(), lead({ id: 'l9', definitionVersion: 9 })), definitions, clock });
    expect(await life.act('l1', { type: 'won', by: 'U0ERIK', amount: 5, currency: 'EUR' })).toBeNull();
    await expect(life.act('l9', { type: 'accepted', by: 'U0ERIK' })).rejects.toThrow('definition version 9 of lead l9 is missing');
  });
});

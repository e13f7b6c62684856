import type { Store } from '../../../adapters/store/index.js';
import { exampleDefinition } from '../example-definition.js';
import { loadSeed } from './load.js';
import { planSeed, type SeedConversation, type SeedOptions } from './plan.js';

/** The seed every outcome test reads: eight weeks from Monday 2026-10-05, two definition versions. */
export const SEED: SeedOptions = { seed: 14, conversations: 2_000, start: '2026-10-05', days: 56, versions: [1, 2] };

const plans = new Map<string, SeedConversation[]>();

/** A store holding the planned history (returned beside it, to compute by hand what the store should say). */
export async function seededStore(open: () => Promise<Store>, options: SeedOptions = SEED): Promise<{ store: Store; plan: SeedConversation[] }> {
  const store = await open();
  const definition = exampleDefinition();
  for (const _ of options.versions) await store.publish(definition, 'seed', 'seed');
  // Planned once per options and test file: both databases of a file load the same history.
  const key = JSON.stringify(options);
  const plan = plans.get(key) ?? planSeed(definition, options);
  plans.set(key, plan);
  await loadSeed(store.sql, plan);
  return { store, plan };
}

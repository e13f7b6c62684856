import type { Counter } from 'prom-client';

/** A counter's current value for exactly these labels (0 before it was first counted). */
export async function metricValue<L extends string>(counter: Counter<L>, labels: Partial<Record<L, string>>): Promise<number> {
  const { values } = await counter.get();
  const hit = values.find((v) => Object.entries(labels).every(([k, want]) => String(v.labels[k as L]) === want) && Object.keys(v.labels).length === Object.keys(labels).length);
  return hit?.value ?? 0;
}

import { performance } from 'node:perf_hooks';

/**
 * Where the time to ready went, in ms since the process started (logged with 'kysy listening'; the
 * turns bench prints it): `modules` is loading the code, each later key the step ending there.
 */
export function startupClock() {
  const marks: Record<string, number> = { modules: Math.round(performance.now()) };
  let last = performance.now();
  return {
    marks,
    async step<T>(name: string, work: Promise<T> | T): Promise<T> {
      const value = await work;
      const now = performance.now();
      marks[name] = Math.round(now - last);
      last = now;
      return value;
    },
  };
}

/** Types of server-bundle.mjs (plain JavaScript: it runs before anything compiles TypeScript). */
export interface ServerBundle {
  /** The bundle's entry, dist/server/<build>/main.js. */
  main: string;
  /** Built by this call (a source changed or there was no build), not reused. */
  built: boolean;
}

export function serverBundle(options: { root: string; out: string; entry?: string }): Promise<ServerBundle>;

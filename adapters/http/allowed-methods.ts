import type { Express, Router } from 'express';

/** The app, or a router whose own routes are meant (paths relative to where it is mounted). */
export type Routes = Express | Router;

/** The parts of Express's router layers read here (router v2, Express 5). */
interface Layer {
  match(path: string): false | { path: string };
  route?: { methods: Record<string, boolean | undefined> };
  handle: { stack?: Layer[] };
}

function collect(stack: Layer[], path: string, into: Set<string>): void {
  for (const layer of stack) {
    let matched: ReturnType<Layer['match']>;
    try {
      matched = layer.match(path);
    } catch {
      continue; // a malformed percent-encoding in a parameter: this layer cannot serve the path anyway
    }
    if (!matched) continue;
    if (layer.route) {
      for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') into.add(method.toUpperCase());
    } else if (layer.handle.stack) {
      collect(layer.handle.stack, path.slice(matched.path.length) || '/', into);
    }
  }
}

/**
 * The methods the routes answer on `path`, read from Express's own routing table, so a route
 * added anywhere is counted without being listed twice. GET brings HEAD, as Express serves it.
 */
export function allowedMethods(routes: Routes, path: string): string[] {
  const methods = new Set<string>();
  const router = 'router' in routes ? routes.router : routes;
  collect((router as unknown as { stack: Layer[] }).stack, path, methods);
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

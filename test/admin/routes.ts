import type { Router } from 'express';

export interface RouteInfo {
  method: string;
  path: string;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route an admin router serves (it mounts its parts at its root), read from express itself. */
export function routesOf(router: Router): RouteInfo[] {
  const walk = (stack: Layer[]): RouteInfo[] =>
    stack.flatMap((layer) => {
      if (layer.route) return Object.keys(layer.route.methods).map((method) => ({ method: method.toUpperCase(), path: layer.route!.path }));
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk((router as unknown as { stack: Layer[] }).stack);
}

/** A concrete URL for a route pattern under its router's mount path: parameters get harmless sample values. */
export const sampleUrl = (mount: string, path: string) => `${mount}${path.replace(/:version/g, '1').replace(/:[a-zA-Z]+/g, 'sample-id')}`;

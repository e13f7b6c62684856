import type { Known } from './api.js';

export type HostEvent = 'decision' | 'message' | 'open';
type Handler = (payload: unknown) => void;

export interface HostCommands {
  identify(known: Known): void;
  open(): void;
  close(): void;
  /** Offer a proactive greeting now (by id), or open the chat. */
  start(greeting: string | undefined): void;
}

const EVENTS: readonly HostEvent[] = ['decision', 'message', 'open'];
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined);

/** Trait values the server accepts: short strings, numbers, true/false, lists of short strings. */
function trait(value: unknown): string | number | boolean | string[] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').slice(0, 20).map((v) => v.slice(0, 200));
  return text(value, 200);
}

/**
 * What the page passed, cut to the shapes and sizes the API accepts (so a careless call never breaks
 * the chat); whether the values fit the criteria is the server's to judge, as for any answer.
 */
export function cleanKnown(value: unknown): Known {
  if (!isRecord(value)) return {};
  const known: Known = {};
  const email = text(value.email, 254);
  const name = text(value.name, 200);
  const company = text(value.company, 200);
  if (email) known.email = email;
  if (name) known.name = name;
  if (company) known.company = company;
  if (isRecord(value.traits)) {
    const traits: NonNullable<Known['traits']> = {};
    for (const [key, raw] of Object.entries(value.traits).slice(0, 30)) {
      const cleaned = trait(raw);
      if (cleaned !== undefined && key.length <= 64) traits[key] = cleaned;
    }
    if (Object.keys(traits).length > 0) known.traits = traits;
  }
  return known;
}

/** The listeners the host page registered with `Kysy('on', event, handler)`. */
export function createHostEvents() {
  const handlers = new Map<HostEvent, Handler[]>();
  return {
    on(event: HostEvent, handler: Handler): void {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    },
    emit(event: HostEvent, payload: unknown): void {
      for (const handler of handlers.get(event) ?? []) {
        try {
          handler(payload);
        } catch (error) {
          // The page's bug stays the page's: reported, without stopping the chat.
          setTimeout(() => {
            throw error;
          });
        }
      }
    },
  };
}

/**
 * `window.Kysy(command, …)`: takes over the snippet's queue stub, runs what was queued before the
 * script loaded, in order, then answers each call as it comes.
 */
export function installHostApi(target: { Kysy?: unknown }, commands: HostCommands, events: ReturnType<typeof createHostEvents>): void {
  const run = (name: unknown, arg?: unknown, handler?: unknown): void => {
    if (name === 'identify') commands.identify(cleanKnown(arg));
    else if (name === 'open') commands.open();
    else if (name === 'close') commands.close();
    else if (name === 'start') commands.start(isRecord(arg) && typeof arg.greeting === 'string' ? arg.greeting : undefined);
    else if (name === 'on' && EVENTS.includes(arg as HostEvent) && typeof handler === 'function') events.on(arg as HostEvent, handler as Handler);
  };
  const stub = target.Kysy as { q?: unknown } | undefined;
  const queued = Array.isArray(stub?.q) ? (stub.q as ArrayLike<unknown>[]) : [];
  target.Kysy = (...args: unknown[]) => run(...(args as [unknown, unknown?, unknown?]));
  for (const args of queued) run(...(Array.from(args) as [unknown, unknown?, unknown?]));
}

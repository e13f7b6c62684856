import { Client, DEFAULT_LIMITER_OPTIONS } from '@hubspot/api-client';
import { RetryLater } from '../../../bot/ports/handoff.js';

export interface HubSpotClientOptions {
  accessToken: string;
  /** HubSpot's API host; a local fake in tests. */
  basePath?: string;
  /** Client-side pacing (9 requests a second, the client's default); off in tests. */
  paced?: boolean;
}

/**
 * The official client with its own retries off: the outbox retries a failed delivery as a whole,
 * honouring Retry-After, so a 429 never blocks the worker in a sleep.
 */
export function hubspotClient(options: HubSpotClientOptions): Client {
  return new Client({
    accessToken: options.accessToken,
    ...(options.basePath ? { basePath: options.basePath.replace(/\/$/, '') } : {}),
    numberOfApiCallRetries: 0,
    ...(options.paced === false ? {} : { limiterOptions: DEFAULT_LIMITER_OPTIONS }),
  });
}

/** What the client throws for a non-2xx answer (its ApiException). */
interface ApiError {
  code: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function apiStatus(error: unknown): number | null {
  return typeof error === 'object' && error !== null && typeof (error as ApiError).code === 'number' ? (error as ApiError).code : null;
}

/** Seconds or an HTTP date, as Retry-After may say; HubSpot's ten-second window when absent. */
function retryAfterMs(value: string | undefined, now: Date): number {
  if (value && /^\d+$/.test(value)) return Number(value) * 1000;
  const at = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? 10_000 : Math.max(0, at - now.getTime());
}

/**
 * A failed call as the outbox should see it: 429 waits for Retry-After; anything else is retried with
 * the outbox's backoff. Only the status and HubSpot's error category are kept: its messages can quote
 * the values sent (the visitor's words), which stay out of logs.
 */
export function deliveryError(error: unknown, step: string, now: Date): Error {
  const status = apiStatus(error);
  if (status === null) return new Error(`HubSpot ${step}: ${error instanceof Error ? error.name : 'failed'}`);
  const body = (error as ApiError).body;
  const category = typeof body === 'object' && body !== null && typeof (body as { category?: unknown }).category === 'string' ? ` ${(body as { category: string }).category}` : '';
  const message = `HubSpot answered ${status}${category} to ${step}`;
  if (status === 429) return new RetryLater(message, retryAfterMs((error as ApiError).headers?.['retry-after'], now));
  return new Error(message);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while handling one request carries, so one turn can be followed across the log. */
export interface RequestContext {
  requestId: string;
  /** Set as soon as the request names a conversation (or starts one). */
  conversationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** An id a proxy in front already gave the request: kept when it is short and plain, so both logs line up. */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function newRequestId(forwarded?: string): string {
  return forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
}

export function runInRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Tells the current request's log lines which conversation they are about. */
export function noteConversation(conversationId: string): void {
  const context = storage.getStore();
  if (context) context.conversationId = conversationId;
}

/** The fields a log line gets from the request it is written in (pino's mixin). */
export function requestFields(): Partial<RequestContext> {
  const context = storage.getStore();
  if (!context) return {};
  return context.conversationId ? { requestId: context.requestId, conversationId: context.conversationId } : { requestId: context.requestId };
}

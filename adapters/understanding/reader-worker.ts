import { parentPort } from 'node:worker_threads';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { understand } from '../../qualification/understand/understand.js';
import type { ReaderReply, ReaderRequest } from './reader-messages.js';

/**
 * One understanding worker (see reader-thread.ts): reads each message it is sent, in order, with the
 * very `understand` the main thread would run. Understanding compiles a definition once per object and
 * locale, so each definition it learns is kept as it arrived (its latest few: a test process meets
 * many), and compiled at once, before any message waits on it.
 */
if (!parentPort) throw new Error('reader-worker.ts runs as a worker thread');
const port = parentPort;
const post = (reply: ReaderReply) => port.postMessage(reply);

const KEPT = 8;
const definitions = new Map<string, LeadDefinition>();
/** A message that goes through every part of understanding that compiles something of the definition. */
const WARM_UP = 'hello, we are 10 people';

port.on('message', (request: ReaderRequest) => {
  if ('learn' in request) {
    const { learn: key, definition } = request;
    definitions.delete(key);
    definitions.set(key, definition);
    // A Map iterates in insertion order: the first key is the one learned longest ago.
    if (definitions.size > KEPT) definitions.delete(definitions.keys().next().value!);
    try {
      for (const locale of definition.locales) understand(definition, WARM_UP, { locale, now: new Date(0), asking: null });
    } catch {
      // Each read against it then fails alike, and is read (and fails) on the main thread.
    }
    return post({ learned: key });
  }
  const { id, key, text, ctx } = request;
  const definition = definitions.get(key);
  if (!definition) return post({ id, missing: true });
  try {
    post({ id, understanding: understand(definition, text, ctx) });
  } catch (error) {
    post({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
post({ ready: true });

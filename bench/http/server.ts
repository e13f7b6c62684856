import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConversationState } from '../../bot/conversation.js';
import type { ConversationRecord, StoredMessage } from '../../bot/ports/store.js';
import type { ConversationService } from '../../bot/service/types.js';

/**
 * `tsx bench/http/server.ts <checkout>`: the checkout's HTTP app (createApp, as main.ts builds it but
 * without channels) on PORT, in front of a service that answers at once with a turn's usual reply.
 * What its process spends per request is the HTTP stack's share of a turn (bench/http/ab.ts).
 */
// An exit, not a kill: a --cpu-prof profile is written on the way out.
process.on('SIGTERM', () => process.exit(0));
if (process.argv[2] === 'bare') {
  // The floor: the limit's express app (bench/turns/limit-server.ts) without its INSERT.
  const { default: express } = await import('express');
  const app = express();
  app.use(express.json({ limit: '16kb' }));
  app.post('/api/conversations', (_req, res) => void res.status(201).json({ conversationId: randomUUID(), visitorId: `v_${randomUUID().replaceAll('-', '')}`, messages: [], state: { asking: null, done: false } }));
  app.post('/api/conversations/:id/messages', (req, res) => void res.json({ messages: [{ id: randomUUID(), text: (req.body as { text?: string }).text ?? '' }], state: { asking: null, done: false } }));
  app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
  await new Promise(() => undefined);
}
const dir = resolve(process.argv[2] ?? '.');
const load = <T>(path: string) => import(pathToFileURL(resolve(dir, path)).href) as Promise<T>;
const { createApp } = await load<typeof import('../../adapters/http/app.js')>('adapters/http/app.ts');
const { listen } = await load<typeof import('../../adapters/http/server.js')>('adapters/http/server.ts');
const { createLogger } = await load<typeof import('../../adapters/log/logger.js')>('adapters/log/logger.ts');

const state = { asking: 'company_size', phase: 'qualifying', decision: 'incomplete', humanActive: false } as ConversationState;
const reply = (text: string, asking: string | null, choices?: Array<{ id: string; label: string }>): StoredMessage =>
  ({ id: randomUUID(), conversationId: 'c', role: 'bot', text, ...(choices ? { choices } : {}), asking, createdAt: new Date().toISOString() }) as StoredMessage;
const sizes = [
  { id: 'small', label: '1-9 people' },
  { id: 'medium', label: '10-49 people' },
  { id: 'large', label: '50-249 people' },
  { id: 'enterprise', label: '250 or more' },
];
const turn = () => [reply('Thanks, noted: you are in HVAC services.', null), reply('How many people work at your company, roughly?', 'company_size', sizes)];

const service: ConversationService = {
  open: async (request) => {
    const conversation = { id: randomUUID().slice(0, 22), visitorId: request.visitorId ?? `v_${randomUUID().replaceAll('-', '')}`, state } as ConversationRecord;
    return { conversation, messages: [reply('Hi! I can tell you whether our service fits you.', null), ...turn()], created: true };
  },
  message: async () => ({ kind: 'processed', conversationId: 'c', messages: turn(), state }),
  transcript: async () => null,
  greeting: async () => null,
};

const app = createApp({
  service,
  ready: async () => true,
  logger: createLogger('warn'),
  widgetOrigins: [],
  ownOrigin: `http://127.0.0.1:${process.env.PORT}`,
  rateLimitPerMinute: 100_000_000,
  trustProxy: false,
});
await listen(app, Number(process.env.PORT), '127.0.0.1');
process.send?.('ready');

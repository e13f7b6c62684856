import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Route } from 'playwright-core';
import { readWidgetBundle } from '../../adapters/http/assets/widget-bundle.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../adapters/http/public', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };

export interface FakeMessage {
  id: string;
  text: string;
  role?: 'bot' | 'visitor' | 'rep';
  choices?: Array<{ id: string; label: string }>;
  asking?: string | null;
}

/** Scripted API answers, for widget states the real bot reaches only at the end of long talks. */
export interface FakeBot {
  start: (body: Record<string, unknown>) => { status: number; body: unknown };
  message?: (id: string, body: Record<string, unknown>) => { status: number; body: unknown };
  transcript?: (id: string, visitor: string | undefined) => { status: number; body: unknown };
  /** What a person has written so far, pushed as server-sent events (each connection gets what follows Last-Event-ID). */
  live?: (id: string) => FakeMessage[];
}

function eventStream(messages: FakeMessage[], lastSeen: string | undefined): string {
  const after = lastSeen ? messages.findIndex((m) => m.id === lastSeen) + 1 : 0;
  // A short retry: the fake answers each connection at once and ends it, so EventSource polls.
  return ['retry: 100\n\n', ...messages.slice(after).map((m) => `id: ${m.id}\nevent: message\ndata: ${JSON.stringify(m)}\n\n`)].join('');
}

/** Serves the demo pages and the last widget build from disk and answers the API from `bot`, all inside the browser. */
export async function serveFakeBot(context: BrowserContext, origin: string, bot: FakeBot): Promise<void> {
  await context.route(`${origin}/**`, async (route: Route) => {
    const request = route.request();
    const { pathname } = new URL(request.url());
    const reply = (answer: { status: number; body: unknown }) => route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
    if (pathname === '/api/conversations' && request.method() === 'POST') return reply(bot.start(request.postDataJSON() ?? {}));
    const message = /^\/api\/conversations\/([^/]+)\/messages$/.exec(pathname);
    if (message?.[1] && bot.message) return reply(bot.message(message[1], request.postDataJSON() ?? {}));
    const events = /^\/api\/conversations\/([^/]+)\/events$/.exec(pathname);
    if (events?.[1]) {
      if (!bot.live) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'text/event-stream', body: eventStream(bot.live(events[1]), request.headers()['last-event-id']) });
    }
    const transcript = /^\/api\/conversations\/([^/]+)$/.exec(pathname);
    if (transcript?.[1] && bot.transcript) return reply(bot.transcript(transcript[1], request.headers()['x-kysy-visitor']));
    if (pathname === '/widget.js') {
      const widget = await readWidgetBundle();
      if (!widget) throw new Error('build the widget first (buildWidget())');
      return route.fulfill({ status: 200, contentType: widget.type, body: widget.identity });
    }
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const body = await readFile(PUBLIC_DIR + file).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
}

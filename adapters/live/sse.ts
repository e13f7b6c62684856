import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { StoredMessage } from '../../bot/ports/store.js';
import type { ConversationService } from '../../bot/service/types.js';
import { HttpError, sendError } from '../http/errors.js';
import { ConversationId, transcriptMessage, VisitorId } from '../http/routes/public-schemas.js';
import type { LiveHub } from './hub.js';

export interface LiveDeps {
  service: Pick<ConversationService, 'transcript'>;
  hub: LiveHub;
  heartbeatMs?: number;
}

function sameSecret(a: string, b: string): boolean {
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * `GET /api/conversations/:id/events?visitorId=…`: server-sent events carrying what a person writes
 * to the visitor (EventSource cannot send headers, so the visitor id rides in the query, as the
 * transcript's does). Only the visitor's own conversation; a stranger gets the same 404 as a miss.
 */
export function liveEvents(deps: LiveDeps): Router {
  const router = Router();
  const heartbeatMs = deps.heartbeatMs ?? 25_000;

  router.get('/api/conversations/:id/events', async (req, res) => {
    const id = ConversationId.safeParse(req.params.id);
    const visitor = VisitorId.safeParse(req.get('x-kysy-visitor') ?? req.query.visitorId);
    if (!id.success || !visitor.success) {
      sendError(res, new HttpError('bad_request', 'A conversation id and your visitorId are required.'));
      return;
    }
    const transcript = await deps.service.transcript(id.data);
    if (!transcript || !sameSecret(transcript.conversation.visitorId, visitor.data)) {
      sendError(res, new HttpError('not_found', 'No such conversation.'));
      return;
    }

    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write('retry: 2000\n\n');

    const sent = new Set<string>();
    const send = (m: StoredMessage) => {
      if (sent.has(m.id)) return;
      sent.add(m.id);
      res.write(`id: ${m.id}\nevent: message\ndata: ${JSON.stringify(transcriptMessage(m))}\n\n`);
    };

    // A reconnecting EventSource names the last event it saw: what a rep wrote since then follows.
    const lastSeen = req.get('last-event-id');
    if (lastSeen) {
      const after = transcript.messages.findIndex((m) => m.id === lastSeen);
      if (after >= 0) transcript.messages.slice(after + 1).filter((m) => m.role === 'rep').forEach(send);
    }

    let queue = Promise.resolve();
    const unsubscribe = deps.hub.subscribe(
      id.data,
      (ids) => {
        queue = queue
          .then(async () => {
            const now = await deps.service.transcript(id.data);
            for (const m of now?.messages ?? []) if (ids.includes(m.id)) send(m);
          })
          .catch(() => undefined);
      },
      // Shutting down: the stream ends and its connection goes, so the server can close (the widget reconnects elsewhere).
      () => {
        res.end();
        req.socket.destroy();
      },
    );
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  return router;
}

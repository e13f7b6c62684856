import { isPushed, type Pushed } from './replies.js';

export type Follow = (conversationId: string, visitorId: string, onMessage: (message: Pushed) => void) => () => void;

/**
 * What a person (a sales rep) writes while the chat is open, pushed by the server as server-sent
 * events. EventSource reconnects by itself and names the last message it saw, so nothing is missed.
 */
export function followLive(origin: string): Follow {
  return (conversationId, visitorId, onMessage) => {
    if (typeof EventSource === 'undefined') return () => undefined;
    const url = `${origin}/api/conversations/${encodeURIComponent(conversationId)}/events?visitorId=${encodeURIComponent(visitorId)}`;
    const source = new EventSource(url);
    source.addEventListener('message', (event) => {
      let data: unknown;
      try {
        data = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      if (isPushed(data)) onMessage(data);
    });
    return () => source.close();
  };
}

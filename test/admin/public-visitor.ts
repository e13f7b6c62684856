/** A visitor over the public API (what the widget does), for checking which definition a conversation uses. */
export interface BotMessage {
  text: string;
  asking?: string | null;
  choices?: Array<{ id: string; label: string }>;
}

export async function startConversation(baseUrl: string, locale: string, utm: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale, context: { pageUrl: 'https://fieldwise.example/fi/', utm } }),
  });
  if (response.status !== 201) throw new Error(`start failed: ${response.status}`);
  const body = (await response.json()) as { conversationId: string; visitorId: string; messages: BotMessage[] };
  let sent = 0;
  return {
    id: body.conversationId,
    first: body.messages,
    async say(input: { text: string } | { choice: string }): Promise<BotMessage[]> {
      sent += 1;
      const reply = await fetch(`${baseUrl}/api/conversations/${body.conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kysy-visitor': body.visitorId },
        body: JSON.stringify({ clientMessageId: `m${sent}`, ...input }),
      });
      if (reply.status !== 200) throw new Error(`message failed: ${reply.status}`);
      return ((await reply.json()) as { messages: BotMessage[] }).messages;
    },
  };
}

/** The text of the question the bot asks about `criterion` among `messages`. */
export const questionAbout = (messages: BotMessage[], criterion: string) => messages.find((m) => m.asking === criterion)?.text;

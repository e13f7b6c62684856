import type { Express } from 'express';
import type { ConversationReference } from 'botbuilder';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { jsonBody } from '../http/clean-input.js';
import type { CloudChannel } from './cloud.js';
import type { KysyBotDeps } from './kysy-bot.js';

export interface BotFrameworkSettings {
  appId?: string;
  appPassword?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
  /** Where the channel's signing keys are published; Azure's own unless a sovereign cloud or a test says otherwise. */
  openIdMetadataUrl?: string;
  /** The local Bot Framework Emulator may talk to the bot (see guard.ts). */
  emulator?: boolean;
}

export interface BotFrameworkDeps extends KysyBotDeps {
  store: Pick<ConversationStore, 'load' | 'transcript'>;
  logger: Logger;
}

/**
 * The Bot Framework channel. botbuilder is the biggest library Kysy loads (over a second of a start),
 * so it is loaded (cloud.ts) when the channel is configured, or else on the first POST to /api/messages
 * — which, unconfigured, is refused as before. `ready` resolves once it is loaded when configured.
 */
export function createBotFrameworkChannel(settings: BotFrameworkSettings, deps: BotFrameworkDeps) {
  let cloud: Promise<CloudChannel> | undefined;
  const loadCloud = () => (cloud ??= import('./cloud.js').then((module) => module.createCloudChannel(settings, deps)));
  const configured = settings.appId !== undefined || settings.emulator === true;

  return {
    ready: configured ? loadCloud().then(() => undefined) : Promise.resolve(),

    mount(app: Express): void {
      app.post('/api/messages', jsonBody('256kb'), async (req, res, next) => {
        (await loadCloud()).router(req, res, next);
      });
    },

    /**
     * Passes messages written outside a visitor turn (a rep replying from Slack, the bot's note that a
     * person joined) to a visitor in a Bot Framework channel, through the stored conversation reference.
     */
    async relay(conversationId: string, messageIds: string[]): Promise<void> {
      const loaded = await deps.store.load(conversationId);
      const reference = loaded?.conversation.context.channelReference as Partial<ConversationReference> | undefined;
      if (loaded?.conversation.channel !== 'botframework' || !reference) return;
      const wanted = new Set(messageIds);
      const messages = ((await deps.store.transcript(conversationId)) ?? []).filter((m) => wanted.has(m.id));
      if (messages.length === 0) return;
      await (await loadCloud()).send(reference, messages);
    },
  };
}

export type BotFrameworkChannel = ReturnType<typeof createBotFrameworkChannel>;

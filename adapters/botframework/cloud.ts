import type { Express, NextFunction, Request, Response } from 'express';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { AuthenticationConstants } from 'botframework-connector';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { jsonBody } from '../http/clean-input.js';
import { parseOr400 } from '../http/errors.js';
import { IncomingActivity, toActivity } from './activities.js';
import { botFrameworkGuard } from './guard.js';
import { createKysyBot, type KysyBotDeps } from './kysy-bot.js';

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

/**
 * botbuilder takes either all of the cloud's endpoints or none: overriding one (where the channel's
 * signing keys are published) means naming Azure public cloud's others explicitly.
 */
function publicCloudWithKeysFrom(openIdMetadataUrl: string) {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

export interface BotFrameworkDeps extends KysyBotDeps {
  store: Pick<ConversationStore, 'load' | 'transcript'>;
  logger: Logger;
}

export function createBotFrameworkChannel(settings: BotFrameworkSettings, deps: BotFrameworkDeps) {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId,
    MicrosoftAppPassword: settings.appPassword,
    MicrosoftAppType: settings.appType ?? 'MultiTenant',
    MicrosoftAppTenantId: settings.tenantId,
    ...(settings.openIdMetadataUrl ? publicCloudWithKeysFrom(settings.openIdMetadataUrl) : {}),
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    deps.logger.error({ err: error }, 'bot framework turn failed');
    throw error;
  };
  const run = createKysyBot(deps);

  return {
    mount(app: Express): void {
      const guard = botFrameworkGuard({ appId: settings.appId, emulator: settings.emulator ?? false }, auth);
      const wellFormed = (req: Request, _res: Response, next: NextFunction) => {
        parseOr400(IncomingActivity, req.body);
        next();
      };
      app.post('/api/messages', jsonBody('256kb'), wellFormed, guard, async (req, res) => {
        await adapter.process(req, res, run);
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
      const shape = { channelId: reference.channelId ?? '', conversationType: reference.conversation?.conversationType };
      await adapter.continueConversationAsync(settings.appId ?? '', reference, async (context) => {
        // sendToConversation posts new messages; context.sendActivity would make each one a reply to the
        // synthetic event botbuilder continues the conversation with.
        const connector = context.turnState.get<ConnectorClient>(adapter.ConnectorClientKey);
        for (const message of messages) {
          await connector.conversations.sendToConversation(reference.conversation!.id, {
            ...toActivity(message, shape),
            from: reference.bot,
            recipient: reference.user,
            conversation: reference.conversation,
            channelId: reference.channelId,
            serviceUrl: reference.serviceUrl,
          });
        }
      });
    },
  };
}

export type BotFrameworkChannel = ReturnType<typeof createBotFrameworkChannel>;

import { type NextFunction, type Request, type Response, Router } from 'express';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { AuthenticationConstants } from 'botframework-connector';
import type { StoredMessage } from '../../bot/ports/store.js';
import { parseOr400 } from '../http/errors.js';
import { IncomingActivity, toActivity } from './activities.js';
import { botFrameworkGuard } from './guard.js';
import type { BotFrameworkDeps, BotFrameworkSettings } from './index.js';
import { createKysyBot } from './kysy-bot.js';

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

/** botbuilder's side of the channel, loaded on first use (index.ts): the route's checks and turn, and sending to a stored reference. */
export function createCloudChannel(settings: BotFrameworkSettings, deps: BotFrameworkDeps) {
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

  const guard = botFrameworkGuard({ appId: settings.appId, emulator: settings.emulator ?? false }, auth);
  const wellFormed = (req: Request, _res: Response, next: NextFunction) => {
    parseOr400(IncomingActivity, req.body);
    next();
  };
  const router = Router();
  router.post('/api/messages', wellFormed, guard, async (req, res) => {
    await adapter.process(req, res, run);
  });

  return {
    router,

    /** Posts `messages` to the conversation `reference` points at, as new messages. */
    async send(reference: Partial<ConversationReference>, messages: StoredMessage[]): Promise<void> {
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

export type CloudChannel = ReturnType<typeof createCloudChannel>;

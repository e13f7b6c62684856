import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { AuthenticationConstants } from 'botframework-connector';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { HttpError, parseOr400, sendError } from '../http/errors.js';
import { IncomingActivity, toActivity } from './activities.js';
import { createKysyBot, type KysyBotDeps } from './kysy-bot.js';

export interface BotFrameworkSettings {
  appId?: string;
  appPassword?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
  /** Where the channel's signing keys are published; Azure's own unless a sovereign cloud or a test says otherwise. */
  openIdMetadataUrl?: string;
}

export function isLoopback(address: string | undefined): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address ?? '');
}

/** Without an app id nothing is authenticated, so only a local emulator may talk to the bot. */
export function loopbackOnly(req: Request, res: Response, next: NextFunction): void {
  if (isLoopback(req.socket.remoteAddress)) return next();
  sendError(res, new HttpError('unauthorized', 'Bot Framework authentication is not configured; only local requests are accepted.'));
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
  store: KysyBotDeps['store'] & Pick<ConversationStore, 'load' | 'transcript'>;
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

  /**
   * botbuilder answers 500 when a token's signature is bad (only its own errors become 401), so the
   * token is checked here first and any failure is the caller's: 401, nothing processed.
   */
  async function validToken(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      await auth.authenticateRequest(req.body, req.headers.authorization ?? '');
    } catch {
      sendError(res, new HttpError('unauthorized', 'The Bot Framework token is missing or not valid.'));
      return;
    }
    next();
  }

  return {
    mount(app: Express): void {
      const guard = settings.appId ? validToken : loopbackOnly;
      const wellFormed = (req: Request, _res: Response, next: NextFunction) => {
        parseOr400(IncomingActivity, req.body);
        next();
      };
      app.post('/api/messages', express.json({ limit: '256kb' }), wellFormed, guard, async (req, res) => {
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

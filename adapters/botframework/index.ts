import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { ConversationRecord } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { errorBody } from '../http/errors.js';
import { toActivity } from './activities.js';
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
  res.status(401).json(errorBody('unauthorized', 'Bot Framework authentication is not configured; only local requests are accepted.'));
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

export function createBotFrameworkChannel(settings: BotFrameworkSettings, deps: KysyBotDeps & { logger: Logger }) {
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
      res.status(401).json(errorBody('unauthorized', 'The Bot Framework token is missing or not valid.'));
      return;
    }
    next();
  }

  return {
    mount(app: Express): void {
      const guard = settings.appId ? validToken : loopbackOnly;
      app.post('/api/messages', express.json({ limit: '256kb' }), guard, async (req, res) => {
        await adapter.process(req, res, run);
      });
    },

    /** Sends a message into the visitor's own channel later (a rep replying from Slack). */
    async sendProactive(conversation: ConversationRecord, text: string): Promise<boolean> {
      const reference = conversation.context.channelReference as Partial<ConversationReference> | undefined;
      if (conversation.channel !== 'botframework' || !reference) return false;
      await adapter.continueConversationAsync(settings.appId ?? '', reference, async (context) => {
        await context.sendActivity(toActivity({ id: '', conversationId: conversation.id, role: 'rep', text, createdAt: '' }, { channelId: reference.channelId ?? '' }));
      });
      return true;
    },
  };
}

export type BotFrameworkChannel = ReturnType<typeof createBotFrameworkChannel>;

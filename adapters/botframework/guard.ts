import type { IncomingHttpHeaders } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { AuthenticationConstants, type BotFrameworkAuthentication } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { HttpError } from '../http/errors.js';

export function isLoopback(address: string | undefined): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address ?? '');
}

/** A service URL on this machine: only the local Bot Framework Emulator listens there. */
export function isLoopbackUrl(serviceUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serviceUrl).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || isLoopback(host.replace(/^\[|\]$/g, ''));
}

/** A proxy in front says the request came from elsewhere, whatever the socket shows. */
export function forwarded(headers: IncomingHttpHeaders): boolean {
  return Object.keys(headers).some((name) => name === 'forwarded' || name === 'x-real-ip' || name.startsWith('x-forwarded-'));
}

/** Straight from this machine, not relayed by a reverse proxy on it. */
export function fromThisMachine(req: Request): boolean {
  return isLoopback(req.socket.remoteAddress) && !forwarded(req.headers);
}

export interface GuardSettings {
  /** With an app id every activity's token is validated; without one only the emulator may talk. */
  appId?: string;
  /** BOTFRAMEWORK_EMULATOR: the local emulator may post from this machine and be answered on a loopback URL. */
  emulator: boolean;
}

type Refusal = string;

/**
 * Who may post activities, and where the replies may go (botbuilder replies to the activity's
 * serviceUrl, so an unchecked one makes the server call any address it is given):
 * - with an app id: a valid token, and a serviceUrl the token vouches for (its `serviceurl` claim); a
 *   loopback serviceUrl only in emulator mode, from this machine;
 * - without one: nothing, unless emulator mode is on; then only requests from this machine, not
 *   relayed by a proxy, answered on a loopback serviceUrl.
 */
export function botFrameworkGuard(settings: GuardSettings, auth: BotFrameworkAuthentication): RequestHandler {
  const emulatorMayPost = (req: Request, serviceUrl: string) => settings.emulator && fromThisMachine(req) && isLoopbackUrl(serviceUrl);

  async function refusal(req: Request): Promise<Refusal | null> {
    const activity = req.body as Activity;
    if (!settings.appId) {
      if (!settings.emulator) return 'Bot Framework is not configured: set MICROSOFT_APP_ID (or BOTFRAMEWORK_EMULATOR=on for the local emulator).';
      return emulatorMayPost(req, activity.serviceUrl) ? null : 'Without MICROSOFT_APP_ID only the local emulator may post, from this machine, with a loopback serviceUrl.';
    }
    let vouched: string | null;
    try {
      // botbuilder answers 500 when a token's signature is bad (only its own errors become 401): checked here first.
      const result = await auth.authenticateRequest(activity, req.headers.authorization ?? '');
      vouched = result.claimsIdentity.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
    } catch {
      return 'The Bot Framework token is missing or not valid.';
    }
    if (isLoopbackUrl(activity.serviceUrl)) return emulatorMayPost(req, activity.serviceUrl) ? null : 'A loopback serviceUrl is accepted only from the local emulator.';
    return vouched === activity.serviceUrl ? null : 'The token does not vouch for this serviceUrl.';
  }

  return async (req, _res, next) => {
    const refused = await refusal(req);
    next(refused ? new HttpError('unauthorized', refused) : undefined);
  };
}

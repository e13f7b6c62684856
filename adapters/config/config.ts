import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An origin like https://www.example.com: scheme, host and optional port, nothing else. */
function toOrigin(value: string, ctx: z.RefinementCtx): string {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== 'null') return url.origin;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `"${value}" is not an origin like https://www.example.com` });
  return z.NEVER;
}

const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'], { message: 'must be on or off' })
  .transform((v) => v === 'on' || v === 'true' || v === '1');

/**
 * Every environment variable the server reads, in one place. Channel and model engineers add their
 * variables here; nothing else in the code base reads process.env.
 */
export const ConfigSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a port number' }).int('must be a whole number').min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  LEAD_DEFINITION: z.string().min(1).default('lead-definition.example.yaml'),
  WIDGET_ORIGINS: z
    .string()
    .default('')
    .transform((list, ctx) =>
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => toOrigin(s, ctx)),
    ),
  PUBLIC_URL: z.url({ message: 'must be a URL like https://bot.example.com' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  WORKERS: onOff.default(true),
  /** Requests per minute per client IP on the public API. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).default(300),
  /** Bot Framework (Teams and Azure Bot Service channels); without an app id only loopback may post activities. */
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).default('MultiTenant'),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  /** Where the channel's token-signing keys are published (sovereign clouds); Azure's public cloud by default. */
  BOTFRAMEWORK_OPENID_METADATA_URL: z.url({ message: 'must be a URL' }).optional(),
  /** Express "trust proxy": set it when the server runs behind a load balancer (hop count or subnet list). */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): boolean | number | string => {
      if (v === undefined || v === '' || v === 'false') return false;
      if (v === 'true') return true;
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
});

export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Reads the configuration from an environment; each error names the variable. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  // An empty variable means "not set", as in most shells' `FOO= npm start`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`),
  };
}

/** The URL the server is reached at, for CORS and the embed snippet. */
export function publicUrl(config: Config, boundPort: number): string {
  if (config.PUBLIC_URL) return new URL(config.PUBLIC_URL).origin;
  return `http://localhost:${boundPort}`;
}

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
  /**
   * Days a conversation of a visitor who never consented is kept after its last activity; 0 keeps it
   * for ever. Twelve months by default: the period marketing and sales usually agree on in writing.
   */
  RETENTION_DAYS: z.coerce.number({ message: 'must be a number of days' }).int('must be a whole number of days').min(0, 'must be 0 (off) or more').max(36_500).default(365),
  /**
   * Worker threads that read typed messages before their turn, so the thread serving HTTP and turns
   * is free meanwhile; 0 reads them on that thread.
   */
  UNDERSTANDING_THREADS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0).max(16).default(1),
  /** Requests per minute per client IP on the public API. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).default(300),
  /** Bot Framework (Teams and Azure Bot Service channels); without an app id nothing may post activities but the emulator. */
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' }).default('MultiTenant'),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  /** Where the channel's token-signing keys are published (sovereign clouds); Azure's public cloud by default. */
  BOTFRAMEWORK_OPENID_METADATA_URL: z.url({ message: 'must be a URL' }).optional(),
  /** The local Bot Framework Emulator: requests from this machine (no proxy headers), answered on loopback only. */
  BOTFRAMEWORK_EMULATOR: onOff.default(false),
  /** Language model (off without a key): any OpenAI-compatible server (Azure OpenAI, Ollama, vLLM) via OPENAI_BASE_URL. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_BASE_URL: z.url({ message: 'must be a URL like http://localhost:11434/v1' }).optional(),
  /** The whole budget of one model call, retries included; past it the turn goes on without the model. */
  LLM_TIMEOUT_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(100).max(30_000).default(4000),
  /** `function_calling` for servers without `response_format: json_schema`. */
  LLM_STRUCTURED_OUTPUT: z.enum(['json_schema', 'function_calling'], { message: 'must be json_schema or function_calling' }).default('json_schema'),
  /** Let the model reword the next question in the visitor's words (same call). */
  LLM_WORDING: onOff.default(false),
  /** Slack (off without both): handoff cards, rep actions, SLA reminders and live replies. */
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, 'must be the app\'s signing secret').optional(),
  /** Slack's Web API base URL: a proxy in some companies, a local fake in tests. */
  SLACK_API_URL: z
    .url({ message: 'must be a URL like https://slack.com/api/' })
    .default('https://slack.com/api/')
    .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  /** Signed outbound webhooks (off without both): lead events POSTed to this URL, signed with the secret. */
  WEBHOOK_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL like https://crm.example.com/kysy' }).optional(),
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** HubSpot sync (off without it): a private app's access token (README "HubSpot"). */
  HUBSPOT_ACCESS_TOKEN: z.string().min(20, "must be the private app's access token (pat-…)").optional(),
  /** HubSpot's API base URL: a local fake in tests. */
  HUBSPOT_API_URL: z.url({ message: 'must be a URL like https://api.hubapi.com' }).default('https://api.hubapi.com'),
  /**
   * Prometheus metrics: GET /metrics on the public port answers only `Authorization: Bearer
   * <METRICS_TOKEN>`; without a token it is not served there. METRICS_PORT serves /metrics without a
   * token on a listener of its own, bound to METRICS_HOST (this machine only by default).
   */
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  METRICS_PORT: z.coerce.number({ message: 'must be a port number' }).int('must be a whole number').min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Express "trust proxy": set it when the server runs behind a load balancer (hop count or subnet list). */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): boolean | number | string => {
      if (v === undefined || v === '' || v === 'false') return false;
      if (v === 'true') return true;
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
}).superRefine((config, ctx) => {
  // One without the other is a half-configured Slack app: say which is missing rather than run without it.
  if (Boolean(config.SLACK_BOT_TOKEN) !== Boolean(config.SLACK_SIGNING_SECRET)) {
    const missing = config.SLACK_BOT_TOKEN ? 'SLACK_SIGNING_SECRET' : 'SLACK_BOT_TOKEN';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'is required when the other Slack variable is set' });
  }
  if (Boolean(config.WEBHOOK_URL) !== Boolean(config.WEBHOOK_SECRET)) {
    const missing = config.WEBHOOK_URL ? 'WEBHOOK_SECRET' : 'WEBHOOK_URL';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'is required when the other webhook variable is set' });
  }
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

import { join } from 'node:path';
import type { Clock } from '../../bot/ports/runtime.js';
import type { LeadEventStore } from '../../bot/ports/lead-events.js';
import type { LeadStore } from '../../bot/ports/leads.js';
import type { PeopleStore } from '../../bot/ports/people.js';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { DefinitionStore } from '../../bot/ports/definitions.js';
import type { OutboxStore } from '../../bot/ports/outbox.js';
import type { RepMessageStore } from '../../bot/ports/rep-messages.js';
import type { RetentionStore } from '../../bot/ports/retention.js';
import type { CompanyStore } from '../companies/company-store.js';
import type { HubSpotRecordStore } from '../crm/hubspot/record-store.js';
import type { CardStore } from '../slack/card-store.js';
import { adminReads } from './admin-reads.js';
import { type AdminUserStore, adminUserStore } from './admin-users.js';
import { conversationLifecycle } from './conversations.js';
import { type DraftStore, draftStore } from './definition-drafts.js';
import { definitionStore } from './definitions.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { type FunnelStore, funnelStore } from './funnel.js';
import { type OutcomeStore, outcomeStore } from './outcomes.js';
import { companyStore } from './companies.js';
import { hubspotRecordStore } from './hubspot-records.js';
import { checkSinks, leadEventStore } from './lead-events.js';
import { type LeadInboxStore, leadInboxStore } from './lead-inbox.js';
import { leadStore } from './leads.js';
import { isMigrated, type Migration, migrate, readMigrations } from './migrate.js';
import { outboxBacklog, outboxStore } from './outbox.js';
import { openPglite } from './pglite-driver.js';
import { repMessageStore } from './rep-messages.js';
import { peopleStore } from './people.js';
import { retentionStore } from './retention.js';
import { type ReviewStore, reviewStore } from './review-queue.js';
import { slackCardStore } from './slack-cards.js';
import { recordTypes } from './record-array.js';
import { turnCache } from './turn-cache.js';
import { TURN_TYPES } from './turn-write.js';
import { turnRunner } from './turns.js';
import { type VariantStatsStore, variantStatsStore } from './variant-stats.js';

export { MigrationError } from './migrate.js';
export type { SqlDriver } from './driver.js';

/** The admin's parts (users, drafts, inbox, A/B statistics) serve only the admin adapter. */
export interface AdminStores extends AdminUserStore, DraftStore, LeadInboxStore, VariantStatsStore, ReviewStore, FunnelStore, OutcomeStore, Pick<HubSpotRecordStore, 'hubspotStatus'>, CompanyStore {}

/** Every storage port over one database, plus its health and shutdown. */
export interface Store
  extends ConversationStore,
    OutboxStore,
    DefinitionStore,
    LeadStore,
    RepMessageStore,
    LeadEventStore,
    RetentionStore,
    PeopleStore,
    AdminStores,
    CardStore,
    HubSpotRecordStore,
    CompanyStore {
  readonly kind: SqlDriver['kind'];
  /** Plain queries on the same database, for adapters with their own tables (the knowledge index). */
  readonly sql: SqlExecutor;
  /** Postgres NOTIFY / LISTEN: how instances tell each other (e.g. a rep's message for an open widget). */
  notify(channel: string, payload: string): Promise<void>;
  listen: SqlDriver['listen'];
  /** Pool use (PostgreSQL) and the oldest undelivered outbox row per kind, for the metrics. */
  pool: SqlDriver['pool'];
  outboxBacklog(): Promise<Array<{ kind: string; oldest: string }>>;
  /** The database answers and every migration is applied (for /readyz); never throws. */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Timestamps of what the store writes itself (messages, conversations); the system clock by default. */
  clock?: Clock;
  /** How long a claimed outbox item stays invisible to other workers. */
  outboxLeaseMs?: number;
  /** The migrations to hold the database to; the files in adapters/store/migrations by default. */
  migrations?: Migration[];
  /**
   * Outbox kinds every lead event is fanned out to, one row each (`webhook`, `hubspot`): the
   * deliveries that are configured. Events are kept whether or not any sink is registered.
   */
  leadEventSinks?: readonly string[];
}

export interface StoreTarget {
  /** PostgreSQL; when absent, PGlite persisted under `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
}

const systemClock: Clock = { now: () => new Date() };

/** Migrates the database behind `driver` and serves the ports from it; the store owns the driver. */
export async function storeOn(driver: SqlDriver, options: StoreOptions = {}): Promise<Store> {
  const clock = options.clock ?? systemClock;
  const migrations = options.migrations ?? (await readMigrations());
  const sinks = checkSinks(options.leadEventSinks ?? []);
  await migrate(driver, migrations);
  // What the last write of each conversation being talked in left: its next turn needs no read (turn-cache.ts).
  const turns = turnCache();
  // A store held to fewer migrations (a test's) may not have them: its first turn reads them then.
  const types = await recordTypes(driver, TURN_TYPES);
  return {
    kind: driver.kind,
    sql: { query: (text, params) => driver.query(text, params), script: (text) => driver.script(text) },
    ...conversationLifecycle(driver, clock, turns, types),
    ...turnRunner(driver, clock, sinks, turns, types),
    ...adminReads(driver),
    ...outboxStore(driver, options.outboxLeaseMs ?? 60_000),
    ...definitionStore(driver, clock),
    ...leadStore(driver, clock, sinks),
    ...slackCardStore(driver, clock),
    ...repMessageStore(driver, clock),
    ...leadEventStore(driver),
    ...hubspotRecordStore(driver),
    ...companyStore(driver),
    ...retentionStore(driver),
    ...peopleStore(driver, clock),
    async notify(channel, payload) {
      await driver.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    listen: (channel, onPayload) => driver.listen(channel, onPayload),
    pool: () => driver.pool(),
    outboxBacklog: () => outboxBacklog(driver),
    ...adminUserStore(driver),
    ...draftStore(driver),
    ...leadInboxStore(driver),
    ...variantStatsStore(driver),
    ...funnelStore(driver),
    ...outcomeStore(driver),
    ...reviewStore(driver),
    async ready() {
      try {
        return await isMigrated(driver, migrations);
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}

/** Opens PostgreSQL when `databaseUrl` is set, else PGlite in `<dataDir>/pglite` (dataDir defaults to ./data). */
export async function openStore(target: StoreTarget, options: StoreOptions = {}): Promise<Store> {
  // node-postgres loads only for PostgreSQL (~0.1 s of CPU at a start on PGlite otherwise).
  const driver = target.databaseUrl ? (await import('./pg-driver.js')).openPostgres(target.databaseUrl) : await openPglite(join(target.dataDir ?? './data', 'pglite'));
  try {
    return await storeOn(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}

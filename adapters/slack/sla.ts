import { pollingLoop } from '../handoff/loop.js';
import type { Logger } from '../log/logger.js';
import { type CardDeps, renderCard } from './cards.js';
import { visitorText } from './mrkdwn.js';
import type { SlackApi } from './slack-api.js';

/**
 * Nobody accepted the lead: after the definition's `sla.acceptMinutes` a reminder goes into the
 * card's thread, after twice that the lead is escalated to `sla.escalationChannel` (or, without one,
 * broadcast from the thread to the card's channel). Driven by the injected clock.
 */

export interface SlaDeps extends CardDeps {
  api: SlackApi;
  logger: Logger;
  intervalMs?: number;
}

/** A claimed reminder that fails comes back after this long. */
const LEASE_MS = 60_000;

export function createSlaWorker(deps: SlaDeps) {
  const { store, api, clock, logger } = deps;

  async function remind(conversationId: string): Promise<'reminded' | 'escalated'> {
    const { definition, record, title } = await renderCard(deps, conversationId);
    if (!record?.card) throw new Error('the lead has no card to remind about');
    const sla = definition.sla.acceptMinutes;
    const who = record.assignee ? `<@${record.assignee}>` : 'Team';
    const waited = Math.round((clock.now().getTime() - new Date(record.handedOffAt ?? clock.now()).getTime()) / 60_000);
    const link = `<${deps.adminUrl(conversationId)}|transcript>`;
    const name = visitorText(title, 150);
    const now = clock.now();

    if (record.remindersSent === 0) {
      await api.reply(record.card, `:alarm_clock: ${who}, ${name} has waited ${waited} min (SLA ${sla} min). Please *Accept* it or pass it on with *Reassign*.`);
      const escalateAt = new Date(new Date(record.handedOffAt ?? now).getTime() + 2 * sla * 60_000);
      await store.reminded(conversationId, { type: 'reminded', by: null, at: now.toISOString(), detail: { waited } }, escalateAt);
    } else {
      const text = `:rotating_light: Unaccepted lead: ${name} has waited ${waited} min, twice the ${sla} min SLA. Held by ${who}; ${link}.`;
      if (definition.sla.escalationChannel) {
        await api.post(definition.sla.escalationChannel, text);
        await api.reply(record.card, `:rotating_light: Escalated to <#${definition.sla.escalationChannel}>.`);
      } else {
        await api.reply(record.card, text, undefined, true);
      }
      await store.reminded(conversationId, { type: 'escalated', by: null, at: now.toISOString(), detail: { waited } }, null);
    }
    const redrawn = await renderCard(deps, conversationId);
    await api.updateCard(record.card, redrawn.card);
    return record.remindersSent === 0 ? 'reminded' : 'escalated';
  }

  async function tick(): Promise<{ reminded: number; escalated: number; failed: number }> {
    const now = clock.now();
    const due = await store.claimReminders(now, 20, new Date(now.getTime() + LEASE_MS));
    const counts = { reminded: 0, escalated: 0, failed: 0 };
    for (const lead of due) {
      try {
        counts[await remind(lead.conversationId)] += 1;
      } catch (error) {
        counts.failed += 1;
        logger.warn({ conversationId: lead.conversationId, err: error }, 'sla reminder failed; retried after the lease');
      }
    }
    return counts;
  }

  return { tick, ...pollingLoop(tick, { intervalMs: deps.intervalMs ?? 15_000, logger, name: 'sla reminders' }) };
}

import type { LeadState } from '../../bot/lead/lifecycle.js';
import { dueStep } from '../../bot/lead/sla.js';
import type { LeadStore } from '../../bot/ports/leads.js';
import type { LeadLife } from '../../bot/service/lead-life.js';
import { pollingLoop } from '../handoff/loop.js';
import type { Logger } from '../log/logger.js';
import { type CardDeps, renderCard } from './cards.js';
import { visitorText } from './mrkdwn.js';
import type { SlackApi } from './slack-api.js';

/**
 * Nobody accepted the lead: the lifecycle's SLA policy says when (bot/lead/sla.ts) — a reminder in
 * the card's thread after the definition's `sla.acceptMinutes`, an escalation to
 * `sla.escalationChannel` (or, without one, broadcast from the thread) after twice that. This says it
 * in Slack and records it as the lead's action. Driven by the injected clock.
 */

export interface SlaDeps extends CardDeps {
  api: SlackApi;
  logger: Logger;
  leads: Pick<LeadStore, 'claimReminders'>;
  life: Pick<LeadLife, 'act'>;
  intervalMs?: number;
}

/** A claimed reminder that fails comes back after this long. */
const LEASE_MS = 60_000;

export function createSlaWorker(deps: SlaDeps) {
  const { api, clock, logger, leads, life } = deps;

  async function remind(lead: LeadState): Promise<'reminded' | 'escalated'> {
    const step = dueStep(lead.remindersSent);
    if (!step) throw new Error('the lead has had every reminder');
    const { definition, record, title } = await renderCard(deps, lead.id);
    if (!record?.card) throw new Error('the lead has no card to remind about');
    const sla = definition.sla.acceptMinutes;
    const who = record.assignee ? `<@${record.assignee}>` : 'Team';
    const waited = Math.round((clock.now().getTime() - new Date(record.handedOffAt ?? clock.now()).getTime()) / 60_000);
    const link = `<${deps.adminUrl(lead.id)}|transcript>`;
    const name = visitorText(title, 150);

    if (step === 'reminded') {
      await api.reply(record.card, `:alarm_clock: ${who}, ${name} has waited ${waited} min (SLA ${sla} min). Please *Accept* it or pass it on with *Reassign*.`);
    } else {
      const text = `:rotating_light: Unaccepted lead: ${name} has waited ${waited} min, twice the ${sla} min SLA. Held by ${who}; ${link}.`;
      if (definition.sla.escalationChannel) {
        await api.post(definition.sla.escalationChannel, text);
        await api.reply(record.card, `:rotating_light: Escalated to <#${definition.sla.escalationChannel}>.`);
      } else {
        await api.reply(record.card, text, undefined, true);
      }
    }
    await life.act(lead.id, { type: step });
    const redrawn = await renderCard(deps, lead.id);
    await api.updateCard(record.card, redrawn.card);
    return step;
  }

  async function tick(): Promise<{ reminded: number; escalated: number; failed: number }> {
    const now = clock.now();
    const due = await leads.claimReminders(now, 20, new Date(now.getTime() + LEASE_MS));
    const counts = { reminded: 0, escalated: 0, failed: 0 };
    for (const lead of due) {
      try {
        counts[await remind(lead)] += 1;
      } catch (error) {
        counts.failed += 1;
        logger.warn({ conversationId: lead.id, err: error }, 'sla reminder failed; retried after the lease');
      }
    }
    return counts;
  }

  return { tick, ...pollingLoop(tick, { intervalMs: deps.intervalMs ?? 15_000, logger, name: 'sla reminders' }) };
}

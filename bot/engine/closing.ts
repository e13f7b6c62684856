import type { ScoreResult } from '../../qualification/score/result.js';
import { localized, ownerOf, say, type Draft } from './draft.js';
import { followUpEmailCriterion, nextContactCriterion, nextCriterion } from './next-criterion.js';
import { ask, askConsent } from './question.js';

export function close(draft: Draft): void {
  const { state } = draft;
  state.phase = 'closed';
  state.asking = null;
  state.pending = null;
  draft.events.push({ type: 'conversation_closed', decision: state.decision });
}

export function inHandoffFlow(draft: Draft): boolean {
  return draft.state.phase === 'consent' || draft.state.phase === 'contact';
}

/**
 * Consent, then the contact details sales needs, then one handoff to the owner `route` picks.
 * A handoff the visitor asked for goes out at once and the questions carry on meanwhile.
 */
export function handoff(draft: Draft, result: ScoreResult): void {
  const { state, copy, definition } = draft;
  if (state.consent === null) {
    state.phase = 'consent';
    askConsent(draft);
    return;
  }
  const contact = state.consent === 'granted' ? nextContactCriterion(definition, state) : null;
  if (contact) {
    state.phase = 'contact';
    ask(draft, contact);
    return;
  }
  const owner = ownerOf(draft);
  const reason = result.decision === 'sales_ready' ? 'sales_ready' : 'visitor_asked';
  if (!state.handoffRequested) {
    state.handoffRequested = true;
    draft.events.push({ type: 'handoff_requested', reason, score: result });
  }
  const meeting = owner.meetingLink ? copy.meetingLink(owner.meetingLink) : '';
  const reachable = definition.criteria.some((c) => c.category === 'contact' && state.answers[c.id]);
  if (reachable) say(draft, copy.handoff(owner.name), meeting);
  else say(draft, state.consent === 'denied' ? copy.noContactKept : '', copy.handoffInChat(owner.name), meeting);
  state.phase = 'qualifying';
  state.asking = null;
  const next = result.decision === 'incomplete' ? nextCriterion(definition, state, result) : null;
  if (!next) {
    close(draft);
    return;
  }
  say(draft, copy.meanwhile);
  ask(draft, next);
}

/** Something useful to read, and follow-up email only with permission. */
export function nurture(draft: Draft): void {
  const { state, copy, definition } = draft;
  if (state.phase !== 'follow_up') {
    state.phase = 'follow_up';
    const content = definition.nurtureContent;
    say(draft, copy.nurtureThanks, content ? copy.nurtureContent(localized(draft, content.title), content.url) : '');
  }
  if (state.consent === null) {
    askConsent(draft);
    return;
  }
  const email = followUpEmailCriterion(definition);
  const emailOpen = email && !state.answers[email.id] && !state.skipped.includes(email.id);
  if (state.consent === 'granted' && email && emailOpen) {
    ask(draft, email);
    return;
  }
  const followingUp = state.consent === 'granted' && email && state.answers[email.id];
  say(draft, followingUp ? copy.goodbyeFollowUp : copy.goodbye);
  close(draft);
}

/** A kind goodbye that keeps the reason to itself. */
export function farewell(draft: Draft): void {
  const { copy, definition } = draft;
  say(draft, copy.farewell, definition.company.website ? copy.moreAt(definition.company.website) : '', copy.farewellWish);
  close(draft);
}

export function goodbye(draft: Draft): void {
  say(draft, draft.copy.goodbye);
  close(draft);
}

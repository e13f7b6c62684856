-- The funnel's "time from handoff to the first rep action" (adapters/store/funnel.ts) reads, per
-- handed-off lead, the first accept, reject or reassignment in the audit trail and the first message a
-- rep wrote to the visitor; these keep those few rows apart from the rest.
CREATE INDEX audit_events_rep_actions ON audit_events (conversation_id, at) WHERE type IN ('lead.accepted', 'lead.rejected', 'lead.reassigned');
CREATE INDEX messages_rep ON messages (conversation_id, created_at) WHERE role = 'rep';

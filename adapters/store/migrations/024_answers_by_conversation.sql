-- Every answer a turn records went into two indexes: its conversation's (the primary key) and
-- answers_visitor (visitor_id, criterion, at), read only by a returning visitor's answers when a
-- conversation starts (conversations.ts) and by a person's erasure (people.ts). An answer's visitor is
-- always its conversation's (a turn writes the conversation's, an erasure moves both): both now find
-- the visitor's conversations (conversations_visitor) and their answers by conversation, a handful of
-- index ranges per visitor, and a turn writes one index entry fewer per answer.
DROP INDEX answers_visitor;

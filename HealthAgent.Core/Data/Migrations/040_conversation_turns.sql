-- The conversation: what the user said and what the agent answered, newest first per user. History is bounded by the
-- context builder (it reads only the last turns) and cleared on request (/clear).
CREATE TABLE conversation_turns (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role        text        NOT NULL,
    content     text        NOT NULL,
    brain       text        NULL,
    message_id  text        NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT conversation_turns_role CHECK (role IN ('user', 'assistant')),
    CONSTRAINT conversation_turns_content_length CHECK (char_length(content) BETWEEN 1 AND 20000),
    CONSTRAINT conversation_turns_brain CHECK (brain IS NULL OR brain IN ('llm', 'offline')),
    CONSTRAINT conversation_turns_message_id_length CHECK (message_id IS NULL OR char_length(message_id) BETWEEN 1 AND 100)
);
CREATE INDEX conversation_turns_user_time ON conversation_turns (user_id, created_at DESC);
-- The channel's message id (a Telegram update redelivered after an Api outage carries the same one): each is answered
-- once, and a repeat gets the stored answer instead of logging the meal twice.
CREATE UNIQUE INDEX conversation_turns_user_message ON conversation_turns (user_id, role, message_id) WHERE message_id IS NOT NULL;

-- Guided flows in chat (onboarding, the sleep check-in; docs/telegram.md): where each user is, one flow at a time, so
-- that a restart or another replica continues it.
CREATE TABLE conversation_flows (
    user_id     uuid        PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    flow        text        NOT NULL CHECK (char_length(flow) BETWEEN 1 AND 32),
    step        text        NOT NULL CHECK (char_length(step) BETWEEN 1 AND 32),
    data        jsonb       NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);

-- The sleep check-in's extra answers (all optional).
ALTER TABLE sleep_entries
    ADD COLUMN awakenings         integer NULL CHECK (awakenings BETWEEN 0 AND 20),
    ADD COLUMN caffeine_late      boolean NULL,
    ADD COLUMN screens_before_bed boolean NULL;

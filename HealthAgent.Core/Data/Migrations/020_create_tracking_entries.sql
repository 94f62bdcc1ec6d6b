-- Built-in tracking: one table per kind so each can carry its own CHECK constraints.
-- Every list and trend query is "this user's entries in a UTC range, newest first", hence (user_id, <time> DESC, id DESC),
-- which also serves keyset pagination on (time, id).
CREATE TABLE weight_entries (
    id           uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid         NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    measured_at  timestamptz  NOT NULL,
    weight_kg    numeric(5,2) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT weight_entries_weight_range CHECK (weight_kg BETWEEN 20 AND 400)
);
CREATE INDEX weight_entries_user_time ON weight_entries (user_id, measured_at DESC, id DESC);

-- A night belongs to the local date of waking, so it is listed and averaged by wake_time.
CREATE TABLE sleep_entries (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    bedtime     timestamptz NOT NULL,
    wake_time   timestamptz NOT NULL,
    quality     integer     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sleep_entries_quality_range CHECK (quality BETWEEN 1 AND 10),
    CONSTRAINT sleep_entries_duration_range CHECK (wake_time > bedtime AND wake_time - bedtime < interval '24 hours')
);
CREATE INDEX sleep_entries_user_time ON sleep_entries (user_id, wake_time DESC, id DESC);

CREATE TABLE water_entries (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    drunk_at    timestamptz NOT NULL,
    amount_ml   integer     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT water_entries_amount_range CHECK (amount_ml BETWEEN 1 AND 5000)
);
CREATE INDEX water_entries_user_time ON water_entries (user_id, drunk_at DESC, id DESC);

CREATE TABLE exercise_entries (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    performed_at   timestamptz NOT NULL,
    type           text        NOT NULL,
    minutes        integer     NOT NULL,
    intensity      text        NOT NULL,
    kcal           integer     NOT NULL,
    kcal_estimated boolean     NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT exercise_entries_type_length CHECK (char_length(type) BETWEEN 1 AND 100),
    CONSTRAINT exercise_entries_minutes_range CHECK (minutes BETWEEN 1 AND 600),
    CONSTRAINT exercise_entries_intensity CHECK (intensity IN ('low', 'moderate', 'high')),
    CONSTRAINT exercise_entries_kcal_range CHECK (kcal BETWEEN 0 AND 10000)
);
CREATE INDEX exercise_entries_user_time ON exercise_entries (user_id, performed_at DESC, id DESC);

CREATE TABLE mood_entries (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    felt_at     timestamptz NOT NULL,
    score       integer     NOT NULL,
    note        text        NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mood_entries_score_range CHECK (score BETWEEN 1 AND 10),
    CONSTRAINT mood_entries_note_length CHECK (note IS NULL OR char_length(note) <= 500)
);
CREATE INDEX mood_entries_user_time ON mood_entries (user_id, felt_at DESC, id DESC);

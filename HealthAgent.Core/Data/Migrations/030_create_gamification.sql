-- Gamification: the XP ledger, streak state per activity, and earned achievements.

-- One row per rewarded action. (user_id, source_key) is unique so that replaying an action can never award twice.
CREATE TABLE xp_events (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind         text        NOT NULL,
    source_key   text        NOT NULL,
    xp           integer     NOT NULL,
    occurred_at  timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT xp_events_source_key_length CHECK (char_length(source_key) BETWEEN 1 AND 200),
    CONSTRAINT xp_events_xp_range CHECK (xp BETWEEN 0 AND 1000),
    CONSTRAINT xp_events_user_source_key UNIQUE (user_id, source_key)
);
-- Achievement counts are "how many events of this kind has the user".
CREATE INDEX xp_events_user_kind ON xp_events (user_id, kind);
CREATE INDEX xp_events_user_time ON xp_events (user_id, occurred_at DESC);

-- Dates are the user's local days; freezes_used counts the freezes spent in freeze_month (the 1st of that month).
CREATE TABLE streaks (
    user_id           uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    activity          text        NOT NULL,
    current           integer     NOT NULL,
    best              integer     NOT NULL,
    last_active_date  date        NULL,
    covered_through   date        NULL,
    freeze_month      date        NULL,
    freezes_used      integer     NOT NULL,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (user_id, activity),
    CONSTRAINT streaks_counts CHECK (current >= 0 AND best >= current),
    CONSTRAINT streaks_freezes_range CHECK (freezes_used BETWEEN 0 AND 2)
);

CREATE TABLE user_achievements (
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code         text        NOT NULL,
    earned_at    timestamptz NOT NULL,
    PRIMARY KEY (user_id, code)
);

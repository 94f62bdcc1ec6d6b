-- Reminders: schedules interpreted in users.time_zone (read at fire time), one delivery row per occurrence, per-user settings.

-- A schedule is one of: once (once_date + local_time), daily (local_time, weekdays mask; 0 = every day),
-- weekly (local_time, weekdays mask with at least one day), interval (every interval_hours from window_start to
-- window_end), cron (a five-field expression over local wall-clock time).
-- fired_through: every occurrence at or before it has been handled; next_fire_at: the next one (UTC), null when none is left.
CREATE TABLE reminders (
    id               uuid        PRIMARY KEY,
    user_id          uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    message          text        NOT NULL,
    kind             text        NOT NULL,
    schedule_type    text        NOT NULL,
    local_time       time        NULL,
    once_date        date        NULL,
    weekdays         integer     NOT NULL DEFAULT 0,
    interval_hours   integer     NULL,
    window_start     time        NULL,
    window_end       time        NULL,
    cron             text        NULL,
    end_date         date        NULL,
    active           boolean     NOT NULL DEFAULT true,
    track_completion boolean     NOT NULL DEFAULT true,
    grace_minutes    integer     NOT NULL DEFAULT 120,
    fired_through    timestamptz NOT NULL,
    next_fire_at     timestamptz NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    CONSTRAINT reminders_message_length CHECK (char_length(message) BETWEEN 1 AND 500),
    CONSTRAINT reminders_kind CHECK (kind IN ('medication', 'water', 'meal', 'sleep', 'exercise', 'custom')),
    CONSTRAINT reminders_schedule_type CHECK (schedule_type IN ('once', 'daily', 'weekly', 'interval', 'cron')),
    CONSTRAINT reminders_weekdays_range CHECK (weekdays BETWEEN 0 AND 127),
    CONSTRAINT reminders_interval_range CHECK (interval_hours IS NULL OR interval_hours BETWEEN 1 AND 24),
    CONSTRAINT reminders_grace_range CHECK (grace_minutes BETWEEN 0 AND 1440),
    CONSTRAINT reminders_cron_length CHECK (cron IS NULL OR char_length(cron) <= 100)
);
-- The due query: only active reminders with an occurrence left.
CREATE INDEX reminders_due ON reminders (next_fire_at) WHERE active AND next_fire_at IS NOT NULL;
CREATE INDEX reminders_user ON reminders (user_id, created_at);

-- One row per occurrence. UNIQUE (reminder_id, scheduled_at) is what makes an occurrence impossible to send twice.
-- next_attempt_at doubles as the send lease: a sender pushes it forward while it sends.
CREATE TABLE reminder_deliveries (
    id               uuid        PRIMARY KEY,
    reminder_id      uuid        NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
    user_id          uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    scheduled_at     timestamptz NOT NULL,
    status           text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NULL,
    sent_at          timestamptz NULL,
    message_id       bigint      NULL,
    completed_at     timestamptz NULL,
    skip_reason      text        NULL,
    missed_reported  boolean     NOT NULL DEFAULT false,
    last_error       text        NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT reminder_deliveries_occurrence UNIQUE (reminder_id, scheduled_at),
    CONSTRAINT reminder_deliveries_status CHECK (status IN ('pending', 'sent', 'done', 'skipped', 'snoozed', 'missed', 'failed', 'blocked')),
    CONSTRAINT reminder_deliveries_skip_reason_length CHECK (skip_reason IS NULL OR char_length(skip_reason) <= 200)
);
CREATE INDEX reminder_deliveries_pending ON reminder_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX reminder_deliveries_user_time ON reminder_deliveries (user_id, scheduled_at DESC);
CREATE INDEX reminder_deliveries_reminder_time ON reminder_deliveries (reminder_id, scheduled_at DESC);

-- Per-user Worker state: the opt-in daily summary (a local time; the zone stays in users.time_zone) and the last
-- local day whose streaks were settled, claimed by a conditional update so only one replica settles a day.
CREATE TABLE reminder_settings (
    user_id               uuid        PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    daily_summary_enabled boolean     NOT NULL DEFAULT false,
    daily_summary_time    time        NOT NULL DEFAULT '20:00',
    last_summary_date     date        NULL,
    last_day_closed       date        NULL,
    updated_at            timestamptz NOT NULL
);

-- Moving to another zone moves the reminders: make them due now, so the Worker recomputes the next occurrence in the
-- new zone at fire time (fired_through keeps handled occurrences from repeating).
CREATE FUNCTION reminders_time_zone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reminders SET next_fire_at = fired_through
     WHERE user_id = NEW.id AND active AND next_fire_at IS NOT NULL;
    RETURN NEW;
END $$;
CREATE TRIGGER users_time_zone_moves_reminders AFTER UPDATE OF time_zone ON users
    FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION reminders_time_zone_changed();

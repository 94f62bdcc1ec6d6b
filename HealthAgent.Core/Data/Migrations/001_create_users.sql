-- Users: one row per Telegram account. users.time_zone is the only place a user's time zone is stored.
CREATE TABLE users (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    telegram_id   bigint      NOT NULL,
    display_name  text        NOT NULL,
    time_zone     text        NOT NULL DEFAULT 'UTC',
    language      text        NOT NULL DEFAULT 'en',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_telegram_id_key UNIQUE (telegram_id),
    CONSTRAINT users_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 200),
    CONSTRAINT users_time_zone_length CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    CONSTRAINT users_language_format CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$')
);

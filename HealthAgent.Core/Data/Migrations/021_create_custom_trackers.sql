-- Custom trackers: the user's own definitions (fields as JSONB) and entries holding the values validated against them.
CREATE TABLE custom_trackers (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        text        NOT NULL,
    fields      jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT custom_trackers_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT custom_trackers_fields_array CHECK (jsonb_typeof(fields) = 'array')
);
-- "Name unique per user" ignores case: "Steps" and "steps" are the same tracker to the user.
CREATE UNIQUE INDEX custom_trackers_user_name ON custom_trackers (user_id, lower(name));

CREATE TABLE custom_tracker_entries (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tracker_id   uuid        NOT NULL REFERENCES custom_trackers(id) ON DELETE CASCADE,
    recorded_at  timestamptz NOT NULL,
    "values"     jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT custom_tracker_entries_values_object CHECK (jsonb_typeof("values") = 'object')
);
CREATE INDEX custom_tracker_entries_user_tracker_time ON custom_tracker_entries (user_id, tracker_id, recorded_at DESC, id DESC);
CREATE INDEX custom_tracker_entries_tracker ON custom_tracker_entries (tracker_id);

-- A food photo's proposed items, waiting for the user to confirm, edit or cancel. Nothing reaches the food log until
-- confirmation; unconfirmed proposals expire.
CREATE TABLE photo_proposals (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    items       jsonb       NOT NULL,
    description text        NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    CONSTRAINT photo_proposals_description_length CHECK (char_length(description) <= 2000)
);
CREATE INDEX photo_proposals_user_time ON photo_proposals (user_id, created_at DESC);

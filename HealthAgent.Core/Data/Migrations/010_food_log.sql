-- The food log. An entry's day is always computed from eaten_at in the user's current time zone (users.time_zone),
-- so no local date is stored here. Deleted entries are kept (deleted_at) for audit and excluded from every query.
CREATE TABLE food_entries (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    meal            text        NOT NULL CHECK (meal IN ('breakfast', 'lunch', 'dinner', 'snack')),
    eaten_at        timestamptz NOT NULL,
    note            text        NULL CHECK (char_length(note) <= 1000),
    source_text     text        NULL CHECK (char_length(source_text) <= 2000),
    idempotency_key text        NULL CHECK (char_length(idempotency_key) <= 200),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz NULL
);
CREATE INDEX food_entries_user_eaten_idx ON food_entries (user_id, eaten_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX food_entries_idempotency_idx ON food_entries (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE food_items (
    id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    entry_id    uuid         NOT NULL REFERENCES food_entries(id) ON DELETE CASCADE,
    user_id     uuid         NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    position    integer      NOT NULL CHECK (position >= 0),
    name        text         NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    quantity    numeric(9,2) NOT NULL CHECK (quantity > 0),
    unit        text         NOT NULL CHECK (char_length(unit) BETWEEN 1 AND 30),
    grams       numeric(9,1) NOT NULL CHECK (grams > 0 AND grams <= 5000),
    kcal        numeric(8,1) NOT NULL CHECK (kcal >= 0),
    protein_g   numeric(7,1) NOT NULL CHECK (protein_g >= 0),
    carbs_g     numeric(7,1) NOT NULL CHECK (carbs_g >= 0),
    fat_g       numeric(7,1) NOT NULL CHECK (fat_g >= 0),
    fiber_g     numeric(7,1) NOT NULL DEFAULT 0 CHECK (fiber_g >= 0),
    sugar_g     numeric(7,1) NOT NULL DEFAULT 0 CHECK (sugar_g >= 0),
    sodium_mg   numeric(8,1) NOT NULL DEFAULT 0 CHECK (sodium_mg >= 0),
    source      text         NOT NULL CHECK (source IN ('usda', 'table', 'estimate', 'user')),
    confidence  numeric(3,2) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    fdc_id      integer      NULL,
    CONSTRAINT food_items_entry_position_key UNIQUE (entry_id, position)
);
CREATE INDEX food_items_user_idx ON food_items (user_id);

CREATE TABLE usual_meals (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    meal       text        NULL CHECK (meal IN ('breakfast', 'lunch', 'dinner', 'snack')),
    items      jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT usual_meals_user_name_key UNIQUE (user_id, name)
);

-- Profile facts used for goal suggestions and onboarding; weight is not here: the latest weight entry is the current weight.
ALTER TABLE users
    ADD COLUMN sex              text     NULL CHECK (sex IN ('female', 'male', 'other')),
    ADD COLUMN birth_year       integer  NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    ADD COLUMN height_cm        numeric(5,1) NULL CHECK (height_cm BETWEEN 50 AND 272),
    ADD COLUMN activity_level   text     NOT NULL DEFAULT 'moderate'
        CHECK (activity_level IN ('sedentary', 'light', 'moderate', 'active', 'very_active')),
    ADD COLUMN onboarding_state text     NOT NULL DEFAULT 'new'
        CHECK (onboarding_state IN ('new', 'time_zone_set', 'goals_set', 'completed'));

CREATE TABLE goals (
    user_id          uuid         PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    daily_kcal       integer      NULL CHECK (daily_kcal BETWEEN 800 AND 8000),
    protein_g        integer      NULL CHECK (protein_g BETWEEN 0 AND 600),
    carbs_g          integer      NULL CHECK (carbs_g BETWEEN 0 AND 1500),
    fat_g            integer      NULL CHECK (fat_g BETWEEN 0 AND 600),
    water_ml         integer      NULL CHECK (water_ml BETWEEN 0 AND 10000),
    target_weight_kg numeric(5,1) NULL CHECK (target_weight_kg BETWEEN 20 AND 400),
    updated_at       timestamptz  NOT NULL DEFAULT now()
);

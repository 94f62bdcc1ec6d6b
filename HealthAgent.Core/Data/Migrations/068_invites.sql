-- Invite codes and plans (docs/api.md, "Plans and invites"). access_granted_at is set when a user joins while
-- Invites:Required is off, or when they redeem a code; everyone who exists already has access.
CREATE TABLE invite_codes (
    code        text        PRIMARY KEY CHECK (char_length(code) BETWEEN 4 AND 32),
    plan        text        NOT NULL CHECK (plan IN ('free', 'basic', 'premium')),
    max_uses    integer     NOT NULL CHECK (max_uses BETWEEN 1 AND 10000),
    uses        integer     NOT NULL DEFAULT 0 CHECK (uses BETWEEN 0 AND max_uses),
    expires_at  timestamptz NULL,
    note        text        NULL CHECK (char_length(note) <= 200),
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz NULL
);

CREATE TABLE invite_redemptions (
    code         text        NOT NULL REFERENCES invite_codes(code) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    redeemed_at  timestamptz NOT NULL,
    PRIMARY KEY (code, user_id)
);

ALTER TABLE users ADD COLUMN access_granted_at timestamptz NULL;
UPDATE users SET access_granted_at = created_at;

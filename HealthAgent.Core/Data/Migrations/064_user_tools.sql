-- Users' own tools (docs/tools.md, ADR-019): a formula with named inputs, and the audit of every creation, change,
-- deletion and run. Audit rows keep no foreign key to the tool, so they outlive it; they go with the user.
CREATE TABLE user_tools (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 40),
    description  text        NOT NULL CHECK (char_length(description) BETWEEN 1 AND 300),
    parameters   jsonb       NOT NULL,
    formula      text        NOT NULL CHECK (char_length(formula) BETWEEN 1 AND 500),
    version      text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    disabled_at  timestamptz NULL,
    CONSTRAINT user_tools_user_name UNIQUE (user_id, name)
);

CREATE TABLE tool_audit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tool_id      uuid        NULL,
    action       text        NOT NULL CHECK (action IN ('create', 'update', 'delete', 'run')),
    version      text        NULL,
    input        jsonb       NULL,
    output       double precision NULL,
    error        text        NULL CHECK (char_length(error) <= 300),
    outcome      text        NOT NULL CHECK (outcome IN ('success', 'refused', 'limited')),
    refusal      text        NULL,
    duration_ms  double precision NOT NULL,
    request_id   text        NULL,
    occurred_at  timestamptz NOT NULL
);
-- The hourly limits count a user's recent rows of one action.
CREATE INDEX tool_audit_user_action_time ON tool_audit (user_id, action, occurred_at DESC);

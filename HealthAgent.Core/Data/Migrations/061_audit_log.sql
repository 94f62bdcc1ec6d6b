-- Who did what, when, from where, and how it ended, for security-relevant actions (key creation and revocation,
-- data export, account deletion, everything done with the admin key). No foreign key to users: the record of an
-- account's deletion must outlive the account.
CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    action          text        NOT NULL,
    actor_role      text        NOT NULL,
    actor_user_id   uuid        NULL,
    subject_user_id uuid        NULL,
    target          text        NOT NULL,
    client_ip       text        NULL,
    outcome         text        NOT NULL CHECK (outcome IN ('success', 'failure')),
    status_code     integer     NOT NULL,
    request_id      text        NULL
);

CREATE INDEX audit_log_subject_idx ON audit_log (subject_user_id, occurred_at DESC);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC);

-- Tools drafted in chat wait in tool_drafts for the user's Save or Cancel (docs/tools.md); refused drafts are audited
-- as 'draft'. A tool may need an administrator's approval before it runs (Tools:RequireApproval): approved_at is set at
-- creation when it does not, so every existing tool counts as approved.
CREATE TABLE tool_drafts (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    tool_id     uuid        NULL REFERENCES user_tools(id) ON DELETE CASCADE,
    definition  jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX tool_drafts_user ON tool_drafts (user_id, expires_at);

ALTER TABLE user_tools ADD COLUMN approved_at timestamptz NULL;
UPDATE user_tools SET approved_at = created_at;

ALTER TABLE tool_audit DROP CONSTRAINT tool_audit_action_check;
ALTER TABLE tool_audit ADD CONSTRAINT tool_audit_action_check CHECK (action IN ('draft', 'create', 'update', 'delete', 'run', 'approve'));

-- A key created with another user key remembers its parent: revoking a key revokes every key it created, so a stolen
-- key cannot outlive its own revocation by minting successors. Keys created by the service or admin key have no parent.
ALTER TABLE api_keys ADD COLUMN parent_id uuid NULL REFERENCES api_keys(id) ON DELETE CASCADE;
CREATE INDEX api_keys_parent_id_idx ON api_keys (parent_id) WHERE parent_id IS NOT NULL;

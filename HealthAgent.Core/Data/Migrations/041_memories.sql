-- Long-term memory: facts about the user (preferences, diet, health context) that the agent recalls by relevance.
-- Full-text search (English stemming) finds "vegetarian" from "vegetarians"; trigram similarity finds near-duplicates
-- and misspellings. The search vector is an expression index, not a column, so the row stays what the user said.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE memories (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    category    text        NOT NULL,
    content     text        NOT NULL,
    source      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT memories_category CHECK (category IN ('preference', 'diet', 'health', 'goal', 'routine', 'other')),
    CONSTRAINT memories_content_length CHECK (char_length(content) BETWEEN 1 AND 500),
    CONSTRAINT memories_source CHECK (source IN ('user', 'agent', 'import'))
);
CREATE INDEX memories_user_updated ON memories (user_id, updated_at DESC);
CREATE INDEX memories_search ON memories USING gin (to_tsvector('english', content));
CREATE INDEX memories_trigram ON memories USING gin (content gin_trgm_ops);

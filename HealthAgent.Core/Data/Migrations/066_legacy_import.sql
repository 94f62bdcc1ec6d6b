-- The legacy memory import (docs/memory-import.md, ADR-020): weights read from the old files are marked as such, and
-- each imported file's checksum is kept so that a later run can tell whether the source changed.
ALTER TABLE weight_entries ADD COLUMN source text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'import'));

CREATE TABLE legacy_import_files (
    user_id      uuid        NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    file_name    text        NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
    sha256       text        NOT NULL,
    bytes        bigint      NOT NULL,
    imported_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, file_name)
);

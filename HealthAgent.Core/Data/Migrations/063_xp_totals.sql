-- Running XP totals per user and kind, so that an award or a profile read costs the same for a user with 5,000 events
-- as for a new one (no sum over the ledger, no count per kind). A trigger keeps them in the same transaction as the
-- ledger row: an upsert takes the row lock, so concurrent awards of one user add up correctly.
CREATE TABLE xp_totals (
    user_id  uuid    NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind     text    NOT NULL,
    events   integer NOT NULL,
    xp       bigint  NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT xp_totals_not_negative CHECK (events >= 0 AND xp >= 0)
);

INSERT INTO xp_totals (user_id, kind, events, xp)
SELECT user_id, kind, count(*), sum(xp) FROM xp_events GROUP BY user_id, kind;

CREATE FUNCTION xp_totals_follow_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO xp_totals AS t (user_id, kind, events, xp) VALUES (NEW.user_id, NEW.kind, 1, NEW.xp)
        ON CONFLICT (user_id, kind) DO UPDATE SET events = t.events + 1, xp = t.xp + EXCLUDED.xp;
        RETURN NEW;
    END IF;
    UPDATE xp_totals SET events = events - 1, xp = xp - OLD.xp WHERE user_id = OLD.user_id AND kind = OLD.kind;
    RETURN OLD;
END $$;

CREATE TRIGGER xp_events_totals AFTER INSERT OR DELETE ON xp_events
    FOR EACH ROW EXECUTE FUNCTION xp_totals_follow_ledger();

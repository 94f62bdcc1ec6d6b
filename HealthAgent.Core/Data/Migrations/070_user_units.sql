-- How figures are shown and how a bare number is read: metric (kg, cm) or imperial (lb, ft/in). Stored values stay metric.
ALTER TABLE users ADD COLUMN units text NOT NULL DEFAULT 'metric'
    CONSTRAINT users_units_check CHECK (units IN ('metric', 'imperial'));

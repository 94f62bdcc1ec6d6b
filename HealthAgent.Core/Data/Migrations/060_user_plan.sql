-- A user's plan sets their hourly request quota (RateLimiting:PlanHourlyQuotas); everyone starts on free.
ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free'
    CONSTRAINT users_plan_check CHECK (plan IN ('free', 'basic', 'premium'));

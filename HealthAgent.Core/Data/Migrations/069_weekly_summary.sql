-- The weekly summary (docs/agent.md, "Summaries"): the Monday of the last week summarised for the user, claimed by a
-- conditional update as last_summary_date is for the daily one, so that with several Worker replicas one sends it.
ALTER TABLE reminder_settings ADD COLUMN last_weekly_summary_week date NULL;

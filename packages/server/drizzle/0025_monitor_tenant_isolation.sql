-- Row-level security for the implementatiemonitor and the goal reviews, as for the other organisation-scoped tables (0002).
ALTER TABLE monitor_team_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON monitor_team_members USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
ALTER TABLE monitor_rounds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON monitor_rounds USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
ALTER TABLE monitor_scores ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON monitor_scores USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
ALTER TABLE roadmap_goal_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON roadmap_goal_reviews USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
-- A goal review is history: never edited.
REVOKE UPDATE ON roadmap_goal_reviews FROM derde_bron_app;

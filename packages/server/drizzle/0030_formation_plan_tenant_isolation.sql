-- Row-level security for the formatieplan, as for the other organisation-scoped tables (0002).
ALTER TABLE formation_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON formation_plans USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());

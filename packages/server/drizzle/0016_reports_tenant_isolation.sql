-- Row-level security for reports, as for the other organisation-scoped tables (0002). Network
-- reports (no organisation) are invisible to the tenant role: only the network routes read them.
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON reports USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());

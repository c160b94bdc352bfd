-- Custom SQL migration file, put your code below! --
-- Row-level security for the new measurement tables, as for the others (0002, 0007).
ALTER TABLE response_tallies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON response_tallies USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());
--> statement-breakpoint
ALTER TABLE conversation_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON conversation_notes USING (org_id = current_org_id()) WITH CHECK (org_id = current_org_id());

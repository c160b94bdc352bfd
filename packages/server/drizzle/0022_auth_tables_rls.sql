-- Custom SQL migration file, put your code below! --
-- Row-level security for the tables of accounts, sessions and links (see db/roles.ts and SECURITY.md).
-- Outside a tenant transaction (no app.org_id) the request role does the system's work and sees
-- them; inside one, whatever the role, only the organisation's members and their sessions are
-- visible, and links, codes, counters and mail not at all. Column rights (db/roles.ts) keep
-- password hashes and TOTP secrets from the tenant role altogether.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY members_of_tenant ON users USING (
  current_org_id() IS NULL
  OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.org_id = current_org_id())
);
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY members_of_tenant ON sessions USING (
  current_org_id() IS NULL
  OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = sessions.user_id AND m.org_id = current_org_id())
);
--> statement-breakpoint
ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_only ON password_resets USING (current_org_id() IS NULL);
--> statement-breakpoint
ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_only ON recovery_codes USING (current_org_id() IS NULL);
--> statement-breakpoint
ALTER TABLE auth_throttle ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_only ON auth_throttle USING (current_org_id() IS NULL);
--> statement-breakpoint
ALTER TABLE rate_limit_hits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_only ON rate_limit_hits USING (current_org_id() IS NULL);
--> statement-breakpoint
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_only ON mail_outbox USING (current_org_id() IS NULL);
--> statement-breakpoint
-- One constant sealed with SECRET_KEY: a start with another key (a restore on a new server without
-- the original key) is refused with a clear line instead of failing later (secret-key.ts).
CREATE TABLE secret_key_check (sealed text NOT NULL);
--> statement-breakpoint
ALTER TABLE secret_key_check ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_only ON secret_key_check USING (current_org_id() IS NULL);

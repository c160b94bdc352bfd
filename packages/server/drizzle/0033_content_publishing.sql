CREATE TABLE "framework_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"based_on" integer NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "source" text DEFAULT 'bundled' NOT NULL;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "roadmap_decisions" ADD COLUMN "framework_version" integer;--> statement-breakpoint
ALTER TABLE "roadmap_evidence" ADD COLUMN "framework_version" integer;--> statement-breakpoint
ALTER TABLE "roadmap_goals" ADD COLUMN "framework_version" integer;--> statement-breakpoint
ALTER TABLE "roadmap_item_history" ADD COLUMN "framework_version" integer;--> statement-breakpoint
ALTER TABLE "framework_drafts" ADD CONSTRAINT "framework_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A version the network admin published never changes and is never removed. A bundled version is
-- owned by the code, which may bring it in line with its copy at start (publish-bundled.ts).
CREATE FUNCTION framework_versions_published_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.source = 'published' THEN
    RAISE EXCEPTION 'a published framework version never changes';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.source <> OLD.source OR NEW.version <> OLD.version THEN
    RAISE EXCEPTION 'a framework version keeps its number and source';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER framework_versions_published_never_change BEFORE UPDATE OR DELETE ON framework_versions
  FOR EACH ROW EXECUTE FUNCTION framework_versions_published_never_change();
--> statement-breakpoint
-- Each roadmap record keeps the framework version the organisation followed when it was made.
CREATE FUNCTION roadmap_record_framework_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.framework_version IS NULL THEN
    NEW.framework_version := (SELECT r.framework_version FROM roadmaps r WHERE r.org_id = NEW.org_id);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER roadmap_decisions_framework_version BEFORE INSERT ON roadmap_decisions
  FOR EACH ROW EXECUTE FUNCTION roadmap_record_framework_version();
--> statement-breakpoint
CREATE TRIGGER roadmap_evidence_framework_version BEFORE INSERT ON roadmap_evidence
  FOR EACH ROW EXECUTE FUNCTION roadmap_record_framework_version();
--> statement-breakpoint
CREATE TRIGGER roadmap_goals_framework_version BEFORE INSERT ON roadmap_goals
  FOR EACH ROW EXECUTE FUNCTION roadmap_record_framework_version();
--> statement-breakpoint
CREATE TRIGGER roadmap_item_history_framework_version BEFORE INSERT ON roadmap_item_history
  FOR EACH ROW EXECUTE FUNCTION roadmap_record_framework_version();
--> statement-breakpoint
UPDATE roadmap_decisions t SET framework_version = r.framework_version FROM roadmaps r WHERE r.org_id = t.org_id;
--> statement-breakpoint
UPDATE roadmap_evidence t SET framework_version = r.framework_version FROM roadmaps r WHERE r.org_id = t.org_id;
--> statement-breakpoint
UPDATE roadmap_goals t SET framework_version = r.framework_version FROM roadmaps r WHERE r.org_id = t.org_id;
--> statement-breakpoint
UPDATE roadmap_item_history t SET framework_version = r.framework_version FROM roadmaps r WHERE r.org_id = t.org_id;

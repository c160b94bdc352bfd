ALTER TABLE "registry_people" ADD COLUMN "bcp_tasks" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_people" ADD COLUMN "training_exception" text;--> statement-breakpoint
ALTER TABLE "registry_settings" ADD COLUMN "roles_requiring_training" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- A staff member with experiential knowledge no longer holds the guide's expert roles: each moves to
-- the nearest staff role, so she is never asked to register for a role she held before this rule.
UPDATE "registry_people" SET "roles" = ARRAY(
  SELECT DISTINCT CASE r
    WHEN 'caseConsultation' THEN 'ownExperienceInTeam'
    WHEN 'policyRole' THEN 'ownExperienceInTeam'
    WHEN 'trainer' THEN 'ownExperienceInTraining'
    ELSE 'ownExperienceInSupport'
  END FROM unnest("roles") AS r ORDER BY 1
) WHERE "kind" = 'staff' AND "roles" <> '{}'::text[];

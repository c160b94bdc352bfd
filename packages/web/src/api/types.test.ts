import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../features/audit/api/get-audit-log.ts';
import type { EnabledTwoFactor } from '../features/auth/api/enable-two-factor.ts';
import type { TwoFactorSetup } from '../features/auth/api/start-two-factor-setup.ts';
import type { FrameworkVersion } from '../features/framework/api/get-framework.ts';
import type { UndeliveredMail } from '../features/mail/api/undelivered-mail.ts';
import type { CreatedLink } from '../features/measurement/api/create-link.ts';
import type { Comparison, ComparisonRow } from '../features/measurement/api/get-comparison.ts';
import type { WaveGroup } from '../features/measurement/api/get-groups.ts';
import type { ConversationNote, NotesAnswer } from '../features/measurement/api/get-notes.ts';
import type { OpenAnswers } from '../features/measurement/api/get-open-answers.ts';
import type { Wave } from '../features/measurement/api/get-waves.ts';
import type {
  ComparedMetric,
  Dashboard,
  DashboardSection,
  NetworkComparison,
} from '../features/network/api/types.ts';
import type { OpenInvitation } from '../features/organisations/api/get-invitations.ts';
import type { Member } from '../features/organisations/api/get-members.ts';
import type { Organisation, Team } from '../features/organisations/api/get-organisation.ts';
import type { MemberOrganisation } from '../features/organisations/api/get-organisations.ts';
import type { InvitationSummary } from '../features/organisations/api/lookup-invitation.ts';
import type { Activity } from '../features/registry/api/activities.ts';
import type { Coverage } from '../features/registry/api/get-coverage.ts';
import type { PersonWithSignals } from '../features/registry/api/get-people.ts';
import type { Log, PersonDetail } from '../features/registry/api/get-person.ts';
import type { SignalsList } from '../features/registry/api/get-signals.ts';
import type { ImportReport } from '../features/registry/api/import-people.ts';
import type { RegistrySettings } from '../features/registry/api/settings.ts';
import type { Report } from '../features/reports/api/reports.ts';
import type { FrameworkVersionContent } from '../features/roadmap/api/get-framework-version.ts';
import type { Goal } from '../features/roadmap/api/get-goals.ts';
import type { Decision, Evidence } from '../features/roadmap/api/get-item.ts';
import type { Owner } from '../features/roadmap/api/get-owners.ts';
import type { PolicyTopic } from '../features/roadmap/api/get-policy-topics.ts';
import type { ItemChangeEntry, RoadmapItem } from '../features/roadmap/api/get-roadmap.ts';

/** True only when the type is not `never`: a wrong path, method or status in ApiResponse gives never. */
type Resolved<T> = [T] extends [never] ? false : true;
const resolved = <T>(value: Resolved<T>) => value;

describe('the response types made from the OpenAPI document', () => {
  it('resolve to the server’s answers, none of them to never', () => {
    const all: true[] = [
      resolved<AuditEntry>(true),
      resolved<EnabledTwoFactor>(true),
      resolved<TwoFactorSetup>(true),
      resolved<FrameworkVersion>(true),
      resolved<UndeliveredMail>(true),
      resolved<CreatedLink>(true),
      resolved<ComparisonRow>(true),
      resolved<Comparison>(true),
      resolved<WaveGroup>(true),
      resolved<ConversationNote>(true),
      resolved<NotesAnswer>(true),
      resolved<OpenAnswers>(true),
      resolved<Wave>(true),
      resolved<DashboardSection>(true),
      resolved<Dashboard>(true),
      resolved<ComparedMetric>(true),
      resolved<NetworkComparison>(true),
      resolved<OpenInvitation>(true),
      resolved<Member>(true),
      resolved<Team>(true),
      resolved<Organisation>(true),
      resolved<MemberOrganisation>(true),
      resolved<InvitationSummary>(true),
      resolved<Activity>(true),
      resolved<Coverage>(true),
      resolved<PersonWithSignals>(true),
      resolved<Log>(true),
      resolved<PersonDetail>(true),
      resolved<SignalsList>(true),
      resolved<ImportReport>(true),
      resolved<RegistrySettings>(true),
      resolved<Report>(true),
      resolved<FrameworkVersionContent>(true),
      resolved<Goal>(true),
      resolved<Decision>(true),
      resolved<Evidence>(true),
      resolved<Owner>(true),
      resolved<PolicyTopic>(true),
      resolved<RoadmapItem>(true),
      resolved<ItemChangeEntry>(true),
    ];
    expect(all.every(Boolean)).toBe(true);
  });
});

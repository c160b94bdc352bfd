import { can, type FrameworkContent } from '@derde-bron/domain';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn, useRouteAllows } from '../../../components/require-sign-in.tsx';
import { type Membership, useSession } from '../../../lib/session.ts';
import { frameworkVersionQueryOptions, useFrameworkVersion } from '../api/get-framework-version.ts';
import { type RoadmapOverview, roadmapQueryOptions, useRoadmap } from '../api/get-roadmap.ts';

export type RoadmapView = {
  membership: Membership;
  orgId: string;
  /** org_admin and coordinator change things; everyone else reads. */
  canEdit: boolean;
  roadmap: RoadmapOverview;
  content: FrameworkContent;
};

/**
 * The roadmap and the texts of the framework version it uses, for a page heading that is known
 * before the signed-in check below has finished (the same queries, so nothing is fetched twice).
 */
export function useRoadmapHeadingData() {
  const session = useSession();
  const mayOpen = useRouteAllows();
  const membership = session.data && mayOpen(session.data) ? session.data.membership : null;
  const roadmap = useQuery({ ...roadmapQueryOptions(membership?.orgId ?? ''), enabled: !!membership });
  const content = useQuery({
    ...frameworkVersionQueryOptions(roadmap.data?.frameworkVersion ?? 0),
    enabled: !!roadmap.data,
  });
  return content.data?.content;
}

/** A page on the roadmap's data: its heading, and its content once RoadmapData has loaded. */
export function roadmapPage(titleKey: string, Content: ComponentType<RoadmapView>) {
  return function RoadmapPage() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeading title={t(titleKey)} />
        <RoadmapData>{(view) => <Content {...view} />}</RoadmapData>
      </>
    );
  };
}

/** Shows its content to everyone who may read the roadmap, once the roadmap and its texts are in. */
export function RoadmapData({ children }: { children: (view: RoadmapView) => ReactNode }) {
  return (
    <RequireSignIn>
      {(session) => (session.membership ? <Loaded membership={session.membership}>{children}</Loaded> : null)}
    </RequireSignIn>
  );
}

function Loaded({
  membership,
  children,
}: {
  membership: Membership;
  children: (view: RoadmapView) => ReactNode;
}) {
  const roadmap = useRoadmap(membership.orgId);
  return (
    <QueryState query={roadmap}>
      {(data) => (
        <WithContent version={data.frameworkVersion}>
          {(content) =>
            children({
              membership,
              orgId: membership.orgId,
              canEdit: can(membership.role, 'roadmap.edit'),
              roadmap: data,
              content,
            })
          }
        </WithContent>
      )}
    </QueryState>
  );
}

function WithContent({
  version,
  children,
}: {
  version: number;
  children: (content: FrameworkContent) => ReactNode;
}) {
  const framework = useFrameworkVersion(version);
  return <QueryState query={framework}>{(data) => children(data.content)}</QueryState>;
}

/**
 * Names of members who own or owned something, for the history. Editors may read the member list;
 * everyone sees the names of today's owners on the items.
 */
export function ownerNames(roadmap: RoadmapOverview, owners: Array<{ id: string; name: string }> = []) {
  const names = new Map<string, string>();
  for (const step of roadmap.steps) {
    for (const item of step.items) {
      if (item.ownerMembershipId && item.ownerName) names.set(item.ownerMembershipId, item.ownerName);
    }
  }
  for (const owner of owners) names.set(owner.id, owner.name);
  return (membershipId: string) => names.get(membershipId);
}

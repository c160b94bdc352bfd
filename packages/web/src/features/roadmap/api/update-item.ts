import type { ItemStatus } from '@derde-bron/domain';
import { sendJson } from '../../../lib/api-client.ts';
import { conflictCurrent } from '../../../lib/conflict.ts';
import { orgPath } from '../../../lib/org-path.ts';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation.ts';
import { invalidateRoadmap, type RoadmapItem } from './get-roadmap.ts';

export type ItemDraft = {
  status: ItemStatus;
  ownerMembershipId: string | null;
  dueDate: string | null;
  notes: string;
  notApplicableReason: string | null;
};

/** `version` is the version the draft started from: the server refuses (409) if someone saved since. */
export type UpdateItemInput = { orgId: string; itemKey: string; version: number; change: ItemDraft };

export const updateItem = ({ orgId, itemKey, version, change }: UpdateItemInput) =>
  sendJson<RoadmapItem>('PATCH', orgPath(orgId, 'roadmap', 'items', itemKey), {
    version,
    ...change,
    notApplicableReason: change.status === 'notApplicable' ? change.notApplicableReason : null,
  });

/** The item as it is now, when a save was refused because someone else saved first. */
export const conflictingItem = (error: unknown) => conflictCurrent<RoadmapItem>(error);

/** Saves an item's status, owner, due date and notes. */
export const useUpdateItem = () =>
  useRefreshingMutation(updateItem, (queryClient, { orgId }) => invalidateRoadmap(queryClient, orgId));

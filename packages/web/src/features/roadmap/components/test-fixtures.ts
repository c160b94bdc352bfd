import type { RoadmapItem } from '../api/get-roadmap.ts';

/** A roadmap item as the API gives it: no owner, due date or notes yet, version 1. */
export const roadmapItem = (
  itemKey: string,
  stepKey: RoadmapItem['stepKey'],
  status: RoadmapItem['status'],
): RoadmapItem => ({
  itemKey,
  stepKey,
  status,
  ownerMembershipId: null,
  ownerName: null,
  dueDate: null,
  notes: '',
  notApplicableReason: null,
  version: 1,
  updatedAt: '2026-03-01T10:00:00.000Z',
  retiredAt: null,
});

/**
 * The kennisnetwerk's vocabulary: what members share and for whom an activity format is meant.
 * No zod in this file: the web app imports it.
 */

/** Documents are uploaded files; the others are copied from the organisation's own workspace. */
export const sharedDocumentKinds = ['visionDocument', 'jobDescription', 'jobAddendum'] as const;
export type SharedDocumentKind = (typeof sharedDocumentKinds)[number];
export const sharedItemKinds = [...sharedDocumentKinds, 'policyTopic', 'activityFormat'] as const;
export type SharedItemKind = (typeof sharedItemKinds)[number];
export const isDocumentKind = (kind: string): kind is SharedDocumentKind =>
  (sharedDocumentKinds as readonly string[]).includes(kind);

/** Who an activity format is meant for. */
export const activityAudiences = ['clients', 'children', 'staff', 'management'] as const;
export type ActivityAudience = (typeof activityAudiences)[number];

/** A shared item is visible in the network while `shared`; `withdrawn` hides it at once. */
export const sharedItemStatuses = ['shared', 'withdrawn'] as const;
export type SharedItemStatus = (typeof sharedItemStatuses)[number];

/** The licence line a new item gets unless the organisation writes its own. */
export const defaultLicence = 'CC BY 4.0 (naamsvermelding)';

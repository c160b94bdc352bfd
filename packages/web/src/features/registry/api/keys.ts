/** Query keys of the registry: everything of one organisation's registry under one prefix. */
export const registryKey = (orgId: string) => ['registry', orgId] as const;
export const orgPath = (orgId: string) => `/api/organisations/${encodeURIComponent(orgId)}`;

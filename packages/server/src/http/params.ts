import { z } from 'zod';

/** The path parameter of every organisation-scoped route: `/api/organisations/:orgId/…`. */
export const orgParams = z.object({ orgId: z.uuid() });

import type { SessionState } from '../../../lib/session.ts';

export type Membership = NonNullable<SessionState['membership']>;

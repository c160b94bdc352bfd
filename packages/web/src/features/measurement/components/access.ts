import { can } from '@derde-bron/domain';
import type { SessionState } from '../../../lib/session.ts';

export type Membership = NonNullable<SessionState['membership']>;

/** org_admin and coordinator plan waves, make links and close waves. */
export const mayManage = (session: SessionState) =>
  session.state === 'signedIn' && !!session.membership && can(session.membership.role, 'measurement.manage');

/** Also team managers, who see only their own team's results. */
export const mayReadResults = (session: SessionState) =>
  session.state === 'signedIn' &&
  !!session.membership &&
  (can(session.membership.role, 'measurement.manage') || can(session.membership.role, 'measurement.results'));

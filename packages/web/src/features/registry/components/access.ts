import { can } from '@derde-bron/domain';
import type { SessionState } from '../../../lib/session.ts';

const role = (session: SessionState) => (session.state === 'signedIn' ? session.membership?.role : undefined);

export const mayManageRegistry = (session: SessionState) => {
  const r = role(session);
  return !!r && can(r, 'registry.manage');
};
export const mayOpenPerson = (session: SessionState) => {
  const r = role(session);
  return !!r && can(r, 'registry.person');
};
export const maySeeOverview = (session: SessionState) => {
  const r = role(session);
  return !!r && can(r, 'registry.overview');
};

export { type AuditAction, networkAuditActions, orgAuditActions } from './actions.ts';

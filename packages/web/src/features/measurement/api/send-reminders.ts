import { useMutation } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';
import { orgPath } from '../../../lib/org-path.ts';

export type SendRemindersInput = { orgId: string; waveId: string };

export const sendReminders = ({ orgId, waveId }: SendRemindersInput) =>
  sendJson<{ reminded: true }>('POST', orgPath(orgId, 'waves', waveId, 'invitations', 'reminders'));

/**
 * Asks the server to remind every invitation of the wave not used yet. The server picks them and
 * says only how many: nobody, the coordinator included, sees which addresses get a reminder.
 */
export const useSendReminders = () => useMutation({ mutationFn: sendReminders });

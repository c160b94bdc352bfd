import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField } from '../../../components/form-field.tsx';
import { toFormProblem } from '../../../lib/form-problem.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import type { WaveGroup } from '../api/get-groups.ts';
import { useSendInvitations } from '../api/send-invitations.ts';
import { parseAddresses } from './addresses.ts';
import { GroupForm, useChosenGroup } from './group-form.tsx';

/** Roughly an address: something, an @, a domain with a dot. The server checks it properly. */
const looksLikeAddress = (address: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address);

/**
 * E-mail invitations to one group: each address gets its own link that works once, never more
 * than the group has people. The server keeps the addresses sealed, only to send reminders, and
 * erases them when the wave closes; nobody can see who answered.
 */
export function InvitationForm({
  orgId,
  waveId,
  groups,
}: {
  orgId: string;
  waveId: string;
  groups: WaveGroup[];
}) {
  const { t } = useTranslation();
  const send = useSendInvitations();
  const choice = useChosenGroup(groups);
  const { chosen } = choice;
  const [addresses, setAddresses] = useState('');
  const { feedback, setFeedback, check } = useFormFeedback();
  const fields = {
    groupId: { id: 'invite-group', label: t('measurement.groups.group') },
    emails: { id: 'invite-emails', label: t('measurement.invitations.addresses') },
  };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  const left = chosen ? Math.max(0, chosen.headcount - chosen.invitationsSent) : 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending || !chosen) return;
    const emails = parseAddresses(addresses);
    const wrong = emails.find((address) => !looksLikeAddress(address));
    if (
      !check({
        emails:
          (emails.length === 0 && t('measurement.invitations.addressesMissing')) ||
          (wrong !== undefined && t('measurement.invitations.addressInvalid', { address: wrong })) ||
          (emails.length > left &&
            t('measurement.invitations.tooMany', {
              count: left,
              headcount: chosen.headcount,
              sent: chosen.invitationsSent,
            })),
      })
    )
      return;
    send.mutate(
      { orgId, waveId, groupId: chosen.id, emails },
      {
        onSuccess: ({ queued }) => {
          // The addresses leave the page once they are sent.
          setAddresses('');
          setFeedback({
            kind: 'success',
            text: t('measurement.invitations.done', { count: queued }),
            focus: true,
          });
        },
        onError: (error) => {
          const found = toFormProblem(error, t('common.networkError'));
          // "emails.3" and the like: the list as a whole is the field the reader can fix.
          const emailProblem = Object.entries(found.fields).find(([name]) => name.startsWith('emails'))?.[1];
          setFeedback({
            kind: 'error',
            problem: emailProblem ? { ...found, fields: { ...found.fields, emails: emailProblem } } : found,
          });
        },
      },
    );
  };

  return (
    <GroupForm
      titleId="invite-form-title"
      title={t('measurement.invitations.formTitle')}
      intro={t('measurement.invitations.intro')}
      choice={choice}
      feedback={feedback}
      fields={fields}
      onSubmit={onSubmit}
    >
      <TextAreaField
        id={fields.emails.id}
        name="emails"
        label={fields.emails.label}
        hint={t('measurement.invitations.addressesHint', { count: left })}
        rows={5}
        autoComplete="off"
        value={addresses}
        onChange={(event) => setAddresses(event.target.value)}
        error={problem?.fields.emails}
      />
      <FormActions label={t('measurement.invitations.submit')} pending={send.isPending} />
    </GroupForm>
  );
}

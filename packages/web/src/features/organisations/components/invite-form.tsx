import type { OrgRole } from '@derde-bron/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { EmailField, SelectField } from '../../../components/form-field.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { TeamOptions } from '../../../components/team-options.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { UndeliveredMailNotice } from '../../mail/components/undelivered-mail.tsx';
import { useCreateInvitation } from '../api/create-invitation.ts';
import type { Team } from '../api/get-organisation.ts';
import { RoleExplanation, RoleOptions } from './role-options.tsx';

/** Invites someone by e-mail with a role; a team manager also needs a team. */
export function InviteForm({ orgId, teams }: { orgId: string; teams: Team[] }) {
  const { t } = useTranslation();
  const create = useCreateInvitation();
  const { feedback, setFeedback, problem, fail } = useFormFeedback();
  const fields = {
    email: { id: 'invite-email', label: t('invite.email') },
    role: { id: 'invite-role', label: t('invite.role') },
    teamId: { id: 'invite-team', label: t('invite.team') },
  };
  const { values, setValues, bind } = useFieldValues(fields, { email: '', role: '', teamId: '' }, problem);
  const { email, teamId } = values;
  const role = values.role as OrgRole | '';
  const needsTeam = role === 'team_manager';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const address = email.trim();
    const found = checkFields(
      {
        email: !address && t('form.errors.emailRequired'),
        role: !role && t('form.errors.roleRequired'),
        teamId: needsTeam && !teamId && t('form.errors.teamRequired'),
      },
      t('form.checkFields'),
    );
    if (found || !role) {
      setFeedback(found ? { kind: 'error', problem: found } : null);
      return;
    }
    setFeedback(null);
    create.mutate(
      { orgId, email: address, role, teamId: needsTeam ? teamId : null },
      {
        onSuccess: (invitation) => {
          setValues({ email: '', role: '', teamId: '' });
          setFeedback({
            kind: 'success',
            text: t('invite.sent', { email: invitation.email }),
            focus: true,
          });
        },
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <Section id="invite-title" title={t('invite.title')}>
      <p>{t('invite.intro')}</p>
      <UndeliveredMailNotice />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SectionFeedback feedback={feedback} fields={fields} />
        <EmailField
          {...bind('email')}
          hint={t('invite.emailHint')}
          // Someone else's address: the browser should not offer the user's own.
          autoComplete="off"
        />
        <SelectField {...bind('role')} required>
          <option value="">{t('invite.chooseRole')}</option>
          <RoleOptions />
        </SelectField>
        <RoleExplanation />
        {needsTeam && (
          <SelectField
            {...bind('teamId')}
            hint={teams.length === 0 ? t('invite.noTeams') : t('invite.teamHint')}
            required
          >
            <TeamOptions teams={teams} none={t('organisation.chooseTeam')} />
          </SelectField>
        )}
        <FormActions label={t('invite.submit')} />
      </form>
    </Section>
  );
}

import type { Perspective } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { checkFields, toFormProblem } from '../../../lib/form-problem.ts';
import { useInvitations } from '../api/get-invitations.ts';
import type { Team } from '../api/get-organisation.ts';
import type { Wave } from '../api/get-waves.ts';
import { useSendInvitations } from '../api/send-invitations.ts';
import { perspectiveName } from './words.ts';

type Props = { orgId: string; wave: Wave; teams: Team[] };

/** Addresses as typed or pasted: one per line, or separated by commas, semicolons or spaces; each once. */
export function parseAddresses(text: string): string[] {
  const seen = new Map<string, string>();
  for (const address of text.split(/[\s,;]+/)) {
    if (address && !seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address);
  }
  return [...seen.values()];
}

/**
 * E-mail invitations: each address gets its own link that works once. The server keeps no address,
 * only per group how many invitations were sent and used.
 */
export function InvitationsSection({ orgId, wave, teams }: Props) {
  const { t } = useTranslation();
  const invitations = useInvitations(orgId, wave.id);
  const teamName = (teamId: string | null) =>
    teamId === null
      ? t('measurement.links.noTeam')
      : (teams.find((team) => team.id === teamId)?.name ?? t('measurement.results.unknownTeam'));
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('measurement.invitations.title')}</h2>
      <p>{t('measurement.invitations.intro')}</p>
      <QueryState query={invitations}>
        {(groups) =>
          groups.length === 0 ? (
            <p>{t('measurement.invitations.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <caption>{t('measurement.invitations.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('measurement.links.perspective')}</th>
                    <th scope="col">{t('measurement.links.team')}</th>
                    <th scope="col" className="table__number">
                      {t('measurement.invitations.sent')}
                    </th>
                    <th scope="col" className="table__number">
                      {t('measurement.invitations.used')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((group) => (
                    <tr key={`${group.perspective}-${group.teamId ?? ''}`}>
                      <th scope="row">{perspectiveName(group.perspective, t)}</th>
                      <td>{teamName(group.teamId)}</td>
                      <td className="table__number">{group.sent}</td>
                      <td className="table__number">{group.used}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {wave.status === 'closed' ? (
        <p className="muted">{t('measurement.invitations.closed')}</p>
      ) : (
        <InvitationForm orgId={orgId} wave={wave} teams={teams} />
      )}
    </section>
  );
}

function InvitationForm({ orgId, wave, teams }: Props) {
  const { t } = useTranslation();
  const send = useSendInvitations();
  const [perspective, setPerspective] = useState<Perspective>(wave.perspectives[0] ?? 'staff');
  const [teamId, setTeamId] = useState('');
  const [addresses, setAddresses] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const fields = {
    perspective: { id: 'invite-perspective', label: t('measurement.links.perspective') },
    teamId: { id: 'invite-team', label: t('measurement.links.team') },
    emails: { id: 'invite-emails', label: t('measurement.invitations.addresses') },
  };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    const emails = parseAddresses(addresses);
    const local = checkFields(
      { emails: emails.length === 0 && t('measurement.invitations.addressesMissing') },
      t('form.checkFields'),
    );
    if (local) {
      setFeedback({ kind: 'error', problem: local });
      return;
    }
    setFeedback(null);
    send.mutate(
      { orgId, waveId: wave.id, perspective, teamId: teamId || null, emails },
      {
        onSuccess: ({ sent, failed }) => {
          // The addresses leave the page once they are sent.
          setAddresses('');
          setFeedback({
            kind: 'success',
            text:
              failed > 0
                ? t('measurement.invitations.partly', { sent, failed })
                : t('measurement.invitations.done', { count: sent }),
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
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="invite-form-title">
      <h3 id="invite-form-title">{t('measurement.invitations.formTitle')}</h3>
      <SectionFeedback feedback={feedback} fields={fields} />
      <SelectField
        id={fields.perspective.id}
        name="perspective"
        label={fields.perspective.label}
        value={perspective}
        onChange={(event) => setPerspective(event.target.value as Perspective)}
        error={problem?.fields.perspective}
      >
        {wave.perspectives.map((p) => (
          <option key={p} value={p}>
            {perspectiveName(p, t)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fields.teamId.id}
        name="teamId"
        label={fields.teamId.label}
        value={teamId}
        onChange={(event) => setTeamId(event.target.value)}
        error={problem?.fields.teamId}
      >
        <option value="">{t('measurement.links.noTeam')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={fields.emails.id}
        name="emails"
        label={fields.emails.label}
        hint={t('measurement.invitations.addressesHint')}
        rows={5}
        autoComplete="off"
        value={addresses}
        onChange={(event) => setAddresses(event.target.value)}
        error={problem?.fields.emails}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('measurement.invitations.submit')}
        </button>
        {send.isPending && (
          <span className="status" role="status">
            {t('common.busy')}
          </span>
        )}
      </div>
    </form>
  );
}

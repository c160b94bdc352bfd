import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Section } from '../../../components/section.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback, useProblemOf } from '../../../lib/use-form-mutation.ts';
import { useCreateTeam } from '../api/create-team.ts';
import { useDeleteTeam } from '../api/delete-team.ts';
import type { Team } from '../api/get-organisation.ts';
import { useRenameTeam } from '../api/rename-team.ts';

type Props = { orgId: string; teams: Team[]; canManage: boolean };

/** The organisation's teams; an org_admin or coordinator adds, renames and removes them. */
export function TeamsSection({ orgId, teams, canManage }: Props) {
  const { t } = useTranslation();
  const { feedback, setFeedback } = useFormFeedback();
  return (
    <Section id="teams-title" title={t('teams.title')}>
      <p>{t('teams.intro')}</p>
      <SectionFeedback feedback={feedback} />
      {teams.length === 0 && <p>{t('teams.none')}</p>}
      {teams.length > 0 && !canManage && (
        <ul>
          {teams.map((team) => (
            <li key={team.id}>{team.name}</li>
          ))}
        </ul>
      )}
      {teams.length > 0 && canManage && (
        <DataTable caption={t('teams.caption')} hideCaption columns={[t('teams.name'), t('teams.actions')]}>
          {teams.map((team) => (
            <TeamRow key={`${team.id}:${team.name}`} orgId={orgId} team={team} onFeedback={setFeedback} />
          ))}
        </DataTable>
      )}
      {canManage && <AddTeamForm orgId={orgId} />}
    </Section>
  );
}

function TeamRow({
  orgId,
  team,
  onFeedback,
}: {
  orgId: string;
  team: Team;
  onFeedback: (f: Feedback) => void;
}) {
  const { t } = useTranslation();
  const problemOf = useProblemOf();
  const rename = useRenameTeam();
  const remove = useDeleteTeam();
  const [mode, setMode] = useState<'view' | 'rename'>('view');
  const [nameError, setNameError] = useState<string | undefined>();
  const [backToView, setBackToView] = useState(0);
  const renameInput = useFocusWhen<HTMLInputElement>(mode === 'rename');
  const firstButton = useFocusWhen<HTMLButtonElement>(backToView);
  const fail = (error: Error) => onFeedback({ kind: 'error', problem: problemOf(error) });
  const cancel = () => {
    setMode('view');
    setNameError(undefined);
    setBackToView((count) => count + 1);
  };

  const onRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (rename.isPending) return;
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (!name) {
      const message = t('form.errors.teamNameRequired');
      setNameError(message);
      onFeedback({ kind: 'error', problem: { message: t('form.checkFields'), fields: { name: message } } });
      return;
    }
    if (name === team.name) return cancel();
    // A promise: the row starts afresh (new key) once the teams are fetched again.
    rename.mutateAsync({ orgId, teamId: team.id, name }).then(
      () =>
        onFeedback({
          kind: 'success',
          text: t('teams.renamed', { from: team.name, to: name }),
          focus: true,
        }),
      fail,
    );
  };

  const onDelete = (done: () => void) => {
    if (remove.isPending) return;
    remove.mutateAsync({ orgId, teamId: team.id }).then(
      () => onFeedback({ kind: 'success', text: t('teams.deleted', { name: team.name }), focus: true }),
      (error: Error) => {
        done();
        fail(error);
      },
    );
  };

  return (
    <tr>
      <th scope="row">{team.name}</th>
      <td>
        {mode === 'view' && (
          <div className="button-row">
            <Button ref={firstButton} onClick={() => setMode('rename')}>
              {t('teams.rename')}
              <span className="visually-hidden"> {team.name}</span>
            </Button>
            <ConfirmAction
              label={
                <>
                  {t('teams.delete')}
                  <span className="visually-hidden"> {team.name}</span>
                </>
              }
              question={t('teams.confirmDelete', { name: team.name })}
              yes={t('teams.confirmYes')}
              onConfirm={onDelete}
            />
          </div>
        )}
        {mode === 'rename' && (
          <form className="inline-form" noValidate onSubmit={onRename}>
            <TextField
              id={`team-${team.id}-name`}
              name="name"
              label={t('teams.newName', { name: team.name })}
              defaultValue={team.name}
              autoComplete="off"
              required
              inputRef={renameInput}
              error={nameError}
            />
            <div className="button-row">
              <Button variant="primary" type="submit">
                {t('teams.save')}
              </Button>
              <Button onClick={cancel}>{t('common.cancel')}</Button>
            </div>
          </form>
        )}
      </td>
    </tr>
  );
}

function AddTeamForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const form = useBrowserForm(useCreateTeam(), {
    name: { id: 'new-team-name', label: t('teams.addName') },
  });
  const onSubmit = form.onSubmit(({ name }, element) => {
    if (!form.check({ name: !name && t('form.errors.teamNameRequired') })) return;
    form.submit(
      { orgId, name },
      {
        onSuccess: (team) => {
          element.reset();
          form.succeed(t('teams.added', { name: team.name }), false);
        },
      },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="add-team-title">
      <h3 id="add-team-title">{t('teams.addTitle')}</h3>
      <SectionFeedback feedback={form.feedback} fields={form.fields} />
      <TextField {...form.field('name')} autoComplete="off" required />
      <FormActions label={t('teams.add')} />
    </form>
  );
}

import { normaliseThemes } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { TeamOptions } from '../../../components/team-options.tsx';
import { conflictCurrent, isConflict } from '../../../lib/conflict.ts';
import { checkFields, toFormProblem } from '../../../lib/form-problem.ts';
import { formatDay, today } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type Team, useOrganisation } from '../../organisations/api/get-organisation.ts';
import { useDeleteNote } from '../api/delete-note.ts';
import { type ConversationNote, useNotes } from '../api/get-notes.ts';
import { type NoteFields, useSaveNote } from '../api/save-note.ts';
import { wavesPath } from './words.ts';

/**
 * Notes from team conversations (framework step 1, item 2): the qualitative side of the 0-meting.
 * The coordinator writes down what was heard, with themes; the table shows what keeps coming back.
 */
export function NotesContent({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const notes = useNotes(membership.orgId);
  const organisation = useOrganisation(membership.orgId);
  const [editing, setEditing] = useState<ConversationNote | null>(null);
  return (
    <>
      <p>
        <Link to={wavesPath}>{t('measurement.wave.back')}</Link>
      </p>
      <p className="lead">{t('measurement.notes.intro')}</p>
      <p className="notice">{t('measurement.notes.noNames')}</p>
      <QueryState query={organisation}>
        {(org) => (
          <QueryState query={notes}>
            {(answer) => (
              <>
                <ThemesTable themes={answer.themes} />
                <NotesList
                  orgId={membership.orgId}
                  notes={answer.notes}
                  teams={org.teams}
                  onEdit={setEditing}
                />
                <NoteForm
                  key={editing?.id ?? 'new'}
                  orgId={membership.orgId}
                  teams={org.teams}
                  editing={editing}
                  onDone={() => setEditing(null)}
                />
              </>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}

function ThemesTable({ themes }: { themes: Array<{ theme: string; notes: number }> }) {
  const { t } = useTranslation();
  return (
    <Section id="themes-title" title={t('measurement.notes.themesTitle')}>
      <OrNone items={themes} none={t('measurement.notes.noThemes')}>
        <DataTable
          caption={t('measurement.notes.themesCaption')}
          columns={columnsUnder(t, 'measurement.notes', ['theme', { figure: 'noteCount' }])}
        >
          {themes.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{row.theme}</th>
              <td className="table__number">{row.notes}</td>
            </tr>
          ))}
        </DataTable>
      </OrNone>
    </Section>
  );
}

function NotesList({
  orgId,
  notes,
  teams,
  onEdit,
}: {
  orgId: string;
  notes: ConversationNote[];
  teams: Team[];
  onEdit: (note: ConversationNote) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const remove = useDeleteNote();
  const { feedback, setFeedback } = useFormFeedback();
  const teamName = (teamId: string | null) =>
    teamId === null
      ? t('measurement.notes.wholeOrganisation')
      : (teams.find((team) => team.id === teamId)?.name ?? t('measurement.results.removedTeam'));
  return (
    <Section id="notes-list-title" title={t('measurement.notes.listTitle')}>
      <SectionFeedback feedback={feedback} />
      <OrNone items={notes} none={t('measurement.notes.none')}>
        <ul className="plain-list">
          {notes.map((note) => (
            <li key={note.id}>
              <article className="card" aria-labelledby={`note-${note.id}`}>
                <h3 id={`note-${note.id}`}>
                  {t('measurement.notes.noteHeading', {
                    date: formatDay(note.heldOn, locale),
                    team: teamName(note.teamId),
                  })}
                </h3>
                <p className="pre-line">{note.summary}</p>
                {note.themes.length > 0 && (
                  <p>
                    {t('measurement.notes.themesOf')} {note.themes.join(', ')}
                  </p>
                )}
                <div className="button-row">
                  <Button onClick={() => onEdit(note)}>
                    {t('measurement.notes.edit')}
                    <span className="visually-hidden"> {formatDay(note.heldOn, locale)}</span>
                  </Button>
                  <ConfirmAction
                    label={
                      <>
                        {t('measurement.notes.delete')}
                        <span className="visually-hidden"> {formatDay(note.heldOn, locale)}</span>
                      </>
                    }
                    question={t('measurement.notes.confirmDelete')}
                    yes={t('measurement.notes.delete')}
                    onConfirm={(done) =>
                      remove.mutate(
                        { orgId, noteId: note.id },
                        {
                          onSuccess: () =>
                            setFeedback({
                              kind: 'success',
                              text: t('measurement.notes.deleted'),
                              focus: true,
                            }),
                          onError: (error) => {
                            done();
                            setFeedback({
                              kind: 'error',
                              problem: toFormProblem(error, t('common.networkError')),
                            });
                          },
                        },
                      )
                    }
                  />
                </div>
              </article>
            </li>
          ))}
        </ul>
      </OrNone>
    </Section>
  );
}

const emptyNote = (): NoteFields => ({ heldOn: today(), teamId: null, summary: '', themes: [] });

/** Adds a note, or changes the one being edited; a change on an old version shows what is there now. */
function NoteForm({
  orgId,
  teams,
  editing,
  onDone,
}: {
  orgId: string;
  teams: Team[];
  editing: ConversationNote | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveNote();
  const start = editing ?? emptyNote();
  const [version, setVersion] = useState(editing?.version);
  const { feedback, setFeedback, problem, fail } = useFormFeedback();
  const [current, setCurrent] = useState<ConversationNote | null>(null);
  const formTitle = useFocusWhen<HTMLHeadingElement>(editing);
  const fields = {
    heldOn: { id: 'note-held-on', label: t('measurement.notes.heldOn') },
    teamId: { id: 'note-team', label: t('measurement.groups.team') },
    summary: { id: 'note-summary', label: t('measurement.notes.summary') },
    themes: { id: 'note-themes', label: t('measurement.notes.themes') },
  };
  const { values, set, bind } = useFieldValues(
    fields,
    {
      heldOn: start.heldOn,
      teamId: start.teamId ?? '',
      summary: start.summary,
      themes: start.themes.join(', '),
    },
    problem,
  );
  const { heldOn, teamId, summary, themes } = values;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const local = checkFields(
      {
        heldOn: !heldOn && t('measurement.notes.heldOnMissing'),
        summary: !summary.trim() && t('measurement.notes.summaryMissing'),
      },
      t('form.checkFields'),
    );
    if (local) {
      setFeedback({ kind: 'error', problem: local });
      return;
    }
    const note: NoteFields = {
      heldOn,
      teamId: teamId || null,
      summary,
      themes: normaliseThemes(themes.split(',')),
    };
    save.mutate(
      { orgId, ...(editing ? { noteId: editing.id, version } : {}), note },
      {
        onSuccess: () => {
          setCurrent(null);
          if (!editing) {
            set('summary', '');
            set('themes', '');
          }
          setFeedback({ kind: 'success', text: t('measurement.notes.saved'), focus: true });
          if (editing) onDone();
        },
        onError: (error) => {
          fail(error);
          // Someone saved in between: show their version, and save on top of it only when asked.
          if (isConflict(error)) {
            const theirs = conflictCurrent<ConversationNote>(error);
            setCurrent(theirs);
            if (theirs) setVersion(theirs.version);
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="note-form-title">
      <h2 id="note-form-title" tabIndex={-1} ref={formTitle}>
        {editing ? t('measurement.notes.editTitle') : t('measurement.notes.newTitle')}
      </h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <SectionFeedback feedback={feedback} fields={fields} />
        {current && (
          <div className="notice">
            <p>{t('measurement.notes.theirVersion')}</p>
            <p className="pre-line">{current.summary}</p>
            <p>
              {t('measurement.notes.themesOf')} {current.themes.join(', ')}
            </p>
          </div>
        )}
        <TextField {...bind('heldOn')} type="date" />
        <SelectField {...bind('teamId')}>
          <TeamOptions teams={teams} none={t('measurement.notes.wholeOrganisation')} />
        </SelectField>
        <TextAreaField
          {...bind('summary')}
          hint={t('measurement.notes.summaryHint')}
          rows={6}
          maxLength={5000}
        />
        <TextField {...bind('themes')} hint={t('measurement.notes.themesHint')} />
        <FormActions
          label={current ? t('measurement.notes.saveAnyway') : t('measurement.notes.save')}
          onCancel={editing ? onDone : undefined}
          pending={save.isPending}
        />
      </form>
    </section>
  );
}

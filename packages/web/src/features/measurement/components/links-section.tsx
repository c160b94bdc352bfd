import type { Perspective } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { toFormProblem } from '../../../lib/form-problem.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { type CreatedLink, useCreateLink } from '../api/create-link.ts';
import { useLinks } from '../api/get-links.ts';
import type { Team } from '../api/get-organisation.ts';
import type { Wave } from '../api/get-waves.ts';
import { perspectiveName } from './words.ts';

type Props = { orgId: string; wave: Wave; teams: Team[] };

/**
 * The anonymous links of a wave, one per perspective and team, with participation per link, and
 * the form that makes a new one. A new link is shown once: the server keeps only its hash.
 */
export function LinksSection({ orgId, wave, teams }: Props) {
  const { t } = useTranslation();
  const links = useLinks(orgId, wave.id);
  const teamName = (teamId: string | null) =>
    teamId === null
      ? t('measurement.links.noTeam')
      : (teams.find((team) => team.id === teamId)?.name ?? t('measurement.results.unknownTeam'));
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{t('measurement.links.title')}</h2>
      <p>{t('measurement.links.intro')}</p>
      <QueryState query={links}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('measurement.links.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <caption>{t('measurement.links.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('measurement.links.perspective')}</th>
                    <th scope="col">{t('measurement.links.team')}</th>
                    <th scope="col" className="table__number">
                      {t('measurement.waves.responses')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((link) => (
                    <tr key={link.id}>
                      <th scope="row">{perspectiveName(link.perspective, t)}</th>
                      <td>{teamName(link.teamId)}</td>
                      <td className="table__number">{link.responseCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {wave.status === 'closed' ? (
        <p className="muted">{t('measurement.links.closed')}</p>
      ) : (
        <NewLinkForm orgId={orgId} wave={wave} teams={teams} teamName={teamName} />
      )}
    </section>
  );
}

function NewLinkForm({
  orgId,
  wave,
  teams,
  teamName,
}: Props & { teamName: (teamId: string | null) => string }) {
  const { t } = useTranslation();
  const create = useCreateLink();
  const [perspective, setPerspective] = useState<Perspective>(wave.perspectives[0] ?? 'staff');
  const [teamId, setTeamId] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [created, setCreated] = useState<CreatedLink | null>(null);
  // After "Klaar" the link is gone: focus goes back to the button that makes another.
  const [doneCount, setDoneCount] = useState(0);
  const submitButton = useFocusWhen<HTMLButtonElement>(doneCount);
  const fields = {
    perspective: { id: 'new-link-perspective', label: t('measurement.links.perspective') },
    teamId: { id: 'new-link-team', label: t('measurement.links.team') },
  };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setFeedback(null);
    setCreated(null);
    create.mutate(
      { orgId, waveId: wave.id, perspective, teamId: teamId || null },
      {
        onSuccess: (link) => setCreated(link),
        onError: (error) =>
          setFeedback({ kind: 'error', problem: toFormProblem(error, t('common.networkError')) }),
      },
    );
  };

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="new-link-title">
        <h3 id="new-link-title">{t('measurement.links.formTitle')}</h3>
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
          hint={t('measurement.links.teamHint', { min: wave.thresholds.minCell })}
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
        <div className="form__actions">
          <button type="submit" className="button button--primary" ref={submitButton}>
            {t('measurement.links.submit')}
          </button>
          {create.isPending && (
            <span className="status" role="status">
              {t('common.busy')}
            </span>
          )}
        </div>
      </form>
      {created && (
        <NewLink
          link={created}
          group={perspectiveName(created.perspective, t)}
          team={created.teamId === null ? null : teamName(created.teamId)}
          onDone={() => {
            setCreated(null);
            setDoneCount((count) => count + 1);
          }}
        />
      )}
    </>
  );
}

/** The new link, shown this once, with a copy button and the advice to share it only with that group. */
function NewLink({
  link,
  group,
  team,
  onDone,
}: {
  link: CreatedLink;
  group: string;
  /** The team's name, or null for a link for the whole organisation. */
  team: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const ref = useFocusWhen<HTMLElement>(link);
  const url = `${window.location.origin}${link.path}`;
  const inputId = `new-link-url-${link.id}`;

  const onCopy = () => {
    const select = () => {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    };
    if (!navigator.clipboard) {
      select();
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => {
        select();
        setCopied('failed');
      },
    );
  };

  return (
    <section
      className="new-link alert alert--success"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="new-link-made"
    >
      <h3 id="new-link-made">{t('measurement.links.made')}</h3>
      <TextField
        id={inputId}
        label={
          team === null
            ? t('measurement.links.urlLabelOrganisation', { group })
            : t('measurement.links.urlLabelTeam', { group, team })
        }
        className="input--link"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onCopy}>
          {t('measurement.links.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('measurement.links.done')}
        </button>
      </div>
      <p role="status" className="new-link__status">
        {copied === 'yes' && t('measurement.links.copied')}
        {copied === 'failed' && t('measurement.links.copyFailed')}
      </p>
      <p>
        <strong>{t('measurement.links.onceOnly')}</strong>
      </p>
      <p>
        {team === null
          ? t('measurement.links.shareAdviceOrganisation', { group })
          : t('measurement.links.shareAdviceTeam', { group, team })}
      </p>
    </section>
  );
}

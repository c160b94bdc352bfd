import type { Perspective } from '@derde-bron/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { NumberField, SelectField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { TeamOptions } from '../../../components/team-options.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import type { Team } from '../../organisations/api/get-organisation.ts';
import { useDeclareGroup } from '../api/declare-group.ts';
import type { WaveGroup } from '../api/get-groups.ts';
import type { Wave } from '../api/get-waves.ts';
import { describeGroup } from './words.ts';

/** The most people a group may declare (the server's limit too). */
const maxHeadcount = 10_000;
const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);

/**
 * "Groep toevoegen": a team (or none) in one perspective, with how many people are in it. The
 * number is declared once and never changed: the group's links take at most that many answers, and
 * every respondent sees it, so that a group padded with made-up answers can be noticed.
 */
export function DeclareGroupForm({
  orgId,
  wave,
  teams,
  groups,
}: {
  orgId: string;
  wave: Wave;
  teams: Team[];
  groups: WaveGroup[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const declare = useDeclareGroup();
  const { feedback, setFeedback, problem, fail, check } = useFormFeedback();
  const fields = {
    teamId: { id: 'declare-group-team', label: t('measurement.groups.team') },
    perspective: { id: 'declare-group-perspective', label: t('measurement.groups.perspective') },
    headcount: { id: 'declare-group-headcount', label: t('measurement.groups.headcountQuestion') },
  };
  const { values, set, bind } = useFieldValues(
    fields,
    { teamId: '', perspective: wave.perspectives[0] ?? 'staff', headcount: '' },
    problem,
  );
  const { teamId, headcount } = values;
  const perspective = values.perspective as Perspective;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (declare.isPending) return;
    const count = wholeNumber(headcount);
    const exists = groups.some(
      (group) => (group.teamId ?? '') === teamId && group.perspective === perspective,
    );
    if (
      !check({
        teamId: exists && t('measurement.groups.errors.exists'),
        headcount:
          !(count >= 1 && count <= maxHeadcount) &&
          t('measurement.groups.errors.headcount', {
            max: formatNumber(maxHeadcount, locale),
          }),
      })
    )
      return;
    declare.mutate(
      { orgId, waveId: wave.id, perspective, teamId: teamId || null, headcount: count },
      {
        onSuccess: (group) => {
          set('headcount', '');
          setFeedback({
            kind: 'success',
            text: t('measurement.groups.declared', {
              group: describeGroup(group, t),
              count: group.headcount,
            }),
            focus: true,
          });
        },
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="declare-group-title">
      <h3 id="declare-group-title">{t('measurement.groups.declareTitle')}</h3>
      <p>{t('measurement.groups.declareIntro', { min: wave.thresholds.minCell })}</p>
      <SectionFeedback feedback={feedback} fields={fields} />
      <SelectField {...bind('teamId')}>
        <TeamOptions teams={teams} none={t('measurement.groups.noTeam')} />
      </SelectField>
      <SelectField {...bind('perspective')}>
        <Options values={wave.perspectives} label={(p) => t(`measurement.perspectives.${p}`)} />
      </SelectField>
      <NumberField
        {...bind('headcount')}
        type="number"
        min={1}
        max={maxHeadcount}
        hint={t('measurement.groups.headcountHint')}
      />
      <FormActions label={t('measurement.groups.declareSubmit')} pending={declare.isPending} />
    </form>
  );
}

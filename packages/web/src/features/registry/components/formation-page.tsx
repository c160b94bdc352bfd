import {
  aim2030,
  fundingSources,
  registryLevelKeys,
  registryPhaseKeys,
  registryRoleKeys,
} from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { NumberField, SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay, formatEuros, formatFte, parseDecimal } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import {
  type FormationPlan,
  type FormationView,
  useFormation,
  useSaveFormationPlan,
} from '../api/formation.ts';
import { RegistryNav } from './register-page.tsx';
import { useTerms } from './words.ts';

/** The formatieplan: targets and budget set against the registry, and the gap to the 2030 aim. */
export function Formation({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const formation = useFormation(orgId);
  return (
    <>
      <p className="lead">{t('registry.formation.intro')}</p>
      <RegistryNav />
      <QueryState query={formation}>
        {(data) => (
          <>
            <Aim aim={data.formation.aim} />
            <Targets formation={data.formation} />
            <Budget budget={data.formation.budget} />
            <PlanForm orgId={orgId} plan={data.plan} />
          </>
        )}
      </QueryState>
    </>
  );
}

function Aim({ aim }: { aim: FormationView['formation']['aim'] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const terms = useTerms();
  return (
    <Section id="formation-aim-title" title={t('registry.formation.aimTitle')}>
      <blockquote>
        <p>{t('registry.formation.aimQuote', { quote: localized(aim2030) })}</p>
      </blockquote>
      <div className={aim.met ? 'alert alert--success' : 'notice'}>
        {aim.met ? (
          <p>{t('registry.formation.aimMet')}</p>
        ) : (
          <>
            <p>{t('registry.formation.aimGaps', { count: aim.gaps.length })}</p>
            <OrNone items={aim.gapsWithoutTarget} none={t('registry.formation.aimAllTargeted')}>
              <p>{t('registry.formation.aimWithoutTarget')}</p>
              <ul>
                {aim.gapsWithoutTarget.map((cell) => (
                  <li key={`${cell.level}-${cell.phase}`}>
                    {t('registry.formation.cell', {
                      level: terms.level(cell.level),
                      phase: terms.phase(cell.phase),
                    })}
                  </li>
                ))}
              </ul>
            </OrNone>
          </>
        )}
      </div>
    </Section>
  );
}

function Targets({ formation }: { formation: FormationView['formation'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const terms = useTerms();
  const fte = (value: number) => formatFte(value, locale);
  const number = 'table__number';
  return (
    <Section id="formation-targets-title" title={t('registry.formation.targetsTitle')}>
      <OrNone items={formation.targets} none={t('registry.formation.noTargets')}>
        <DataTable
          id="formation-targets"
          caption={t('registry.formation.targetsCaption')}
          columns={columnsUnder(t, 'registry.formation', [
            'level',
            'phase',
            'role',
            { figure: 'targetPeople' },
            { figure: 'targetFte' },
            { figure: 'actualPeople' },
            { figure: 'actualFte' },
            { figure: 'gapPeople' },
            { figure: 'gapFte' },
          ])}
          foot={
            <tr>
              <th scope="row" colSpan={3}>
                {t('registry.formation.totals')}
              </th>
              <td className={number}>{formation.totals.targetPeople}</td>
              <td className={number}>{fte(formation.totals.targetFte)}</td>
              <td className={number}>{formation.totals.actualPeople}</td>
              <td className={number}>{fte(formation.totals.actualFte)}</td>
              <td colSpan={2} />
            </tr>
          }
        >
          {formation.targets.map((row) => (
            <tr key={`${row.level}-${row.phase}-${row.role ?? ''}`}>
              <th scope="row">{terms.level(row.level)}</th>
              <td>{terms.phase(row.phase)}</td>
              <td>{row.role ? terms.role(row.role) : t('registry.formation.anyRole')}</td>
              <td className={number}>{row.people}</td>
              <td className={number}>{fte(row.fte)}</td>
              <td className={number}>{row.actualPeople}</td>
              <td className={number}>{fte(row.actualFte)}</td>
              <td className={number}>{row.gapPeople}</td>
              <td className={number}>{fte(row.gapFte)}</td>
            </tr>
          ))}
        </DataTable>
      </OrNone>
      <p>
        {t('registry.formation.totalsNote', {
          count: formation.totals.actualPeople,
          fte: fte(formation.totals.actualFte),
        })}
      </p>
      <p className="hint">{t('registry.formation.hoursPerFteNote', { hours: fte(formation.hoursPerFte) })}</p>
    </Section>
  );
}

function Budget({ budget }: { budget: FormationView['formation']['budget'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const euros = (value: number) => formatEuros(value, locale);
  const number = 'table__number';
  return (
    <Section id="formation-budget-title" title={t('registry.formation.budgetTitle')}>
      <DataTable
        id="formation-budget"
        caption={t('registry.formation.budgetCaption')}
        columns={columnsUnder(t, 'registry.formation', [
          'source',
          { figure: 'budgetTotal' },
          { figure: 'budgetRunning' },
        ])}
        foot={
          <tr>
            <th scope="row">{t('registry.formation.totals')}</th>
            <td className={number}>{euros(budget.total)}</td>
            <td />
          </tr>
        }
      >
        {fundingSources.map((source) => (
          <tr key={source}>
            <th scope="row">{t(`registry.formation.sources.${source}`)}</th>
            <td className={number}>{euros(budget.bySource[source])}</td>
            <td className={number}>{euros(budget.runningBySource[source])}</td>
          </tr>
        ))}
      </DataTable>
      <h3>{t('registry.formation.endingSoonTitle')}</h3>
      <OrNone items={budget.endingSoon} none={t('registry.formation.endingSoonNone')}>
        <ul className="notice">
          {budget.endingSoon.map((line, index) => (
            // Lines have no id of their own: the plan is saved whole.
            // biome-ignore lint/suspicious/noArrayIndexKey: budget lines are positions in the plan
            <li key={index}>
              {t('registry.formation.endingSoonItem', {
                source: t(`registry.formation.sources.${line.source}`),
                label: line.label ?? '',
                amount: euros(line.amount),
                date: formatDay(line.endsOn, locale),
              })}
            </li>
          ))}
        </ul>
      </OrNone>
    </Section>
  );
}

type TargetDraft = { level: string; phase: string; role: string; people: string; fte: string };
type BudgetDraft = { source: string; label: string; amount: string; startsOn: string; endsOn: string };

const targetDraft = (target?: FormationPlan['targets'][number]): TargetDraft => ({
  level: target?.level ?? registryLevelKeys[0] ?? 'practice',
  phase: target?.phase ?? registryPhaseKeys[0] ?? 'safety',
  role: target?.role ?? '',
  people: target ? String(target.people) : '',
  fte: target ? String(target.fte).replace('.', ',') : '',
});
const budgetDraft = (line?: FormationPlan['budget'][number]): BudgetDraft => ({
  source: line?.source ?? 'structural',
  label: line?.label ?? '',
  amount: line ? String(line.amount).replace('.', ',') : '',
  startsOn: line?.startsOn ?? '',
  endsOn: line?.endsOn ?? '',
});

function PlanForm({ orgId, plan }: { orgId: string; plan: FormationPlan }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const save = useSaveFormationPlan();
  const { feedback, setFeedback, fail, check } = useFormFeedback();
  const [hoursPerFte, setHoursPerFte] = useState(String(plan.hoursPerFte).replace('.', ','));
  const [targets, setTargets] = useState<TargetDraft[]>(() => plan.targets.map(targetDraft));
  const [budget, setBudget] = useState<BudgetDraft[]>(() => plan.budget.map(budgetDraft));
  const errors = feedback?.kind === 'error' ? feedback.problem.fields : {};

  const setTarget = (index: number, field: keyof TargetDraft) => (e: { target: { value: string } }) =>
    setTargets((list) => list.map((row, i) => (i === index ? { ...row, [field]: e.target.value } : row)));
  const setLine = (index: number, field: keyof BudgetDraft) => (e: { target: { value: string } }) =>
    setBudget((list) => list.map((row, i) => (i === index ? { ...row, [field]: e.target.value } : row)));

  // Field names as the server names them, so its messages land on the same fields.
  const targetId = (index: number, field: string) => `formation-target-${index}-${field}`;
  const lineId = (index: number, field: string) => `formation-budget-${index}-${field}`;
  const fieldRefs = {
    hoursPerFte: { id: 'formation-hours', label: t('registry.formation.hoursPerFte') },
    ...Object.fromEntries(
      targets.flatMap((_, i) =>
        (['level', 'phase', 'role', 'people', 'fte'] as const).map((field) => [
          `targets.${i}.${field}`,
          {
            id: targetId(i, field),
            label: `${t('registry.formation.targetLine', { n: i + 1 })}: ${fieldLabel(field)}`,
          },
        ]),
      ),
    ),
    ...Object.fromEntries(
      budget.flatMap((_, i) =>
        (['source', 'label', 'amount', 'startsOn', 'endsOn'] as const).map((field) => [
          `budget.${i}.${field}`,
          {
            id: lineId(i, field),
            label: `${t('registry.formation.budgetLine', { n: i + 1 })}: ${fieldLabel(field)}`,
          },
        ]),
      ),
    ),
  };
  /** A field of line `i` of the targets or the budget: its id, label, value, change and error. */
  const binder =
    <D extends TargetDraft | BudgetDraft>(
      list: 'targets' | 'budget',
      idOf: (index: number, field: string) => string,
      set: (index: number, field: keyof D) => (e: { target: { value: string } }) => void,
    ) =>
    (i: number, row: D, field: keyof D & string) => ({
      id: idOf(i, field),
      label: fieldLabel(field),
      value: row[field] as string,
      error: errors[`${list}.${i}.${field}`],
      onChange: set(i, field),
    });
  const bindTarget = binder<TargetDraft>('targets', targetId, setTarget);
  const bindLine = binder<BudgetDraft>('budget', lineId, setLine);
  function fieldLabel(field: string) {
    const labels: Record<string, string> = {
      level: t('registry.formation.level'),
      phase: t('registry.formation.phase'),
      role: t('registry.formation.role'),
      people: t('registry.formation.targetPeople'),
      fte: t('registry.formation.targetFte'),
      source: t('registry.formation.source'),
      label: t('registry.formation.label'),
      amount: t('registry.formation.amount'),
      startsOn: t('registry.formation.startsOn'),
      endsOn: t('registry.formation.endsOn'),
    };
    return labels[field] ?? field;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const hours = parseDecimal(hoursPerFte);
    const notCount = (typed: string) => {
      const value = parseDecimal(typed);
      return value === null || !Number.isInteger(value) || value < 0;
    };
    const notAmount = (typed: string) => {
      const value = parseDecimal(typed);
      return value === null || Number.isNaN(value) || value < 0;
    };
    const fine = check({
      hoursPerFte:
        (hours === null || !(hours > 0 && hours <= 60)) && t('registry.formation.errors.hoursPerFte'),
      ...Object.fromEntries(
        targets.flatMap((row, i) => [
          [`targets.${i}.people`, notCount(row.people) && t('registry.formation.errors.wholeNumber')],
          [`targets.${i}.fte`, notAmount(row.fte) && t('registry.formation.errors.notNegative')],
        ]),
      ),
      ...Object.fromEntries(
        budget.flatMap((line, i) => [
          [`budget.${i}.amount`, notAmount(line.amount) && t('registry.formation.errors.amount')],
          [`budget.${i}.startsOn`, line.startsOn === '' && t('registry.formation.errors.date')],
          [
            `budget.${i}.endsOn`,
            line.endsOn === ''
              ? t('registry.formation.errors.date')
              : line.startsOn !== '' && line.endsOn < line.startsOn && t('registry.formation.errors.endsOn'),
          ],
        ]),
      ),
    });
    if (!fine) return;
    save.mutate(
      {
        orgId,
        version: plan.version,
        hoursPerFte: hours ?? 0,
        targets: targets.map((row) => ({
          level: row.level,
          phase: row.phase as FormationPlan['targets'][number]['phase'],
          role: row.role || null,
          people: parseDecimal(row.people) ?? 0,
          fte: parseDecimal(row.fte) ?? 0,
        })),
        budget: budget.map((line) => ({
          source: line.source as FormationPlan['budget'][number]['source'],
          label: line.label.trim() || null,
          amount: parseDecimal(line.amount) ?? 0,
          startsOn: line.startsOn,
          endsOn: line.endsOn,
        })),
      },
      {
        onSuccess: () => setFeedback({ kind: 'success', text: t('registry.formation.saved'), focus: true }),
        onError: fail,
      },
    );
  };

  return (
    <Section id="formation-edit-title" title={t('registry.formation.editTitle')}>
      <p>{t('registry.formation.editIntro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <SectionFeedback feedback={feedback} fields={fieldRefs} />
        <NumberField
          id="formation-hours"
          label={t('registry.formation.hoursPerFte')}
          value={hoursPerFte}
          error={errors.hoursPerFte}
          onChange={(e) => setHoursPerFte(e.target.value)}
          decimal
        />
        <fieldset className="fieldset">
          <legend>{t('registry.formation.targetsLegend')}</legend>
          {targets.map((row, i) => (
            <fieldset className="fieldset plan-line" key={`target-${i.toString()}`}>
              <legend>{t('registry.formation.targetLine', { n: i + 1 })}</legend>
              <SelectField {...bindTarget(i, row, 'level')}>
                <Options values={registryLevelKeys} label={(key) => terms.level(key)} />
              </SelectField>
              <SelectField {...bindTarget(i, row, 'phase')}>
                <Options values={registryPhaseKeys} label={(key) => terms.phase(key)} />
              </SelectField>
              <SelectField {...bindTarget(i, row, 'role')}>
                <Options
                  values={registryRoleKeys}
                  none={t('registry.formation.anyRole')}
                  label={(key) => terms.role(key)}
                />
              </SelectField>
              <TextField {...bindTarget(i, row, 'people')} inputMode="numeric" className="input--short" />
              <TextField {...bindTarget(i, row, 'fte')} inputMode="decimal" className="input--short" />
              <Button variant="subtle" onClick={() => setTargets((list) => list.filter((_, j) => j !== i))}>
                {t('registry.formation.removeTarget', { n: i + 1 })}
              </Button>
            </fieldset>
          ))}
          <Button variant="secondary" onClick={() => setTargets((list) => [...list, targetDraft()])}>
            {t('registry.formation.addTarget')}
          </Button>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('registry.formation.budgetLegend')}</legend>
          {budget.map((line, i) => (
            <fieldset className="fieldset plan-line" key={`budget-${i.toString()}`}>
              <legend>{t('registry.formation.budgetLine', { n: i + 1 })}</legend>
              <SelectField {...bindLine(i, line, 'source')}>
                <Options
                  values={fundingSources}
                  label={(source) => t(`registry.formation.sources.${source}`)}
                />
              </SelectField>
              <TextField {...bindLine(i, line, 'label')} />
              <TextField {...bindLine(i, line, 'amount')} inputMode="decimal" className="input--short" />
              <TextField {...bindLine(i, line, 'startsOn')} type="date" />
              <TextField {...bindLine(i, line, 'endsOn')} type="date" />
              <Button variant="subtle" onClick={() => setBudget((list) => list.filter((_, j) => j !== i))}>
                {t('registry.formation.removeBudget', { n: i + 1 })}
              </Button>
            </fieldset>
          ))}
          <Button variant="secondary" onClick={() => setBudget((list) => [...list, budgetDraft()])}>
            {t('registry.formation.addBudget')}
          </Button>
        </fieldset>
        <Button type="submit" aria-disabled={save.isPending}>
          {save.isPending ? t('common.busy') : t('registry.formation.save')}
        </Button>
      </form>
    </Section>
  );
}

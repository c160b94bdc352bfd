import {
  aim2030,
  earlyPhaseActivities,
  type FactSource,
  governanceLevels,
  type Locale,
  monitorContentV1,
  qualityMarkIndicators,
  type ReportVariant,
  registryRoles,
  sectionsOf,
  showsOwners,
} from '@derde-bron/domain';
import { formatDay } from '../../lib/dates.ts';
import { bar, type Content, table } from './pdf.ts';
import type { ReportData } from './report-data.ts';
import { formatNumber, textsFor } from './texts.ts';

/**
 * The implementation report as a pdfmake document: the sections of the variant, each chart drawn
 * beside its numbers in one table. Names only what the organisation itself recorded; goal owners
 * only in the variants that name people (board, audit).
 */
export function buildImplementationReport(
  data: ReportData,
  variant: ReportVariant,
  locale: Locale,
  today: string,
): { content: Content[]; info: object } {
  const t = textsFor(locale);
  const n = (value: number | null) => formatNumber(locale, value, t.noFigure);
  const stepTitle = (stepKey: string) => {
    const step = data.content.steps.find((s) => s.key === stepKey);
    return step ? `${step.number}. ${step.title[locale]}` : stepKey;
  };
  const itemTitle = (itemKey: string) => {
    for (const step of data.content.steps) {
      const item = step.items.find((i) => i.key === itemKey);
      if (item) return `${step.number}.${item.number} ${item.title[locale]}`;
    }
    return itemKey;
  };

  const sourceText = (source: FactSource) => {
    switch (source.kind) {
      case 'item':
        return t.sources.item(itemTitle(source.itemKey));
      case 'decision':
        return t.sources.decision(source.decision, source.decidedOn, itemTitle(source.itemKey));
      case 'steps':
        return t.sources.steps(
          source.stepKeys
            .map((key) => data.content.steps.find((s) => s.key === key)?.number)
            .filter((number) => number !== undefined)
            .join(', '),
        );
      case 'registry':
        return t.sources.registry(source.levelsCovered);
    }
  };

  const sections: Record<string, () => Content[]> = {
    roadmapStatus: () => [
      { text: t.roadmapStatus, style: 'heading' },
      t.organisationStage(t.stages[data.roadmap.stage], data.roadmap.overall.percent),
      table(
        [t.step, t.stage, t.progress, '%', t.done],
        data.roadmap.steps.map((step) => [
          stepTitle(step.stepKey),
          t.stages[step.stage],
          bar(step.progress.percent, 100, 90),
          `${step.progress.percent}%`,
          `${step.progress.done} / ${step.progress.applicable}`,
        ]),
        ['*', 70, 96, 34, 44],
      ),
      { text: t.advice, style: 'subheading' },
      data.roadmap.capacity
        ? t.appointed(
            t.adviceRole[data.roadmap.capacity.role],
            data.roadmap.capacity.hoursPerWeek,
            data.roadmap.capacity.startedOn,
          )
        : t.noAppointment,
      `${t.adviceRole[data.roadmap.advice.role]}.`,
      // Each fact with where it was read: the registry is named as the registry, never as step 4.
      table(
        ['', '', t.source],
        data.roadmap.advice.facts.map((fact) => [
          t.adviceFacts[fact.key],
          fact.met ? t.yes : t.no,
          sourceText(fact.source),
        ]),
        ['*', 40, '*'],
      ),
    ],
    monitor: () => {
      const { comparison, team } = data.monitor;
      // The words of the monitor's own scale, as the team saw them when scoring.
      const monitorLevels: Partial<Record<number, { label: Record<Locale, string> }>> =
        monitorContentV1.levels;
      const level = (score: number | null | undefined) =>
        score == null ? t.noFigure : `${score} ${monitorLevels[score]?.label[locale] ?? ''}`;
      if (!comparison) return [{ text: t.monitor, style: 'heading' }, t.noMonitor];
      return [
        { text: t.monitor, style: 'heading' },
        t.monitorIntro(comparison.cycle),
        ...(team.length > 0
          ? [
              `${t.monitorTeam}: ${team
                // Names only where the variant names people; else the roles in the team.
                .map((m) =>
                  showsOwners(variant) ? `${m.name} (${t.teamRoles[m.teamRole]})` : t.teamRoles[m.teamRole],
                )
                .join(', ')}.`,
            ]
          : []),
        table(
          [t.step, t.begin, t.end, t.change, t.rationale],
          comparison.steps.map((step) => [
            stepTitle(step.stepKey),
            level(step.begin?.stepScore),
            level(step.end?.stepScore),
            step.change === null ? t.noFigure : step.change > 0 ? `+${step.change}` : String(step.change),
            [
              step.beginRationale ? `${t.begin}: ${step.beginRationale}` : '',
              step.endRationale ? `${t.end}: ${step.endRationale}` : '',
            ]
              .filter(Boolean)
              .join('\n') || t.noFigure,
          ]),
          [90, 62, 62, 44, '*'],
        ),
      ];
    },
    goals: () => [
      { text: t.goals, style: 'heading' },
      data.goals.length === 0
        ? t.noGoals
        : table(
            [t.step, t.goal, ...(showsOwners(variant) ? [t.owner] : []), t.deadline, t.status, t.achieved],
            data.goals.map((goal) => [
              stepTitle(goal.stepKey),
              goal.title,
              ...(showsOwners(variant) ? [goal.ownerName ?? t.noFigure] : []),
              goal.deadline ?? t.noFigure,
              t.goalStatus[goal.status],
              goal.achieved ? t.achievedValues[goal.achieved] : t.noFigure,
            ]),
          ),
    ],
    measurement: () => [
      { text: t.measurement, style: 'heading' },
      ...(data.waves.length === 0
        ? [t.noWaves]
        : [
            { text: t.measurementNote, style: 'note' },
            ...data.waves.flatMap((wave): Content[] => [
              { text: t.wave(wave.title, wave.closedOn, wave.responseCount), style: 'subheading' },
              wave.totalVisible
                ? table(
                    [t.scale, '', t.mean, t.respondents],
                    wave.scales.map((scale) => [
                      scale.title[locale],
                      bar(scale.mean, 5),
                      scale.mean === null ? t.hidden : n(scale.mean),
                      scale.mean === null ? t.noFigure : String(scale.n),
                    ]),
                    ['*', 126, 90, 50],
                  )
                : t.waveHidden,
            ]),
            ...(data.comparison
              ? [
                  {
                    text: t.comparison(data.comparison.baselineTitle, data.comparison.laterTitle),
                    style: 'subheading',
                  },
                  table(
                    [t.group, t.scale, t.baseline, t.later, t.difference],
                    data.comparison.rows.map((row) => [
                      t.perspectives[row.perspective],
                      row.title[locale],
                      n(row.baseline),
                      n(row.later),
                      row.difference === null
                        ? t.noFigure
                        : `${row.difference > 0 ? '+' : ''}${n(row.difference)}`,
                    ]),
                  ),
                ]
              : []),
          ]),
    ],
    qualityMark: () => [
      { text: t.qualityMark, style: 'heading' },
      { text: t.qualityMarkNote, style: 'note' },
      ...qualityMarkIndicators.flatMap(({ indicator, phaseKey }): Content[] => {
        const phase = data.content.phases.find((p) => p.key === phaseKey);
        if (!phase) return [];
        return [
          { text: t.indicator(indicator, phase.title[locale]), style: 'subheading' },
          phase.text[locale],
          { ul: phase.contributions.map((c) => c[locale]), margin: [0, 4, 0, 4] },
        ];
      }),
    ],
    registry: () => {
      const { coverage, signals, activities } = data.registry;
      const phaseTitle = (key: string) =>
        data.content.phases.find((p) => p.key === key)?.title[locale] ?? key;
      const levelTitle = (key: string) =>
        [...data.content.levels, ...governanceLevels].find((l) => l.key === key)?.title[locale] ?? key;
      const activityTitle = (a: (typeof activities)[number]) =>
        a.name ??
        [...data.content.activities, ...earlyPhaseActivities].find((x) => x.key === a.activityKey)?.title[
          locale
        ] ??
        a.activityKey ??
        '';
      const phaseKeys = data.content.phases.map((p) => p.key);
      return [
        { text: t.registryTitle, style: 'heading' },
        t.registryPeople(coverage.people, coverage.aim.met),
        table(
          [t.level, ...phaseKeys.map(phaseTitle)],
          coverage.levels.map((row) => [
            levelTitle(row.key),
            ...phaseKeys.map((p) => String(row.byPhase[p] ?? 0)),
          ]),
        ),
        { text: t.signalsTitle, style: 'subheading' },
        table(
          [t.signal, t.count],
          Object.entries(signals).map(([key, count]) => [t.signalNames[key] ?? key, String(count)]),
          ['*', 60],
        ),
        { text: t.activitiesTitle, style: 'subheading' },
        activities.length === 0
          ? t.noActivities
          : table(
              [t.activity, t.phasesOf, t.participants],
              activities.map((a) => [
                activityTitle(a),
                a.phases.map(phaseTitle).join(', '),
                String(a.participants),
              ]),
              ['*', '*', 70],
            ),
      ];
    },
    formationPlan: () => {
      const f = data.formation;
      const phaseTitle = (key: string) =>
        data.content.phases.find((p) => p.key === key)?.title[locale] ?? key;
      const levelTitle = (key: string) =>
        [...data.content.levels, ...governanceLevels].find((l) => l.key === key)?.title[locale] ?? key;
      const roleTitle = (key: string | null) =>
        key === null ? t.formationAnyRole : (registryRoles.find((r) => r.key === key)?.title[locale] ?? key);
      const fte = (value: number) =>
        value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
      const euros = (value: number) =>
        value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
      const pair = (people: number, value: number) => `${people} / ${fte(value)}`;
      const unit = `(${t.formationPeople} / ${t.formationFte})`;
      return [
        { text: t.formationTitle, style: 'heading' },
        t.formationAim(aim2030[locale]),
        f.aim.met ? t.formationAimMet : t.formationGaps(f.aim.gaps.length, f.aim.gapsWithoutTarget.length),
        f.targets.length === 0
          ? t.formationNoTargets
          : table(
              [
                t.level,
                t.formationPhase,
                t.formationRole,
                `${t.formationTarget} ${unit}`,
                `${t.formationActual} ${unit}`,
                `${t.formationGap} ${unit}`,
              ],
              f.targets.map((row) => [
                levelTitle(row.level),
                phaseTitle(row.phase),
                roleTitle(row.role),
                pair(row.people, row.fte),
                pair(row.actualPeople, row.actualFte),
                pair(row.gapPeople, row.gapFte),
              ]),
            ),
        t.formationTotals(
          String(f.totals.targetPeople),
          fte(f.totals.targetFte),
          String(f.totals.actualPeople),
          fte(f.totals.actualFte),
        ),
        { text: t.formationHoursPerFte(fte(f.hoursPerFte)), style: 'note' },
        { text: t.budgetTitle, style: 'subheading' },
        table(
          [t.budgetSource, t.budgetTotal, t.budgetRunning],
          [
            ...(['structural', 'project', 'subsidy'] as const).map((source) => [
              t.budgetSources[source] ?? source,
              euros(f.budget.bySource[source]),
              euros(f.budget.runningBySource[source]),
            ]),
            [t.total, euros(f.budget.total), ''],
          ],
        ),
        { text: t.budgetEndingSoon, style: 'subheading' },
        f.budget.endingSoon.length === 0
          ? t.budgetNoneEnding
          : table(
              [t.budgetSource, t.budgetLabel, t.budgetEnds, t.budgetAmount],
              f.budget.endingSoon.map((line) => [
                t.budgetSources[line.source] ?? line.source,
                line.label ?? '',
                formatDay(line.endsOn, locale),
                euros(line.amount),
              ]),
            ),
      ];
    },
    evidence: () => [
      { text: t.evidence, style: 'heading' },
      data.evidence.length === 0
        ? t.noEvidence
        : table(
            [t.item, t.document],
            data.evidence.map((e) => [itemTitle(e.itemKey), e.url ? `${e.title} (${e.url})` : e.title]),
          ),
    ],
  };

  return {
    info: { title: t.title, subject: t.variant[variant], creator: 'Derde Bron' },
    content: [
      { text: t.title, style: 'title' },
      { text: `${data.organisationName} — ${t.variant[variant]}`, style: 'subtitle' },
      t.period(data.year),
      { text: t.madeOn(today), style: 'note' },
      ...sectionsOf(variant).flatMap((section) => sections[section]?.() ?? []),
    ],
  };
}

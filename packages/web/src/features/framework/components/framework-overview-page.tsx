import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { longDateFormat } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { type FrameworkVersion, useFramework } from '../api/get-framework.ts';
import { TermList } from './term-list.tsx';

export function FrameworkOverviewPage() {
  const { t } = useTranslation();
  const framework = useFramework();
  return (
    <>
      <PageHeading title={t('framework.title')} />
      <p className="lead">{t('framework.intro')}</p>
      <QueryState query={framework}>{(data) => <FrameworkOverview framework={data} />}</QueryState>
    </>
  );
}

function FrameworkOverview({ framework }: { framework: FrameworkVersion }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const l = useLocalized();
  const { content } = framework;
  const published = longDateFormat(locale).format(new Date(framework.publishedAt));
  const phaseTitle = new Map(content.phases.map((phase) => [phase.key, l(phase.title)]));

  return (
    <>
      <p className="muted">{t('common.version', { version: framework.version, date: published })}</p>

      <Section id="mission" title={t('framework.missionTitle')} className="notice">
        <p>{l(content.mission)}</p>
      </Section>

      <Section id="steps" title={t('framework.stepsTitle')}>
        <ol className="step-list">
          {content.steps.map((step) => (
            <li key={step.key} className="card step-card">
              <h3>
                <Link to={`/kader/stap/${step.number}`}>
                  <span className="step-card__number">{t('common.step', { number: step.number })}</span>{' '}
                  {l(step.title)}
                </Link>
              </h3>
              <p>{l(step.summary)}</p>
              <p className="muted">{t('framework.itemCount', { count: step.items.length })}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="model" title={t('framework.modelTitle')}>
        <p>{l(content.model.text)}</p>
        <ol className="model-cycle">
          {content.model.stages.map((stage) => (
            <li key={stage.key}>
              <strong>{l(stage.title)}</strong>: {l(stage.text)}
            </li>
          ))}
        </ol>
        <p>{t('framework.modelAgain')}</p>
      </Section>

      <Section id="values" title={t('framework.valuesTitle')}>
        <p>{t('framework.valuesIntro')}</p>
        <TermList terms={content.values} />
      </Section>

      <Section id="pillars" title={t('framework.pillarsTitle')}>
        <TermList terms={content.pillars} />
      </Section>

      <Section id="phases" title={t('framework.phasesTitle')}>
        <p>{t('framework.phasesIntro')}</p>
        {content.phases.map((phase) => (
          <section key={phase.key} className="card" aria-labelledby={`phase-${phase.key}`}>
            <h3 id={`phase-${phase.key}`}>
              {phase.number}. {l(phase.title)}
            </h3>
            <p>{l(phase.text)}</p>
            <h4>{t('framework.contributionsTitle')}</h4>
            <ul>
              {phase.contributions.map((contribution) => (
                <li key={contribution.nl}>{l(contribution)}</li>
              ))}
            </ul>
          </section>
        ))}
      </Section>

      <Section id="roles" title={t('framework.rolesTitle')}>
        <TermList terms={content.roles} />
      </Section>

      <Section id="activities" title={t('framework.activitiesTitle')}>
        <DataTable
          caption={t('framework.activitiesTitle')}
          hideCaption
          columns={[t('framework.activityColumn'), t('framework.phaseColumn')]}
        >
          {content.activities.map((activity) => (
            <tr key={activity.key}>
              <th scope="row">
                {l(activity.title)}
                <span className="table__note">{l(activity.text)}</span>
              </th>
              <td>{activity.phases.map((phase) => phaseTitle.get(phase)).join(', ')}</td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section id="concepts" title={t('framework.conceptsTitle')}>
        <TermList terms={content.concepts} />
      </Section>

      <Section id="sources" title={t('framework.sourcesTitle')}>
        <ul className="source-list">
          {content.sources.map((source) => (
            <li key={source.key}>
              {source.citation}
              {source.url && (
                <>
                  {' '}
                  <a href={source.url} rel="noreferrer">
                    {new URL(source.url).hostname}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

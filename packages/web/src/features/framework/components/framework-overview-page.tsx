import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { longDateFormat } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { type FrameworkVersion, useFramework } from '../api/get-framework.ts';
import { TermList } from './term-list.tsx';

export function FrameworkOverviewPage() {
  const { t } = useTranslation();
  const framework = useFramework();
  return (
    <>
      <PageHeading title={t('framework.title')}>{t('framework.title')}</PageHeading>
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

      <section className="notice" aria-labelledby="mission">
        <h2 id="mission">{t('framework.missionTitle')}</h2>
        <p>{l(content.mission)}</p>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps">{t('framework.stepsTitle')}</h2>
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
      </section>

      <section aria-labelledby="model">
        <h2 id="model">{t('framework.modelTitle')}</h2>
        <p>{l(content.model.text)}</p>
        <ol className="model-cycle">
          {content.model.stages.map((stage) => (
            <li key={stage.key}>
              <strong>{l(stage.title)}</strong>: {l(stage.text)}
            </li>
          ))}
        </ol>
        <p>{t('framework.modelAgain')}</p>
      </section>

      <section aria-labelledby="values">
        <h2 id="values">{t('framework.valuesTitle')}</h2>
        <p>{t('framework.valuesIntro')}</p>
        <TermList terms={content.values} />
      </section>

      <section aria-labelledby="pillars">
        <h2 id="pillars">{t('framework.pillarsTitle')}</h2>
        <TermList terms={content.pillars} />
      </section>

      <section aria-labelledby="phases">
        <h2 id="phases">{t('framework.phasesTitle')}</h2>
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
      </section>

      <section aria-labelledby="roles">
        <h2 id="roles">{t('framework.rolesTitle')}</h2>
        <TermList terms={content.roles} />
      </section>

      <section aria-labelledby="activities">
        <h2 id="activities">{t('framework.activitiesTitle')}</h2>
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
      </section>

      <section aria-labelledby="concepts">
        <h2 id="concepts">{t('framework.conceptsTitle')}</h2>
        <TermList terms={content.concepts} />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t('framework.sourcesTitle')}</h2>
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
      </section>
    </>
  );
}

import type { Step } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import { NotFoundPage } from '../../pages/not-found-page.tsx';
import { useFramework } from '../api/get-framework.ts';

export function StepPage() {
  const { number } = useParams();
  const framework = useFramework();
  return (
    <QueryState query={framework}>
      {(data) => {
        const step = data.content.steps.find((s) => String(s.number) === number);
        if (!step) return <NotFoundPage />;
        return <StepDetails step={step} stepCount={data.content.steps.length} />;
      }}
    </QueryState>
  );
}

function StepDetails({ step, stepCount }: { step: Step; stepCount: number }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const heading = `${t('common.step', { number: step.number })}: ${l(step.title)}`;
  return (
    <>
      <PageHeading title={heading} />
      <p className="lead">{l(step.summary)}</p>
      <h2>{t('step.itemsTitle')}</h2>
      <ol className="item-list">
        {step.items.map((item) => (
          <li key={item.key} className="card">
            <h3>
              <span className="item-list__number">
                {step.number}.{item.number}
              </span>{' '}
              {l(item.title)}
            </h3>
            <p>{l(item.text)}</p>
            {item.coreTasks && (
              <>
                <h4>{t('step.coreTasksTitle')}</h4>
                <ol type="a" className="core-tasks">
                  {item.coreTasks.map((task) => (
                    <li key={task.letter}>{l(task.text)}</li>
                  ))}
                </ol>
              </>
            )}
          </li>
        ))}
      </ol>
      <nav aria-label={t('step.pagination')} className="pager">
        {step.number > 1 && (
          <Link to={`/kader/stap/${step.number - 1}`} rel="prev">
            {t('step.previous')}
          </Link>
        )}
        <Link to="/kader">{t('step.back')}</Link>
        {step.number < stepCount && (
          <Link to={`/kader/stap/${step.number + 1}`} rel="next">
            {t('step.next')}
          </Link>
        )}
      </nav>
    </>
  );
}

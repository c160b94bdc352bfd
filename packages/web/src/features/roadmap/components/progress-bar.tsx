import type { MaturityStage } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/bar.tsx';
import type { RoadmapOverview } from '../api/get-roadmap.ts';

/** Progress as a bar; the same figures are always written next to it. */
export function ProgressBar({ percent }: { percent: number }) {
  return <Bar value={percent} max={100} className="bar progress-bar" />;
}

/** A step's progress: the bar, the figures in words, and the stage the step is in. */
export function StepStatus({
  progress,
  stage,
}: {
  progress: RoadmapOverview['overall'];
  stage: MaturityStage;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ProgressBar percent={progress.percent} />
      <p>
        {t('roadmap.stepProgress', {
          done: progress.done,
          count: progress.applicable,
          percent: progress.percent,
        })}
      </p>
      <p>
        {t('roadmap.stepStage')} <strong>{t(`roadmap.stage.${stage}`)}</strong>
      </p>
    </>
  );
}

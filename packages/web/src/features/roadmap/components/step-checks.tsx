import { evidenceCheckItem } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoadmapOverview } from '../api/get-roadmap.ts';
import { registryPath, wavePath } from './fact-source.tsx';

/**
 * What a step needs besides its required items before it is "op orde": the evidence of steps 1–3
 * and the registry's checks of steps 4–6, each met or not in words, with a link to where it lives.
 */
export function StepChecks({
  state,
  baselineWaveId,
}: {
  state: RoadmapOverview['steps'][number];
  baselineWaveId: string | null;
}) {
  const { t } = useTranslation();
  const checks = [
    ...state.evidenceChecks.map((check) => ({
      ...check,
      text: t(`roadmap.evidence.${check.key}`),
      to:
        check.key === 'zeroMeasurement' && baselineWaveId
          ? wavePath(baselineWaveId)
          : `#item-${evidenceCheckItem[check.key]}`,
    })),
    ...state.registryChecks.map((check) => ({
      ...check,
      text: t(`roadmap.registryCheck.${check.key}`),
      to: registryPath,
    })),
  ];
  if (checks.length === 0) return null;
  return (
    <div className="step-checks">
      <p>{t('roadmap.evidence.intro')}</p>
      <ul className="fact-list">
        {checks.map((check) => (
          <li key={check.key} className={check.met ? 'fact fact--met' : 'fact fact--open'}>
            <span className="fact__marker">
              <span aria-hidden="true">{check.met ? '✓' : '○'}</span>{' '}
              {t(check.met ? 'roadmap.advice.met' : 'roadmap.advice.notMet')}
            </span>{' '}
            {check.to.startsWith('#') ? (
              <a href={check.to}>{check.text}</a>
            ) : (
              <Link to={check.to}>{check.text}</Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { FactSource, FrameworkContent } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { stepPath } from './roadmap-page.tsx';

export const registryPath = '/organisatie/register';
export const wavePath = (waveId: string) => `/organisatie/metingen/${waveId}`;

/** Where an item lives on its step page, with its number and title ("2.1 Visie"). */
export function itemPlace(content: FrameworkContent, itemKey: string) {
  for (const step of content.steps) {
    const item = step.items.find((i) => i.key === itemKey);
    if (item) return { step, item, to: `${stepPath(step.number)}#item-${itemKey}` };
  }
  return null;
}

/**
 * The source of a fact behind the advice, named and linked: the item, the decision (what, when, on
 * which item), the steps counted, or the registry. Never a step for a fact the registry gave.
 */
export function FactSourceLink({ source, content }: { source: FactSource; content: FrameworkContent }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  switch (source.kind) {
    case 'item':
    case 'decision': {
      const place = itemPlace(content, source.itemKey);
      if (!place) return null;
      const item = `${place.step.number}.${place.item.number} ${l(place.item.title)}`;
      return (
        <Link to={place.to}>
          {source.kind === 'item'
            ? t('roadmap.source.item', { item })
            : t('roadmap.source.decision', {
                decision: source.decision,
                date: formatDay(source.decidedOn, locale),
                item,
              })}
        </Link>
      );
    }
    case 'steps': {
      if (source.stepKeys.length === 0) return <>{t('roadmap.source.noSteps')}</>;
      return (
        <>
          {t('roadmap.source.steps')}{' '}
          {source.stepKeys.map((key, index) => {
            const step = content.steps.find((s) => s.key === key);
            if (!step) return null;
            return (
              <span key={key}>
                {index > 0 && ', '}
                <Link to={stepPath(step.number)}>{t('common.step', { number: step.number })}</Link>
              </span>
            );
          })}
        </>
      );
    }
    case 'registry':
      return <Link to={registryPath}>{t('roadmap.source.registry', { count: source.levelsCovered })}</Link>;
  }
}

import { useTranslation } from 'react-i18next';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { formatDay, formatShare } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/locale.ts';
import type { Questionnaire } from '../api/open-questionnaire.ts';

/**
 * The questionnaire's first screen: who it is for (so that a respondent can see that a group of
 * "10 people" is really hers), what is stored and who sees what, and, said plainly, what the
 * platform cannot prevent (docs/anonymity.md, last section).
 */
export function QuestionnaireIntro({
  questionnaire,
  parts,
  onStart,
}: {
  questionnaire: Questionnaire;
  parts: number;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { group, thresholds, channel, instrument } = questionnaire;
  const paragraphs = l(instrument.intro)
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean);
  // From the questionnaire's own part of the catalogue (respond.*), as every text on this page.
  const perspective = t(`respond.perspectives.${questionnaire.perspective}`);
  const forGroup =
    group.teamName === null
      ? t('respond.forOrganisation', { perspective })
      : t('respond.forTeam', { team: group.teamName, perspective });
  const asksSensitive = instrument.items.some((item) => item.kind === 'sensitive');
  const asksOpen = instrument.items.some((item) => item.kind === 'open');
  return (
    <>
      <p className="lead">{t('respond.invited', { organisation: questionnaire.organisationName })}</p>
      <dl className="summary-list">
        <SummaryRow label={t('respond.organisation')}>{questionnaire.organisationName}</SummaryRow>
        <SummaryRow label={t('respond.survey')}>{questionnaire.waveTitle}</SummaryRow>
        <SummaryRow label={t('respond.forWhomLabel')}>
          {t('respond.people', { group: forGroup, count: group.headcount })}
        </SummaryRow>
        <SummaryRow label={t('respond.closesOn')}>{formatDay(questionnaire.closesOn, locale)}</SummaryRow>
        <SummaryRow label={t('respond.length')}>{t('respond.parts', { count: parts })}</SummaryRow>
      </dl>
      <div className="notice questionnaire__intro">
        <p>
          <strong>{t('respond.forWhom', { group: forGroup, count: group.headcount })}</strong>
        </p>
        <p>{t('respond.notYou')}</p>
        <p>{t('respond.whyCount')}</p>
      </div>

      <h2>{t('respond.introTitle')}</h2>
      {paragraphs.map((text) => (
        <p key={text} className="questionnaire__intro">
          {text}
        </p>
      ))}
      <p className="questionnaire__intro">
        {t('respond.thresholds', {
          minCell: thresholds.minCell,
          minSensitiveCell: thresholds.minSensitiveCell,
        })}
      </p>
      {channel === 'sharedLink' && <p className="questionnaire__intro">{t('respond.sharedLink')}</p>}
      {asksSensitive && (
        <p className="questionnaire__intro">
          {t('respond.randomIntro', { share: formatShare(1 - questionnaire.keepProbability, locale) })}
        </p>
      )}
      <p className="questionnaire__intro">{t('respond.memoryOnly')}</p>
      <p className="questionnaire__intro">
        {t('respond.keptUntil', { date: formatDay(questionnaire.answersKeptUntil, locale) })}
      </p>

      <h2>{t('respond.limits.title')}</h2>
      <p className="questionnaire__intro">{t('respond.limits.intro')}</p>
      <ul className="questionnaire__intro">
        <li>{t('respond.limits.invented')}</li>
        <li>{t('respond.limits.small', { minCell: thresholds.minCell })}</li>
        {asksOpen && <li>{t('respond.limits.ownWords')}</li>}
        <li>{t('respond.limits.device')}</li>
        <li>{t('respond.limits.operator')}</li>
      </ul>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onStart}>
          {t('respond.start')}
        </button>
      </div>
    </>
  );
}

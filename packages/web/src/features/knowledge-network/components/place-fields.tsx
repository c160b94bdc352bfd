import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field.tsx';
import { useLocalized } from '../../../lib/i18n.ts';
import type { FrameworkVersion } from '../../framework/api/get-framework.ts';

type Content = FrameworkVersion['content'];

/** Step and item titles from the framework, for the tables and the selects. */
export function usePlaceNames(content: Content) {
  const l = useLocalized();
  const { t } = useTranslation();
  return (item: { stepKey: string | null; itemKey: string | null }) => {
    const step = content.steps.find((s) => s.key === item.stepKey);
    if (!step) return '—';
    const stepName = `${t('common.step', { number: step.number })}: ${l(step.title)}`;
    const found = step.items.find((i) => i.key === item.itemKey);
    return found ? `${stepName} — ${found.number}. ${l(found.title)}` : stepName;
  };
}

/**
 * The step a shared item or link belongs to, and then one of its items. `none` is the first choice
 * of both (none yet; in a search: any).
 */
export function PlaceFields({
  prefix,
  content,
  stepKey,
  itemKey,
  onChange,
  none,
}: {
  prefix: string;
  content: Content;
  stepKey: string;
  itemKey: string;
  onChange: (stepKey: string, itemKey: string) => void;
  none?: string;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const step = content.steps.find((s) => s.key === stepKey);
  return (
    <>
      <SelectField
        id={`${prefix}-step`}
        label={t('knowledgeNetwork.stepLabel')}
        value={stepKey}
        onChange={(e) => onChange(e.target.value, '')}
      >
        <option value="">{none ?? t('knowledgeNetwork.share.noStep')}</option>
        {content.steps.map((s) => (
          <option key={s.key} value={s.key}>
            {t('common.step', { number: s.number })}: {l(s.title)}
          </option>
        ))}
      </SelectField>
      {step && (
        <SelectField
          id={`${prefix}-item`}
          label={t('knowledgeNetwork.itemLabel')}
          value={itemKey}
          onChange={(e) => onChange(stepKey, e.target.value)}
        >
          <option value="">{none ?? t('knowledgeNetwork.share.noItem')}</option>
          {step.items.map((i) => (
            <option key={i.key} value={i.key}>
              {i.number}. {l(i.title)}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}

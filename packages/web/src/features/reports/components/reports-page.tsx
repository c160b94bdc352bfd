import { type Locale, type ReportVariant, reportVariants } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { RetentionNote } from '../../operations/components/retention-note.tsx';
import { useAskReport } from '../api/reports.ts';
import { ReportList } from './report-list.tsx';

/** Choose a report variant, language and period; the server makes the PDF, listed below to download. */
export function Reports({ membership: { orgId } }: { membership: Membership }) {
  return (
    <>
      <ReportForm orgId={orgId} />
      <ReportList scope={{ orgId }} />
      <RetentionNote kind="reports" />
    </>
  );
}

function ReportForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const pageLocale = useLocale();
  const ask = useAskReport({ orgId });
  const [variant, setVariant] = useState<ReportVariant>('board');
  const [locale, setLocale] = useState<Locale>(pageLocale);
  const [year, setYear] = useState('');
  const [yearError, setYearError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (ask.isPending) return;
    const trimmed = year.trim();
    if (trimmed !== '' && !/^(20\d\d|2100)$/.test(trimmed)) {
      setYearError(t('benchmark.reports.yearInvalid'));
      return;
    }
    setYearError(undefined);
    ask.mutate({ variant, locale, year: trimmed === '' ? null : Number(trimmed) });
  };

  return (
    <>
      <p className="lead">{t('benchmark.reports.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ChoiceGroup
          id="report-variant"
          name="variant"
          type="radio"
          legend={t('benchmark.reports.variant')}
          options={reportVariants.map((value) => ({
            value,
            label: (
              <>
                {t(`benchmark.reports.variants.${value}`)}
                <span className="choice__hint"> — {t(`benchmark.reports.variantHints.${value}`)}</span>
              </>
            ),
          }))}
          selected={[variant]}
          onChange={(value) => setVariant(value as ReportVariant)}
        />
        <ChoiceGroup
          id="report-locale"
          name="locale"
          type="radio"
          inline
          legend={t('benchmark.reports.language')}
          options={[
            { value: 'nl', label: t('benchmark.reports.dutch') },
            { value: 'en', label: t('benchmark.reports.english') },
          ]}
          selected={[locale]}
          onChange={(value) => setLocale(value as Locale)}
        />
        <TextField
          id="report-year"
          name="year"
          label={t('benchmark.reports.year')}
          hint={t('benchmark.reports.yearHint')}
          inputMode="numeric"
          autoComplete="off"
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
          error={yearError}
        />
        {ask.isError && (
          <div className="alert alert--error" role="alert">
            <p>{ask.error.message}</p>
          </div>
        )}
        {ask.isSuccess && (
          <p className="alert alert--success" role="status">
            {t('benchmark.reports.requested')}
          </p>
        )}
        <FormActions
          label={t('benchmark.reports.submit')}
          pending={ask.isPending}
          busyInButton
          ariaDisabled={ask.isPending}
        />
      </form>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextAreaField, TextField } from '../../../components/form-field.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { formatDay, today } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useAddDecision } from '../api/add-decision.ts';
import type { Decision } from '../api/get-item.ts';

type Props = { orgId: string; itemKey: string; label: string; decisions: Decision[]; canEdit: boolean };

/** Decisions on an item, with date, what, why and who decided; editors record new ones. */
export function DecisionsSection({ orgId, itemKey, label, decisions, canEdit }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id={`item-${itemKey}-decisions`} title={t('roadmap.decisions.title')} level={3}>
      <OrNone items={decisions} none={t('roadmap.decisions.none')}>
        <ul className="record-list">
          {decisions.map((decision) => (
            <li key={decision.id} className="record">
              <dl className="summary-list summary-list--compact">
                <SummaryRow label={t('roadmap.decisions.decidedOn')}>
                  <time dateTime={decision.decidedOn}>{formatDay(decision.decidedOn, locale)}</time>
                </SummaryRow>
                <div className="summary-list__row">
                  <dt>{t('roadmap.decisions.decision')}</dt>
                  <dd className="preserve-lines">{decision.decision}</dd>
                </div>
                <div className="summary-list__row">
                  <dt>{t('roadmap.decisions.rationale')}</dt>
                  <dd className="preserve-lines">{decision.rationale}</dd>
                </div>
                <SummaryRow label={t('roadmap.decisions.decidedBy')}>{decision.decidedBy}</SummaryRow>
                {decision.frameworkVersion !== null && (
                  <SummaryRow label={t('roadmap.decisions.frameworkVersion')}>
                    {decision.frameworkVersion}
                  </SummaryRow>
                )}
              </dl>
            </li>
          ))}
        </ul>
      </OrNone>
      {canEdit && <DecisionForm orgId={orgId} itemKey={itemKey} label={label} />}
    </Section>
  );
}

function DecisionForm({ orgId, itemKey, label }: { orgId: string; itemKey: string; label: string }) {
  const { t } = useTranslation();
  const id = (field: string) => `item-${itemKey}-decision-${field}`;
  const form = useBrowserForm(useAddDecision(), {
    decidedOn: { id: id('date'), label: t('roadmap.decisions.decidedOnLabel') },
    decision: { id: id('what'), label: t('roadmap.decisions.decisionLabel') },
    rationale: { id: id('why'), label: t('roadmap.decisions.rationaleLabel') },
    decidedBy: { id: id('who'), label: t('roadmap.decisions.decidedByLabel') },
  });
  const { field } = form;
  const onSubmit = form.onSubmit((input, element) => {
    if (
      !form.check({
        decidedOn: !input.decidedOn && t('roadmap.errors.dateRequired'),
        decision: !input.decision && t('roadmap.errors.decisionRequired'),
        rationale: !input.rationale && t('roadmap.errors.rationaleRequired'),
        decidedBy: !input.decidedBy && t('roadmap.errors.decidedByRequired'),
      })
    )
      return;
    form.submit(
      { orgId, itemKey, ...input },
      {
        onSuccess: () => {
          element.reset();
          form.succeed(t('roadmap.decisions.added', { item: label }), false);
        },
      },
    );
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={id('title')}>
      <h4 id={id('title')}>{t('roadmap.decisions.formTitle')}</h4>
      <SectionFeedback feedback={form.feedback} fields={form.fields} />
      <TextField
        {...field('decidedOn')}
        type="date"
        className="input--date"
        defaultValue={today()}
        required
      />
      <TextAreaField {...field('decision')} rows={2} required />
      <TextAreaField {...field('rationale')} rows={3} required />
      <TextField
        {...field('decidedBy')}
        hint={t('roadmap.decisions.decidedByHint')}
        autoComplete="off"
        required
      />
      <FormActions label={t('roadmap.decisions.submit')} hiddenLabel={label} />
    </form>
  );
}

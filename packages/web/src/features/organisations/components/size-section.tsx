import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { NumberField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { parseDecimal } from '../../../lib/format.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormMutation } from '../../../lib/use-form-mutation.ts';
import {
  type OrganisationSize,
  useOrganisationSize,
  useSaveOrganisationSize,
} from '../api/organisation-size.ts';

/**
 * The organisation's size (staff FTE, clients per year): the network sets its figures against it,
 * so that a small organisation compares fairly with a large one. The org admin changes it.
 */
export function SizeSection({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const size = useOrganisationSize(orgId);
  return (
    <Section id="size-title" title={t('organisation.size.title')}>
      <p>{t('organisation.size.intro')}</p>
      <QueryState query={size}>
        {(data) => (canManage ? <SizeForm orgId={orgId} size={data} /> : <SizeFacts size={data} />)}
      </QueryState>
    </Section>
  );
}

function SizeFacts({ size }: { size: OrganisationSize }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('organisation.size.staffFte')}</dt>
      <dd>{size.staffFte ?? t('organisation.size.unknown')}</dd>
      <dt>{t('organisation.size.clientsPerYear')}</dt>
      <dd>{size.clientsPerYear ?? t('organisation.size.unknown')}</dd>
    </dl>
  );
}

function SizeForm({ orgId, size }: { orgId: string; size: OrganisationSize }) {
  const { t } = useTranslation();
  const form = useFormMutation(useSaveOrganisationSize());
  const fields = {
    staffFte: { id: 'size-staff-fte', label: t('organisation.size.staffFte') },
    clientsPerYear: { id: 'size-clients', label: t('organisation.size.clientsPerYear') },
  };
  const { values, bind } = useFieldValues(
    fields,
    {
      staffFte: size.staffFte === null ? '' : String(size.staffFte).replace('.', ','),
      clientsPerYear: size.clientsPerYear === null ? '' : String(size.clientsPerYear),
    },
    form.problem,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fte = parseDecimal(values.staffFte);
    const perYear = parseDecimal(values.clientsPerYear);
    const fine = form.check({
      staffFte: fte !== null && !(fte >= 0) && t('organisation.size.errors.staffFte'),
      clientsPerYear:
        perYear !== null &&
        !(Number.isInteger(perYear) && perYear >= 0) &&
        t('organisation.size.errors.clients'),
    });
    if (!fine) return;
    form.submit(
      { orgId, version: size.version, staffFte: fte, clientsPerYear: perYear },
      { onSuccess: () => form.succeed(t('organisation.size.saved')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <SectionFeedback feedback={form.feedback} fields={fields} />
      <NumberField {...bind('staffFte')} hint={t('organisation.size.staffFteHint')} decimal />
      <NumberField {...bind('clientsPerYear')} hint={t('organisation.size.clientsHint')} />
      <Button type="submit" aria-disabled={form.pending}>
        {t('organisation.size.save')}
      </Button>
    </form>
  );
}

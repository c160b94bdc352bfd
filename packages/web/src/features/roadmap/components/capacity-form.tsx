import { type AdviceRole, adviceRoles, capacityHours } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { bindFields } from '../../../lib/use-field-values.ts';
import { useFormMutation } from '../../../lib/use-form-mutation.ts';
import type { AppointedCapacity } from '../api/get-roadmap.ts';
import { conflictingCapacity, useSaveCapacity } from '../api/save-capacity.ts';

type Draft = { role: AdviceRole; hoursPerWeek: string; startedOn: string; endsOn: string };
const draftOf = (capacity: AppointedCapacity | null): Draft => ({
  role: capacity?.role ?? 'policyOfficer',
  hoursPerWeek: capacity ? String(capacity.hoursPerWeek) : '',
  startedOn: capacity?.startedOn ?? '',
  endsOn: capacity?.endsOn ?? '',
});

/**
 * Records who was actually appointed in step 3 (one of the advice's three roles), for how many hours
 * a week, from when and until when, so the advice can be set against it. A save carries the version
 * it started from; when someone saved first, the form shows what is there now and starts from it.
 */
export function CapacityForm({ orgId, capacity }: { orgId: string; capacity: AppointedCapacity | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveCapacity();
  const form = useFormMutation(save);
  const [base, setBase] = useState(capacity);
  const [draft, setDraft] = useState<Draft>(() => draftOf(capacity));
  const [theirs, setTheirs] = useState<AppointedCapacity | null>(null);
  const fields = {
    role: { id: 'capacity-role', label: t('roadmap.capacity.role') },
    hoursPerWeek: { id: 'capacity-hours', label: t('roadmap.capacity.hours') },
    startedOn: { id: 'capacity-start', label: t('roadmap.capacity.startedOn') },
    endsOn: { id: 'capacity-end', label: t('roadmap.capacity.endsOn') },
  };
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const bind = bindFields(fields, draft, (name, value) => change({ [name]: value }), form.problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const hours = Number(draft.hoursPerWeek);
    const ok = form.check({
      hoursPerWeek:
        (!Number.isInteger(hours) || hours < capacityHours.min || hours > capacityHours.max) &&
        t('roadmap.capacity.errors.hours', capacityHours),
      startedOn: !draft.startedOn && t('roadmap.capacity.errors.startedOn'),
      endsOn: draft.endsOn !== '' && draft.endsOn < draft.startedOn && t('roadmap.capacity.errors.endsOn'),
    });
    if (!ok) return;
    form.submit(
      {
        orgId,
        version: base?.version,
        role: draft.role,
        hoursPerWeek: hours,
        startedOn: draft.startedOn,
        endsOn: draft.endsOn || null,
      },
      {
        onSuccess: ({ capacity: saved }) => {
          setBase(saved);
          setDraft(draftOf(saved));
          setTheirs(null);
          form.succeed(t('roadmap.capacity.saved'));
        },
        onError: (error) => {
          const current = conflictingCapacity(error);
          if (current) {
            setBase(current);
            setTheirs(current);
          }
        },
      },
    );
  };

  return (
    <form className="form capacity-form" noValidate onSubmit={onSubmit} aria-labelledby="capacity-title">
      <h3 id="capacity-title">{t('roadmap.capacity.title')}</h3>
      <p>{t('roadmap.capacity.intro')}</p>
      <SectionFeedback feedback={form.feedback} fields={fields} />
      {theirs && (
        <p className="notice">
          {t('roadmap.capacity.theirs', {
            role: t(`roadmap.adviceRole.${theirs.role}`),
            hours: theirs.hoursPerWeek,
            since: formatDay(theirs.startedOn, locale),
          })}
        </p>
      )}
      <SelectField {...bind('role')}>
        <Options values={adviceRoles} label={(role) => t(`roadmap.adviceRole.${role}`)} />
      </SelectField>
      <TextField
        {...bind('hoursPerWeek')}
        hint={t('roadmap.capacity.hoursHint', capacityHours)}
        type="number"
        inputMode="numeric"
        min={capacityHours.min}
        max={capacityHours.max}
      />
      <TextField {...bind('startedOn')} type="date" required />
      <TextField {...bind('endsOn')} hint={t('roadmap.capacity.endsOnHint')} type="date" />
      <FormActions label={t('roadmap.capacity.save')} pending={save.isPending} />
    </form>
  );
}

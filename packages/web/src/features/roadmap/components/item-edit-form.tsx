import { type ItemStatus, itemStatuses } from '@derde-bron/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import type { Owner } from '../api/get-owners.ts';
import type { RoadmapItem } from '../api/get-roadmap.ts';
import { conflictingItem, type ItemDraft, useUpdateItem } from '../api/update-item.ts';

const draftOf = (item: RoadmapItem): ItemDraft => ({
  status: item.status,
  ownerMembershipId: item.ownerMembershipId,
  dueDate: item.dueDate,
  notes: item.notes,
  notApplicableReason: item.notApplicableReason,
});

const sameDraft = (a: ItemDraft, b: ItemDraft) =>
  a.status === b.status &&
  a.ownerMembershipId === b.ownerMembershipId &&
  a.dueDate === b.dueDate &&
  a.notes === b.notes &&
  (a.status !== 'notApplicable' || (a.notApplicableReason ?? '') === (b.notApplicableReason ?? ''));

/**
 * Someone else saved the item after this form was opened: what is saved now (`current`), and what
 * this person tried to save (`mine`), which stays in view until they save again.
 */
type Conflict = { message: string; current: RoadmapItem; mine: ItemDraft; takenOver: boolean };

type Props = {
  orgId: string;
  item: RoadmapItem;
  /** "1.2 Titel", for the messages and the button's full name. */
  label: string;
  owners: Owner[];
  /** The guide words the item as optional: only then is "niet van toepassing" offered. */
  optional: boolean;
};

/**
 * Changes an item's status, owner, due date and notes. The save carries the version the form
 * started from: when someone else saved in between, the server refuses, and the form shows their
 * values next to the person's own, so that nothing is lost and nothing is overwritten unseen.
 */
export function ItemEditForm({ orgId, item, label, owners, optional }: Props) {
  const { t } = useTranslation();
  const update = useUpdateItem();
  const [base, setBase] = useState(item);
  const [draft, setDraft] = useState<ItemDraft>(() => draftOf(item));
  const { problem, setProblem, fail } = useFormFeedback();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<object | null>(null);
  const conflictRef = useFocusWhen<HTMLDivElement>(conflict && !conflict.takenOver ? conflict : null);
  const id = (field: string) => `item-${item.itemKey}-${field}`;
  const fields = {
    status: { id: id('status'), label: t('roadmap.item.status') },
    notApplicableReason: { id: id('reason'), label: t('roadmap.item.reason') },
    ownerMembershipId: { id: id('owner'), label: t('roadmap.item.owner') },
    dueDate: { id: id('due'), label: t('roadmap.item.dueDate') },
    notes: { id: id('notes'), label: t('roadmap.item.notes') },
  };

  // A newer version came in (the page was refreshed after another save) and nothing was changed
  // here yet: start from it, so that a save does not run into a conflict for nothing.
  const dirty = !sameDraft(draft, draftOf(base));
  useEffect(() => {
    if (item.version > base.version && !dirty && !conflict) {
      setBase(item);
      setDraft(draftOf(item));
    }
  }, [item, base.version, dirty, conflict]);

  const change = (patch: Partial<ItemDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const reason = (draft.notApplicableReason ?? '').trim();
    const found = checkFields(
      {
        notApplicableReason:
          draft.status === 'notApplicable' && !reason && t('roadmap.errors.reasonRequired'),
      },
      t('form.checkFields'),
    );
    setProblem(found);
    setSaved(null);
    if (found) return;
    const mine = { ...draft, notApplicableReason: draft.status === 'notApplicable' ? reason : null };
    update.mutate(
      { orgId, itemKey: item.itemKey, version: base.version, change: mine },
      {
        onSuccess: (result) => {
          setBase(result);
          setDraft(draftOf(result));
          setConflict(null);
          setSaved({});
        },
        onError: (error) => {
          const current = conflictingItem(error);
          if (current) {
            setConflict({ message: error.message, current, mine, takenOver: false });
            return;
          }
          fail(error);
        },
      },
    );
  };

  const takeOver = () => {
    if (!conflict) return;
    setBase(conflict.current);
    setDraft(draftOf(conflict.current));
    setConflict({ ...conflict, takenOver: true });
    document.getElementById(fields.status.id)?.focus();
  };

  return (
    <form className="form item-form" noValidate onSubmit={onSubmit} aria-labelledby={id('form-title')}>
      <h3 id={id('form-title')}>{t('roadmap.item.editTitle')}</h3>
      <ErrorSummary problem={problem} fields={fields} />
      {conflict && !conflict.takenOver && (
        <div className="alert alert--error conflict" role="alert" tabIndex={-1} ref={conflictRef}>
          <p className="alert__title">{conflict.message}</p>
          <ConflictValues
            title={t('roadmap.conflict.theirs')}
            values={draftOf(conflict.current)}
            ownerName={conflict.current.ownerName}
            owners={owners}
          />
          <ConflictValues title={t('roadmap.conflict.mine')} values={conflict.mine} owners={owners} />
          <div className="button-row">
            <Button variant="primary" onClick={takeOver}>
              {t('roadmap.conflict.takeOver')}
            </Button>
          </div>
        </div>
      )}
      {conflict?.takenOver && (
        <div className="notice conflict">
          <p>{t('roadmap.conflict.takenOver')}</p>
          <ConflictValues title={t('roadmap.conflict.mine')} values={conflict.mine} owners={owners} />
          {conflict.mine.notes !== draft.notes && conflict.mine.notes.trim() !== '' && (
            <Button onClick={() => change({ notes: conflict.mine.notes })}>
              {t('roadmap.conflict.reapplyNotes')}
            </Button>
          )}
        </div>
      )}
      {saved && (
        <SuccessMessage>
          <p>{t('roadmap.item.saved', { item: label })}</p>
        </SuccessMessage>
      )}
      <SelectField
        id={fields.status.id}
        label={fields.status.label}
        value={draft.status}
        onChange={(event) => change({ status: event.target.value as ItemStatus })}
        error={problem?.fields.status}
        hint={optional ? t('roadmap.item.optionalHint') : t('roadmap.item.requiredHint')}
      >
        {/* A required item keeps "niet van toepassing" only if older data has it, so it can be changed. */}
        {itemStatuses
          .filter((status) => status !== 'notApplicable' || optional || base.status === 'notApplicable')
          .map((status) => (
            <option key={status} value={status}>
              {t(`roadmap.status.${status}`)}
            </option>
          ))}
      </SelectField>
      {draft.status === 'notApplicable' && (
        <TextAreaField
          id={fields.notApplicableReason.id}
          label={fields.notApplicableReason.label}
          hint={t('roadmap.item.reasonHint')}
          rows={2}
          required
          value={draft.notApplicableReason ?? ''}
          onChange={(event) => change({ notApplicableReason: event.target.value })}
          error={problem?.fields.notApplicableReason}
        />
      )}
      <SelectField
        id={fields.ownerMembershipId.id}
        label={fields.ownerMembershipId.label}
        value={draft.ownerMembershipId ?? ''}
        onChange={(event) => change({ ownerMembershipId: event.target.value || null })}
        error={problem?.fields.ownerMembershipId}
      >
        <OwnerOptions owners={owners} current={base} />
      </SelectField>
      <TextField
        id={fields.dueDate.id}
        label={fields.dueDate.label}
        hint={t('roadmap.item.dueDateHint')}
        type="date"
        className="input--date"
        value={draft.dueDate ?? ''}
        onChange={(event) => change({ dueDate: event.target.value || null })}
        error={problem?.fields.dueDate}
      />
      <TextAreaField
        id={fields.notes.id}
        label={fields.notes.label}
        value={draft.notes}
        onChange={(event) => change({ notes: event.target.value })}
        error={problem?.fields.notes}
      />
      <FormActions label={t('roadmap.item.save')} hiddenLabel={label} />
    </form>
  );
}

/** The members to choose from, plus today's owner if they are not in the list (any more). */
export function OwnerOptions({
  owners,
  current,
}: {
  owners: Owner[];
  current?: { ownerMembershipId: string | null; ownerName: string | null };
}) {
  const { t } = useTranslation();
  const missing =
    current?.ownerMembershipId && !owners.some((owner) => owner.id === current.ownerMembershipId)
      ? current
      : null;
  return (
    <>
      <option value="">{t('roadmap.item.noOwner')}</option>
      {owners.map((owner) => (
        <option key={owner.id} value={owner.id}>
          {owner.name}
        </option>
      ))}
      {missing?.ownerMembershipId && (
        <option value={missing.ownerMembershipId}>
          {missing.ownerName ?? t('roadmap.history.formerOwner')}
        </option>
      )}
    </>
  );
}

function ConflictValues({
  title,
  values,
  ownerName,
  owners,
}: {
  title: string;
  values: ItemDraft;
  ownerName?: string | null;
  owners: Owner[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const owner = values.ownerMembershipId
    ? (ownerName ??
      owners.find((o) => o.id === values.ownerMembershipId)?.name ??
      t('roadmap.history.formerOwner'))
    : t('roadmap.item.noOwner');
  return (
    <div className="conflict__values">
      <p className="conflict__title">{title}</p>
      <dl className="summary-list summary-list--compact">
        <SummaryRow label={t('roadmap.item.status')}>
          {t(`roadmap.status.${values.status}`)}
          {values.status === 'notApplicable' && values.notApplicableReason && (
            <> ({values.notApplicableReason})</>
          )}
        </SummaryRow>
        <SummaryRow label={t('roadmap.item.owner')}>{owner}</SummaryRow>
        <SummaryRow label={t('roadmap.item.dueDate')}>
          {values.dueDate ? formatDay(values.dueDate, locale) : t('roadmap.item.noDueDate')}
        </SummaryRow>
        <div className="summary-list__row">
          <dt>{t('roadmap.item.notes')}</dt>
          <dd className="preserve-lines">{values.notes.trim() ? values.notes : t('roadmap.item.noNotes')}</dd>
        </div>
      </dl>
    </div>
  );
}

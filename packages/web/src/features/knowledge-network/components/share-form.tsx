import { defaultLicence } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextAreaField, TextField } from '../../../components/form-field.tsx';
import type { checkFields } from '../../../lib/form-problem.ts';
import { type FieldLabel, useFieldValues } from '../../../lib/use-field-values.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import type { FrameworkVersion } from '../../framework/api/get-framework.ts';
import { type NamesFound, namesFoundIn } from '../api/knowledge-network.ts';
import { PlaceFields } from './place-fields.tsx';

type Content = FrameworkVersion['content'];

/** The step and item a shared item or link belongs to, as the API takes them (none: null). */
export const placeInput = (value: { stepKey: string; itemKey: string }) => ({
  stepKey: value.stepKey || null,
  itemKey: value.itemKey || null,
});

/** The labels of the place fields (PlaceFields) for a form's `fields`. */
export function usePlaceFieldLabels(prefix: string): { stepKey: FieldLabel; itemKey: FieldLabel } {
  const { t } = useTranslation();
  return {
    stepKey: { id: `${prefix}-step`, label: t('knowledgeNetwork.stepLabel') },
    itemKey: { id: `${prefix}-item`, label: t('knowledgeNetwork.itemLabel') },
  };
}

const emptyCommon = { title: '', summary: '', licence: defaultLicence, stepKey: '', itemKey: '' };
type CommonFields = typeof emptyCommon;

type ShareMutation<Input> = {
  mutate: (input: Input, handlers: { onSuccess: () => void; onError: (error: Error) => void }) => void;
  isPending: boolean;
};

/**
 * A share form: the fields every share has (title, summary, licence, place) with `bind` for them,
 * the title and licence checks beside the form's own, and `send`: a 422 from the server shows the
 * names warning (whose button sends again with `confirmNames`), any other problem the form's
 * message, and a share that went through empties the form.
 */
export function useShareForm<Input>({
  prefix,
  share,
  input,
  checks,
  reset,
}: {
  /** The start of the form's field ids. */
  prefix: string;
  share: ShareMutation<Input>;
  /** What the form sends, from the common fields as the API takes them; undefined: nothing to send. */
  input: (common: ReturnType<typeof commonInput> & { confirmNames: boolean }) => Input | undefined;
  /** The form's own checks before sending (see useFormFeedback().check). */
  checks: Parameters<typeof checkFields>[0];
  /** Empties the form's own fields once a share went through. */
  reset: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormFeedback();
  const [warning, setWarning] = useState<NamesFound | null>(null);
  const fields = {
    title: { id: `${prefix}-title`, label: t('knowledgeNetwork.columns.title') },
    summary: { id: `${prefix}-summary`, label: t('knowledgeNetwork.share.summary') },
    licence: { id: `${prefix}-licence`, label: t('knowledgeNetwork.columns.licence') },
    ...usePlaceFieldLabels(prefix),
  };
  const { values, setValues, bind } = useFieldValues(fields, emptyCommon, form.problem);
  const send = (confirmNames: boolean) => {
    const sent = input({ ...commonInput(values), confirmNames });
    if (!sent) return;
    setWarning(null);
    share.mutate(sent, {
      onSuccess: () => {
        setValues(emptyCommon);
        reset();
        form.succeed(t('knowledgeNetwork.share.done', { title: values.title }));
      },
      onError: (error) => {
        const found = namesFoundIn(error);
        if (found) setWarning(found);
        else form.fail(error);
      },
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (share.isPending) return;
    const ok = form.check({
      title: !values.title.trim() && t('knowledgeNetwork.errors.titleRequired'),
      licence: !values.licence.trim() && t('knowledgeNetwork.errors.licenceRequired'),
      ...checks,
    });
    if (ok) send(false);
  };
  const setPlace = (stepKey: string, itemKey: string) =>
    setValues((current) => ({ ...current, stepKey, itemKey }));
  return {
    form,
    fields,
    onSubmit,
    /** For CommonFieldsBlock. */
    common: { prefix, bind, values, setPlace },
    warning,
    /** Sends again, the names checked (NameWarning's button). */
    confirmNames: () => send(true),
  };
}

const commonInput = (value: CommonFields) => ({
  title: value.title,
  summary: value.summary,
  licence: value.licence,
  ...placeInput(value),
});

/** The fields every share has: title, summary, licence and place. */
export function CommonFieldsBlock({
  content,
  common: { prefix, bind, values, setPlace },
}: {
  content: Content;
  common: ReturnType<typeof useShareForm>['common'];
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField {...bind('title')} required />
      <TextAreaField {...bind('summary')} hint={t('knowledgeNetwork.share.summaryHint')} />
      <TextField {...bind('licence')} hint={t('knowledgeNetwork.share.licenceHint')} required />
      <PlaceFields
        prefix={prefix}
        content={content}
        stepKey={values.stepKey}
        itemKey={values.itemKey}
        onChange={setPlace}
      />
    </>
  );
}

/** The warning before sharing: names of the organisation's own people, or a file not read. */
export function NameWarning({ found, onConfirm }: { found: NamesFound; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert" role="alert">
      <p>
        <strong>{t('knowledgeNetwork.names.title')}</strong>
      </p>
      {found.names.length > 0 && (
        <p>{t('knowledgeNetwork.names.found', { names: found.names.join(', ') })}</p>
      )}
      {!found.textChecked && <p>{t('knowledgeNetwork.names.notRead')}</p>}
      <p>{t('knowledgeNetwork.names.check')}</p>
      <Button variant="primary" onClick={onConfirm}>
        {t('knowledgeNetwork.names.confirm')}
      </Button>
    </div>
  );
}

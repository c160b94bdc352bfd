import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions.tsx';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type CreatedLink, useCreateLink } from '../api/create-link.ts';
import type { WaveGroup } from '../api/get-groups.ts';
import { GroupForm, useChosenGroup } from './group-form.tsx';
import { NewLink } from './new-link.tsx';
import { describeGroup } from './words.ts';

/**
 * Makes a shared link for one group. The new link is shown once (the server keeps only its hash);
 * it takes at most as many answers as the group has people, and asks no open questions.
 */
export function SharedLinkForm({
  orgId,
  waveId,
  groups,
}: {
  orgId: string;
  waveId: string;
  groups: WaveGroup[];
}) {
  const { t } = useTranslation();
  const create = useCreateLink();
  const choice = useChosenGroup(groups);
  const { chosen } = choice;
  const { feedback, setFeedback, fail } = useFormFeedback();
  const [created, setCreated] = useState<{ link: CreatedLink; group: WaveGroup } | null>(null);
  // After "Klaar" the link is gone: focus goes back to the button that makes another.
  const [doneCount, setDoneCount] = useState(0);
  const submitButton = useFocusWhen<HTMLButtonElement>(doneCount);
  const fields = { groupId: { id: 'shared-link-group', label: t('measurement.groups.group') } };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending || !chosen) return;
    setFeedback(null);
    setCreated(null);
    create.mutate(
      { orgId, waveId, groupId: chosen.id },
      {
        onSuccess: (link) => setCreated({ link, group: chosen }),
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <>
      <GroupForm
        titleId="shared-link-title"
        title={t('measurement.links.formTitle')}
        intro={t('measurement.links.intro')}
        choice={choice}
        feedback={feedback}
        fields={fields}
        onSubmit={onSubmit}
      >
        <FormActions
          label={t('measurement.links.submit')}
          pending={create.isPending}
          submitRef={submitButton}
        />
      </GroupForm>
      {created && (
        <NewLink
          link={created.link}
          group={describeGroup(created.group, t)}
          headcount={created.group.headcount}
          onDone={() => {
            setCreated(null);
            setDoneCount((count) => count + 1);
          }}
        />
      )}
    </>
  );
}

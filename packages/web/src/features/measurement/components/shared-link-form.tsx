import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { type CreatedLink, useCreateLink } from '../api/create-link.ts';
import type { WaveGroup } from '../api/get-groups.ts';
import { GroupSelect } from './group-select.tsx';
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
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const { feedback, setFeedback, fail } = useFormFeedback();
  const [created, setCreated] = useState<{ link: CreatedLink; group: WaveGroup } | null>(null);
  // After "Klaar" the link is gone: focus goes back to the button that makes another.
  const [doneCount, setDoneCount] = useState(0);
  const submitButton = useFocusWhen<HTMLButtonElement>(doneCount);
  const fields = { groupId: { id: 'shared-link-group', label: t('measurement.groups.group') } };
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  // A group declared since the form was shown is picked up; a stale choice falls back to the first.
  const chosen = groups.find((group) => group.id === groupId) ?? groups[0];

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
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="shared-link-title">
        <h3 id="shared-link-title">{t('measurement.links.formTitle')}</h3>
        <p>{t('measurement.links.intro')}</p>
        <SectionFeedback feedback={feedback} fields={fields} />
        <GroupSelect
          id={fields.groupId.id}
          groups={groups}
          value={chosen?.id ?? ''}
          onChange={setGroupId}
          error={problem?.fields.groupId}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" ref={submitButton}>
            {t('measurement.links.submit')}
          </button>
          {create.isPending && (
            <span className="status" role="status">
              {t('common.busy')}
            </span>
          )}
        </div>
      </form>
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

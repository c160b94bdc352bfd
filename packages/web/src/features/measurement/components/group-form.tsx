import { type FormEvent, type ReactNode, useState } from 'react';
import type { FieldRefs } from '../../../components/error-summary.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import type { WaveGroup } from '../api/get-groups.ts';
import { GroupSelect } from './group-select.tsx';

/**
 * The group a form is for. A group declared since the form was shown is picked up; a stale
 * choice falls back to the first.
 */
export function useChosenGroup(groups: WaveGroup[]) {
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const chosen = groups.find((group) => group.id === groupId) ?? groups[0];
  return { groups, chosen, choose: setGroupId };
}

/** The groups a form may be about, the one chosen and how to choose another (useChosenGroup). */
export type GroupChoice = ReturnType<typeof useChosenGroup>;

/**
 * A form about one group of a wave (a shared link, e-mail invitations): its title, intro, what
 * the last submit led to, and the group to pick; the form's own fields and actions follow.
 */
export function GroupForm({
  titleId,
  title,
  intro,
  choice,
  feedback,
  fields,
  onSubmit,
  children,
}: {
  titleId: string;
  title: string;
  intro: string;
  choice: GroupChoice;
  feedback: Feedback;
  fields: FieldRefs & { groupId: { id: string; label: string } };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const problem = feedback?.kind === 'error' ? feedback.problem : null;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p>{intro}</p>
      <SectionFeedback feedback={feedback} fields={fields} />
      <GroupSelect
        id={fields.groupId.id}
        groups={choice.groups}
        value={choice.chosen?.id ?? ''}
        onChange={choice.choose}
        error={problem?.fields.groupId}
      />
      {children}
    </form>
  );
}

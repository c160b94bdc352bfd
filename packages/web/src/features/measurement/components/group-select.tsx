import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field.tsx';
import type { WaveGroup } from '../api/get-groups.ts';
import { describeGroup } from './words.ts';

/** Picks one group of the wave, named with its team, perspective and the people declared. */
export function GroupSelect({
  id,
  groups,
  value,
  onChange,
  error,
  hint,
}: {
  id: string;
  groups: readonly WaveGroup[];
  value: string;
  onChange: (groupId: string) => void;
  error?: string | undefined;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      name="groupId"
      label={t('measurement.groups.group')}
      hint={hint}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      {groups.map((group) => (
        <option key={group.id} value={group.id}>
          {t('measurement.groups.option', { group: describeGroup(group, t), count: group.headcount })}
        </option>
      ))}
    </SelectField>
  );
}

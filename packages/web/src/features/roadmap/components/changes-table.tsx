import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import type { ItemChangeEntry } from '../api/get-roadmap.ts';
import { type ChangeContext, useChangeWords } from './words.ts';

/** What one saved change changed, a field a line, in words. */
export function ChangeList({
  changes,
  describe,
}: {
  changes: ItemChangeEntry['changes'];
  describe: ReturnType<typeof useChangeWords>['describe'];
}) {
  return (
    <ul className="plain-list">
      {changes.map((change) => (
        <li key={change.field}>{describe(change)}</li>
      ))}
    </ul>
  );
}

/** Changes to items: when, who, which item (by its title) and what changed from what to what. */
export function ChangesTable({
  changes,
  caption,
  labels,
  ownerName,
}: {
  changes: ItemChangeEntry[];
  caption: string;
  /** "1.2 Titel" per item key. */
  labels: Map<string, string>;
  ownerName: ChangeContext['ownerName'];
}) {
  const { t } = useTranslation();
  const { describe, time } = useChangeWords(ownerName);
  return (
    <DataTable
      caption={caption}
      columns={columnsUnder(t, 'roadmap.history', ['when', 'who', 'item', 'what'])}
    >
      {changes.map((entry) => (
        <tr key={entry.id}>
          <td>
            <time dateTime={entry.changedAt}>{time.format(new Date(entry.changedAt))}</time>
          </td>
          <td>{entry.changedByName || t('roadmap.history.notRecorded')}</td>
          <td>{labels.get(entry.itemKey) ?? t('roadmap.history.formerItem')}</td>
          <td className="table__break">
            <ChangeList changes={entry.changes} describe={describe} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

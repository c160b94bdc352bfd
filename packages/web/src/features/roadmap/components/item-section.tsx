import type { StepItem } from '@derde-bron/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { useItem } from '../api/get-item.ts';
import type { Owner } from '../api/get-owners.ts';
import type { RoadmapItem } from '../api/get-roadmap.ts';
import { ChangeList } from './changes-table.tsx';
import { DecisionsSection } from './decisions-section.tsx';
import { EvidenceSection } from './evidence-section.tsx';
import { ItemEditForm } from './item-edit-form.tsx';
import { type ChangeContext, useChangeWords } from './words.ts';

type Props = {
  orgId: string;
  stepNumber: number;
  content: StepItem;
  item: RoadmapItem;
  canEdit: boolean;
  owners: Owner[];
  ownerName: ChangeContext['ownerName'];
};

/** One item of a step: what it asks, where it stands, and (for editors) the forms to change it. */
export function ItemSection({ orgId, stepNumber, content, item, canEdit, owners, ownerName }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  // A step has up to five items, each with several forms: an item's work opens when asked for (or
  // when a link points at it), so the page stays short on a phone and loads only what is opened.
  const [open, setOpen] = useState(() => window.location.hash === `#item-${item.itemKey}`);
  const number = `${stepNumber}.${content.number}`;
  const label = `${number} ${l(content.title)}`;
  const titleId = `item-${item.itemKey}-title`;
  return (
    <section className="card item-card" aria-labelledby={titleId} id={`item-${item.itemKey}`}>
      <h2 id={titleId}>
        <span className="item-list__number">{number}</span> {l(content.title)}
      </h2>
      <p>{l(content.text)}</p>
      {content.coreTasks && (
        <>
          <h3>{t('step.coreTasksTitle')}</h3>
          <ol type="a" className="core-tasks">
            {content.coreTasks.map((task) => (
              <li key={task.letter}>{l(task.text)}</li>
            ))}
          </ol>
        </>
      )}

      <h3>{t('roadmap.item.nowTitle')}</h3>
      <dl className="summary-list">
        <SummaryRow label={t('roadmap.item.status')}>
          <span className={`status status--${item.status}`}>{t(`roadmap.status.${item.status}`)}</span>
        </SummaryRow>
        {item.status === 'notApplicable' && (
          <div className="summary-list__row">
            <dt>{t('roadmap.item.reasonShort')}</dt>
            <dd className="preserve-lines">{item.notApplicableReason}</dd>
          </div>
        )}
        <SummaryRow label={t('roadmap.item.owner')}>{item.ownerName ?? t('roadmap.item.noOwner')}</SummaryRow>
        <SummaryRow label={t('roadmap.item.dueDate')}>
          {item.dueDate ? formatDay(item.dueDate, locale) : t('roadmap.item.noDueDate')}
        </SummaryRow>
        <div className="summary-list__row">
          <dt>{t('roadmap.item.notes')}</dt>
          <dd className="preserve-lines">{item.notes.trim() ? item.notes : t('roadmap.item.noNotes')}</dd>
        </div>
      </dl>

      <details
        className="details item-work"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary>{t(canEdit ? 'roadmap.item.workTitle' : 'roadmap.item.detailsTitle')}</summary>
        {open && (
          <ItemWork
            orgId={orgId}
            item={item}
            label={label}
            canEdit={canEdit}
            owners={owners}
            ownerName={ownerName}
            optional={content.optional === true}
          />
        )}
      </details>
    </section>
  );
}

/** What an opened item offers: for editors the forms, for everyone its decisions, evidence and history. */
function ItemWork({
  orgId,
  item,
  label,
  canEdit,
  owners,
  ownerName,
  optional,
}: Omit<Props, 'stepNumber' | 'content'> & { label: string; optional: boolean }) {
  const details = useItem(orgId, item.itemKey);
  // What the decisions and the evidence of the item are about, and who may add to them.
  const about = { orgId, itemKey: item.itemKey, label, canEdit };
  return (
    <>
      {canEdit && (
        <ItemEditForm orgId={orgId} item={item} label={label} owners={owners} optional={optional} />
      )}
      <QueryState query={details}>
        {(data) => (
          <>
            <DecisionsSection {...about} decisions={data.decisions} />
            <EvidenceSection {...about} evidence={data.evidence} />
            <ItemHistory history={data.history} ownerName={ownerName} />
          </>
        )}
      </QueryState>
    </>
  );
}

function ItemHistory({
  history,
  ownerName,
}: {
  history: Array<{
    id: string;
    changedByName: string;
    changedAt: string;
    changes: { field: string; from: string | null; to: string | null }[];
  }>;
  ownerName: ChangeContext['ownerName'];
}) {
  const { t } = useTranslation();
  const { describe, time } = useChangeWords(ownerName);
  return (
    <details className="details item-history">
      <summary>{t('roadmap.item.historyTitle', { count: history.length })}</summary>
      <OrNone items={history} none={t('roadmap.item.noHistory')}>
        <ul className="history-list">
          {history.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.changedAt}>{time.format(new Date(entry.changedAt))}</time>,{' '}
              {entry.changedByName}:
              <ChangeList changes={entry.changes} describe={describe} />
            </li>
          ))}
        </ul>
      </OrNone>
    </details>
  );
}

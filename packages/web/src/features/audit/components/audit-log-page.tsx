import { orgAuditActions } from '@derde-bron/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Options } from '../../../components/options.tsx';
import { dateTimeFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFieldValues } from '../../../lib/use-field-values.ts';
import { RetentionNote } from '../../operations/components/retention-note.tsx';
import { type AuditEntry, type AuditFilter, useAuditLog } from '../api/get-audit-log.ts';

/** The action in words; a role change also says from which role to which. */
export function useDescribeAction() {
  const { t, i18n } = useTranslation();
  return (entry: Pick<AuditEntry, 'action' | 'details'>) => {
    const key = `audit.actions.${entry.action}`;
    // Never the action's code on the page: an action without words is "another action".
    if (!i18n.exists(key) || typeof i18n.t(key, { returnObjects: true }) !== 'string')
      return t('audit.actions.unknown');
    const role = (value: unknown) =>
      typeof value === 'string' && i18n.exists(`roles.${value}`) ? t(`roles.${value}`) : String(value ?? '');
    return t(key, {
      ...entry.details,
      from: role(entry.details.from),
      to: role(entry.details.to),
      role: role(entry.details.role),
    });
  };
}

const noFilter: AuditFilter = { action: '', from: '', to: '' };

/** The filter names kinds of action, not one entry: "… invitations sent", "role changed from … to …". */
const anyDetails = { role: '…', from: '…', to: '…', count: '…', headcount: '…' };

function AuditFilterForm({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeAction();
  const fields = {
    action: { id: 'audit-action', label: t('audit.filter.action') },
    from: { id: 'audit-from', label: t('audit.filter.from') },
    to: { id: 'audit-to', label: t('audit.filter.to') },
  };
  const { values, bind } = useFieldValues(fields, noFilter, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form className="form form--inline" aria-label={t('audit.filter.title')} onSubmit={onSubmit} noValidate>
      <SelectField {...bind('action')}>
        <Options
          values={orgAuditActions}
          none={t('audit.filter.allActions')}
          label={(action) => describe({ action, details: anyDetails })}
        />
      </SelectField>
      <TextField {...bind('from')} type="date" />
      <TextField {...bind('to')} type="date" />
      <Button type="submit">{t('audit.filter.apply')}</Button>
    </form>
  );
}

/** The organisation's log: who did what and when, newest first, a page at a time (org_admin). */
export function AuditLog({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [filter, setFilter] = useState<AuditFilter>(noFilter);
  const log = useAuditLog(orgId, filter);
  const describe = useDescribeAction();
  const time = dateTimeFormat(locale);
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <>
      <p className="lead">{t('audit.intro')}</p>
      <p>
        <Link to="/organisatie">{t('audit.back')}</Link>
      </p>
      <AuditFilterForm onApply={setFilter} />
      {log.isPending ? (
        <p>{t('common.loading')}</p>
      ) : log.isError ? (
        <p role="alert">{log.error.message}</p>
      ) : entries.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <>
          <DataTable
            caption={t('audit.caption', { count: entries.length })}
            columns={[t('audit.when'), t('audit.who'), t('audit.what')]}
          >
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time>
                </td>
                <td>{entry.actorName ?? <span className="muted">{t('audit.unknownActor')}</span>}</td>
                <td>{describe(entry)}</td>
              </tr>
            ))}
          </DataTable>
          {log.hasNextPage && (
            <Button
              variant="secondary"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {t('audit.more')}
            </Button>
          )}
        </>
      )}
      <RetentionNote kind="auditLog" />
    </>
  );
}

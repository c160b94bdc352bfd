import { can } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { type AuditEntry, auditLogLimit, useAuditLog } from '../api/get-audit-log.ts';

/** The organisation's log: who did what and when, newest first (org_admin). */
export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
      <RequireSignIn allow={(session) => !!session.membership && can(session.membership.role, 'audit.read')}>
        {(session) => (session.membership ? <AuditLog orgId={session.membership.orgId} /> : null)}
      </RequireSignIn>
    </>
  );
}

/** The action in words; a role change also says from which role to which. */
export function useDescribeAction() {
  const { t, i18n } = useTranslation();
  return (entry: Pick<AuditEntry, 'action' | 'details'>) => {
    const key = `audit.actions.${entry.action}`;
    if (!i18n.exists(key)) return entry.action;
    const role = (value: unknown) =>
      typeof value === 'string' && i18n.exists(`roles.${value}`) ? t(`roles.${value}`) : String(value ?? '');
    return t(key, {
      from: role(entry.details.from),
      to: role(entry.details.to),
      role: role(entry.details.role),
      count: typeof entry.details.count === 'number' ? entry.details.count : undefined,
    });
  };
}

function AuditLog({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const log = useAuditLog(orgId);
  const describe = useDescribeAction();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p className="lead">{t('audit.intro', { limit: auditLogLimit })}</p>
      <p>
        <Link to="/organisatie">{t('audit.back')}</Link>
      </p>
      <QueryState query={log}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <caption>{t('audit.caption', { count: entries.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>
                        <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time>
                      </td>
                      <td>{entry.actorName ?? <span className="muted">{t('audit.unknownActor')}</span>}</td>
                      <td>{describe(entry)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </>
  );
}

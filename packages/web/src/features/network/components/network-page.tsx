import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnsUnder, DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { EmailField, TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { checkFields } from '../../../lib/form-problem.ts';
import { longDateFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { UndeliveredMailNotice } from '../../mail/components/undelivered-mail.tsx';
import { useCreateOrganisation } from '../../organisations/api/create-organisation.ts';
import { useNetworkOrganisations } from '../../organisations/api/get-organisations.ts';
import { NetworkReports } from '../../reports/components/network-reports.tsx';
import { NetworkDashboard } from './network-dashboard.tsx';

/** The network administrator's page: the member organisations, and inviting a new one. */
export function NetworkAdmin() {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{t('network.intro')}</p>
      <NetworkDashboard />
      <NetworkReports />
      <OrganisationsTable />
      <InviteOrganisationForm />
    </>
  );
}

function OrganisationsTable() {
  const { t } = useTranslation();
  const locale = useLocale();
  const organisations = useNetworkOrganisations();
  const date = longDateFormat(locale);
  return (
    <Section id="organisations-title" title={t('network.organisationsTitle')}>
      <QueryState query={organisations} none={t('network.none')}>
        {(list) => (
          <DataTable
            caption={t('network.caption')}
            hideCaption
            columns={columnsUnder(t, 'network', ['name', { figure: 'memberCount' }, 'since'])}
          >
            {list.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td className="table__number">{organisation.memberCount}</td>
                <td>
                  <time dateTime={organisation.createdAt}>
                    {date.format(new Date(organisation.createdAt))}
                  </time>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Section>
  );
}

function InviteOrganisationForm() {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const { problem, setProblem, fail } = useFormFeedback();
  const [done, setDone] = useState<{ text: string } | null>(null);
  const fields = {
    name: { id: 'organisation-name', label: t('network.organisationName') },
    adminEmail: { id: 'organisation-admin-email', label: t('network.adminEmail') },
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const adminEmail = String(data.get('adminEmail') ?? '').trim();
    const found = checkFields(
      {
        name: !name && t('form.errors.organisationNameRequired'),
        adminEmail: !adminEmail && t('form.errors.emailRequired'),
      },
      t('form.checkFields'),
    );
    setProblem(found);
    setDone(null);
    if (found) return;
    create.mutate(
      { name, adminEmail },
      {
        onSuccess: (created) => {
          form.reset();
          setDone({
            text: t('network.invited', {
              name: created.name,
              email: adminEmail,
            }),
          });
        },
        onError: (error) => fail(error),
      },
    );
  };

  return (
    <Section id="invite-organisation-title" title={t('network.inviteTitle')}>
      <p>{t('network.inviteIntro')}</p>
      <UndeliveredMailNotice />
      {done && (
        <SuccessMessage focusKey={done}>
          <p>{done.text}</p>
        </SuccessMessage>
      )}
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary problem={problem} fields={fields} />
        <TextField
          id={fields.name.id}
          name="name"
          label={fields.name.label}
          autoComplete="off"
          required
          error={problem?.fields.name}
        />
        <EmailField
          {...fields.adminEmail}
          name="adminEmail"
          hint={t('network.adminEmailHint')}
          autoComplete="off"
          error={problem?.fields.adminEmail}
        />
        <FormActions label={t('network.submit')} />
      </form>
    </Section>
  );
}

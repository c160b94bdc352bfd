import { can, type OrgRole } from '@derde-bron/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';
import { sessionQueryKey } from '../../../lib/session.ts';
import { useParticipation, useUpdateParticipation } from '../../network/api/participation.ts';
import { exportFormats, exportUrl, useDeleteOrganisationData } from '../api/organisation-data.ts';
import type { OrganisationDeletedState } from './organisation-deleted-notice.tsx';

/**
 * On the organisation page: the network comparison and reports, taking part in the benchmark,
 * exporting everything and deleting everything. Each part only for the roles that may use it.
 */
export function OrganisationDataSection({
  orgId,
  organisationName,
  role,
}: {
  orgId: string;
  organisationName: string;
  role: OrgRole;
}) {
  const { t } = useTranslation();
  if (!can(role, 'network.compare') && !can(role, 'reports.read') && !can(role, 'data.export')) return null;
  return (
    <Section id="organisation-data-title" title={t('benchmark.data.title')}>
      <ul>
        {can(role, 'network.compare') && (
          <li>
            <Link to="/organisatie/vergelijken">{t('benchmark.data.compareLink')}</Link>
          </li>
        )}
        {can(role, 'reports.read') && (
          <li>
            <Link to="/organisatie/rapporten">{t('benchmark.data.reportsLink')}</Link>
          </li>
        )}
      </ul>
      {can(role, 'network.participation') && <ParticipationForm orgId={orgId} />}
      {can(role, 'data.export') && (
        <>
          <h3>{t('benchmark.data.exportTitle')}</h3>
          <p>{t('benchmark.data.exportIntro')}</p>
          <ul>
            {exportFormats.map((format) => (
              <li key={format}>
                <a href={exportUrl(orgId, format)} download>
                  {t(`benchmark.data.export.${format}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {can(role, 'data.delete') && <DeleteForm orgId={orgId} organisationName={organisationName} />}
    </Section>
  );
}

function ParticipationForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const participation = useParticipation(orgId);
  const update = useUpdateParticipation(orgId);
  return (
    <>
      <h3>{t('benchmark.data.participationTitle')}</h3>
      <QueryState query={participation}>
        {(data) => (
          <>
            <p>{t(data.optedOut ? 'benchmark.data.optedOut' : 'benchmark.data.optedIn')}</p>
            {update.isError && (
              <p className="alert alert--error" role="alert">
                {update.error.message}
              </p>
            )}
            <Button
              aria-disabled={update.isPending}
              onClick={() => !update.isPending && update.mutate({ optedOut: !data.optedOut })}
            >
              {t(data.optedOut ? 'benchmark.data.optIn' : 'benchmark.data.optOut')}
            </Button>
          </>
        )}
      </QueryState>
    </>
  );
}

function DeleteForm({ orgId, organisationName }: { orgId: string; organisationName: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useDeleteOrganisationData(orgId);
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remove.isPending) return;
    if (confirmation.trim() !== organisationName) {
      setError(t('benchmark.data.deleteMismatch'));
      return;
    }
    setError(undefined);
    remove.mutate(confirmation.trim(), {
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
        queryClient.removeQueries({ queryKey: queryKeys.organisations });
        navigate('/', {
          state: { organisationDeleted: organisationName } satisfies OrganisationDeletedState,
        });
      },
      onError: (failure) => setError(failure.message),
    });
  };

  return (
    <>
      <h3>{t('benchmark.data.deleteTitle')}</h3>
      <p>{t('benchmark.data.deleteIntro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="delete-confirmation"
          name="confirmation"
          label={t('benchmark.data.deleteLabel', { name: organisationName })}
          autoComplete="off"
          spellCheck={false}
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={error}
        />
        <FormActions
          label={t('benchmark.data.deleteSubmit')}
          variant="danger"
          ariaDisabled={remove.isPending}
        />
      </form>
    </>
  );
}

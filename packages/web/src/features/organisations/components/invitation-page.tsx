import { passwordMinLength } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useLinkToken } from '../../../lib/link-token.ts';
import { homePathFor, useSession } from '../../../lib/session.ts';
import { useBrowserForm } from '../../../lib/use-browser-form.ts';
import { useAcceptInvitation } from '../api/accept-invitation.ts';
import { type InvitationSummary, useInvitation } from '../api/lookup-invitation.ts';

/** Opening an invitation link (`/uitnodiging#<token>`): make an account, or join with an existing one. */
export function InvitationPage() {
  const { t } = useTranslation();
  const link = useLinkToken();
  return (
    <>
      <PageHeading title={t('invitation.title')} />
      {link?.valid ? (
        <InvitationLookup token={link.token} />
      ) : (
        <div className="notice">
          <p>{t('invitation.noToken')}</p>
        </div>
      )}
    </>
  );
}

function InvitationLookup({ token }: { token: string }) {
  const { t } = useTranslation();
  const session = useSession();
  // A signed-in browser must send its CSRF token with the lookup, so wait until the session is known.
  const invitation = useInvitation(token, !session.isPending);
  if (
    invitation.error instanceof ApiError &&
    invitation.error.status >= 400 &&
    invitation.error.status < 500
  ) {
    // A used, expired or withdrawn link: trying again will not help, so no retry button.
    return (
      <div className="alert alert--error" role="alert">
        <p>{invitation.error.message}</p>
        <p>{t('invitation.askAgain')}</p>
      </div>
    );
  }
  return (
    <QueryState query={invitation}>{(data) => <AcceptForm token={token} invitation={data} />}</QueryState>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hasAccount } = invitation;
  const form = useBrowserForm(useAcceptInvitation(), {
    name: { id: 'invitation-name', label: t('invitation.name') },
    password: {
      id: 'invitation-password',
      label: hasAccount ? t('invitation.currentPassword') : t('invitation.newPassword'),
      exact: true,
    },
  });
  const { field } = form;
  const onSubmit = form.onSubmit(({ name, password }) => {
    if (
      !form.check({
        name: !hasAccount && !name && t('form.errors.nameRequired'),
        password: hasAccount
          ? !password && t('form.errors.passwordRequired')
          : [...password].length < passwordMinLength &&
            t('form.errors.passwordTooShort', { min: passwordMinLength }),
      })
    )
      return;
    form.submit(hasAccount ? { token, password } : { token, name, password }, {
      onSuccess: (session) => navigate(homePathFor(session), { replace: true }),
    });
  });

  return (
    <>
      <p className="lead">{t('invitation.intro', { organisation: invitation.organisationName })}</p>
      <dl className="summary-list">
        <SummaryRow label={t('invitation.organisation')}>{invitation.organisationName}</SummaryRow>
        <SummaryRow label={t('invitation.role')}>{t(`roles.${invitation.role}`)}</SummaryRow>
        <SummaryRow label={t('invitation.email')}>{invitation.email}</SummaryRow>
      </dl>
      <p>{t(hasAccount ? 'invitation.hasAccount' : 'invitation.newAccount')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary problem={form.problem} fields={form.fields} />
        {/* For password managers: the account this password belongs to. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={invitation.email}
          readOnly
          hidden
        />
        {!hasAccount && (
          <TextField {...field('name')} hint={t('invitation.nameHint')} autoComplete="name" required />
        )}
        <TextField
          {...field('password')}
          type="password"
          hint={hasAccount ? undefined : t('form.passwordHint', { min: passwordMinLength })}
          autoComplete={hasAccount ? 'current-password' : 'new-password'}
          required
        />
        <FormActions label={t('invitation.accept')} />
      </form>
      {hasAccount && (
        <p>
          <Link to="/wachtwoord-vergeten">{t('signIn.forgotPassword')}</Link>
        </p>
      )}
    </>
  );
}

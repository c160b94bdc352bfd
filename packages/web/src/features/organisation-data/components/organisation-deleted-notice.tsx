import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';

/** What the delete form passes along in the router's state (never in the URL). */
export type OrganisationDeletedState = { organisationDeleted?: string };

/**
 * After all of an organisation's data is deleted, the page it lands on says so, once, with focus:
 * the reader's own account went too, so there is nothing else to show it.
 */
export function OrganisationDeletedNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deleted = (useLocation().state as OrganisationDeletedState | null)?.organisationDeleted;
  const [notice] = useState<Feedback>(() =>
    deleted
      ? { kind: 'success', text: t('benchmark.data.deletedNotice', { name: deleted }), focus: true }
      : null,
  );
  // Once shown, forgotten: a reload does not say it again.
  useEffect(() => {
    if (deleted) navigate('.', { replace: true, state: null });
  }, [deleted, navigate]);
  return <SectionFeedback feedback={notice} />;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { NextStepNotice } from '../../../components/next-step-notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { RequireSignIn, useRouteAllows } from '../../../components/require-sign-in.tsx';
import { Section } from '../../../components/section.tsx';
import { SectionFeedback } from '../../../components/section-feedback.tsx';
import { SummaryRow } from '../../../components/summary-row.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import type { Membership } from '../../../lib/session.ts';
import { useSession } from '../../../lib/session.ts';
import { useFormFeedback } from '../../../lib/use-form-mutation.ts';
import { useOrganisation } from '../../organisations/api/get-organisation.ts';
import { useCloseWave } from '../api/close-wave.ts';
import { useWaves, type Wave } from '../api/get-waves.ts';
import { GroupsSection } from './groups-section.tsx';
import { feedbackPath, perspectiveName, responseCountText, resultsPath, wavesPath } from './words.ts';

/** One wave: its status and fixed thresholds, its groups with their links and invitations, and closing it. */
export function WavePage() {
  const { t } = useTranslation();
  const { waveId = '' } = useParams();
  const session = useSession();
  const mayOpen = useRouteAllows();
  const membership = session.data && mayOpen(session.data) ? session.data.membership : null;
  // The same query as below, for a heading that is known as soon as the list is in.
  const waves = useWaves(membership?.orgId ?? '', !!membership);
  const title = waves.data?.find((wave) => wave.id === waveId)?.title ?? t('measurement.wave.title');
  return (
    <>
      <PageHeading title={t('measurement.wave.title')}>{title}</PageHeading>
      <RequireSignIn>
        {(signedIn) =>
          signedIn.membership ? <WaveContent membership={signedIn.membership} waveId={waveId} /> : null
        }
      </RequireSignIn>
    </>
  );
}

function WaveContent({ membership, waveId }: { membership: Membership; waveId: string }) {
  const { t } = useTranslation();
  const waves = useWaves(membership.orgId);
  const organisation = useOrganisation(membership.orgId);
  return (
    <QueryState query={waves}>
      {(list) => {
        const wave = list.find((w) => w.id === waveId);
        if (!wave) {
          return (
            <NextStepNotice
              message={t('measurement.wave.notFound')}
              to={wavesPath}
              link={t('measurement.wave.back')}
            />
          );
        }
        return (
          <QueryState query={organisation}>
            {(org) => <WaveDetails orgId={membership.orgId} wave={wave} teams={org.teams} />}
          </QueryState>
        );
      }}
    </QueryState>
  );
}

function WaveDetails({
  orgId,
  wave,
  teams,
}: {
  orgId: string;
  wave: Wave;
  teams: Array<{ id: string; name: string }>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Stays after closing here, so that the confirmation is not pulled away from under the reader.
  const [closable] = useState(wave.status !== 'closed');
  return (
    <>
      <p>
        <Link to={wavesPath}>{t('measurement.wave.back')}</Link>
      </p>
      <dl className="summary-list">
        <SummaryRow label={t('measurement.waves.kind')}>{t(`measurement.kind.${wave.kind}`)}</SummaryRow>
        <SummaryRow label={t('measurement.wave.period')}>
          {t('measurement.wave.periodText', {
            from: formatDay(wave.opensOn, locale),
            to: formatDay(wave.closesOn, locale),
          })}
        </SummaryRow>
        <SummaryRow label={t('measurement.waves.status')}>
          <strong>{t(`measurement.status.${wave.status}`)}</strong>
        </SummaryRow>
        <SummaryRow label={t('measurement.wave.perspectives')}>
          {wave.perspectives.map((p) => perspectiveName(p, t)).join(', ')}
        </SummaryRow>
        <SummaryRow label={t('measurement.wave.thresholds')}>
          {t('measurement.wave.thresholdsText', {
            minCell: wave.thresholds.minCell,
            minSensitiveCell: wave.thresholds.minSensitiveCell,
          })}
        </SummaryRow>
        <SummaryRow label={t('measurement.waves.responses')}>{responseCountText(wave, t)}</SummaryRow>
      </dl>
      {wave.status === 'closed' ? (
        <>
          <p className="notice">
            {t('measurement.wave.closedNotice')}{' '}
            <Link to={resultsPath(wave.id)}>{t('measurement.wave.resultsLink')}</Link>
          </p>
          <FeedbackStatus wave={wave} />
        </>
      ) : (
        <p className="notice">{t('measurement.wave.resultsLater')}</p>
      )}
      <GroupsSection orgId={orgId} wave={wave} teams={teams} />
      {closable && <CloseSection orgId={orgId} wave={wave} />}
    </>
  );
}

/** Closing the cycle: the terugkoppeling to staff is a step of its own, a to-do until it is given. */
function FeedbackStatus({ wave }: { wave: Wave }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Section id="feedback-status-title" title={t('measurement.feedback.stepTitle')}>
      <p>
        {wave.feedbackPublishedAt
          ? t('measurement.feedback.givenOn', {
              date: formatDay(wave.feedbackPublishedAt.slice(0, 10), locale),
            })
          : t('measurement.feedback.todo')}{' '}
        <Link to={feedbackPath(wave.id)}>
          {t(wave.feedbackPublishedAt ? 'measurement.feedback.view' : 'measurement.feedback.write')}
        </Link>
      </p>
    </Section>
  );
}

function CloseSection({ orgId, wave }: { orgId: string; wave: Wave }) {
  const { t } = useTranslation();
  const close = useCloseWave();
  const { feedback, setFeedback, fail } = useFormFeedback();

  const onClose = (done: () => void) => {
    if (close.isPending) return;
    close.mutate(
      { orgId, waveId: wave.id },
      {
        onSuccess: () => {
          done();
          setFeedback({ kind: 'success', text: t('measurement.close.done'), focus: true });
        },
        onError: (error) => {
          done();
          fail(error);
        },
      },
    );
  };

  return (
    <Section id="close-wave-title" title={t('measurement.close.title')}>
      {wave.status !== 'closed' && <p>{t('measurement.close.intro')}</p>}
      <SectionFeedback feedback={feedback} />
      {wave.status === 'closed' && feedback?.kind === 'success' && (
        <p>
          <Link to={resultsPath(wave.id)}>{t('measurement.close.toResults')}</Link>
        </p>
      )}
      {wave.status !== 'closed' && (
        <ConfirmAction
          label={t('measurement.close.button')}
          question={t('measurement.close.confirm', { title: wave.title, count: wave.responseCount ?? 0 })}
          yes={t('measurement.close.confirmYes')}
          onConfirm={onClose}
        />
      )}
    </Section>
  );
}

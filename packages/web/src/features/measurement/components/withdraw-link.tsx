import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import type { Feedback } from '../../../components/section-feedback.tsx';
import { toFormProblem } from '../../../lib/form-problem.ts';
import type { WaveGroup } from '../api/get-groups.ts';
import { useWithdrawLink } from '../api/withdraw-link.ts';
import { describeGroup } from './words.ts';

/**
 * Withdraws one shared link, asked first on the page: it stops working at once (a link made by
 * mistake, or passed on too widely); answers already in keep counting. The outcome is told by the
 * section (`onOutcome`), since this button goes with the link.
 */
export function WithdrawLink({
  orgId,
  waveId,
  group,
  linkId,
  onOutcome,
}: {
  orgId: string;
  waveId: string;
  group: WaveGroup;
  linkId: string;
  onOutcome: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawLink();
  const name = describeGroup(group, t);

  const onConfirm = (done: () => void) => {
    if (withdraw.isPending) return;
    withdraw.mutate(
      { orgId, waveId, linkId },
      {
        onSuccess: () =>
          onOutcome({
            kind: 'success',
            text: t('measurement.groups.withdrawn', { group: name }),
            focus: true,
          }),
        onError: (error) =>
          onOutcome({ kind: 'error', problem: toFormProblem(error, t('common.networkError')) }),
        onSettled: done,
      },
    );
  };

  return (
    <ConfirmAction
      label={
        <>
          {t('measurement.groups.withdraw')}{' '}
          <span className="visually-hidden">{t('measurement.groups.withdrawWhich', { group: name })}</span>
        </>
      }
      question={t('measurement.groups.withdrawConfirm', { group: name })}
      yes={t('measurement.groups.withdrawYes')}
      onConfirm={onConfirm}
    />
  );
}

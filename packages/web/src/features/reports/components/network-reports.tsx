import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { useAskReport } from '../api/reports.ts';
import { ReportList } from './report-list.tsx';

/** The network report for the association: asked for here, made by the server, listed to download. */
export function NetworkReports() {
  const { t } = useTranslation();
  const locale = useLocale();
  const ask = useAskReport('network');
  return (
    <>
      <p>
        <Button
          aria-disabled={ask.isPending}
          onClick={() => {
            if (!ask.isPending) ask.mutate({ locale });
          }}
        >
          {ask.isPending ? t('common.busy') : t('benchmark.dashboard.report')}
        </Button>
      </p>
      {ask.isError && (
        <div className="alert alert--error" role="alert">
          <p>{ask.error.message}</p>
        </div>
      )}
      <ReportList scope="network" />
    </>
  );
}

import type { JournalDataKey } from '@derde-bron/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { onQuickExit } from '../../../components/quick-exit.tsx';
import type { Membership } from '../../../lib/session.ts';
import { type StoredJournal, useJournal } from '../api/journal.ts';
import { JournalEntries } from './journal-entries.tsx';
import { SetUpJournal } from './set-up-journal.tsx';
import { NewPassphrase, UnlockJournal } from './unlock-journal.tsx';

/**
 * "Mijn dagboek": a private reflection journal, encrypted in this browser. The key lives only in
 * this page's memory: leaving the page, signing out, "Dagboek sluiten" or the quick exit forget it.
 */
export function Journal({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const journal = useJournal(orgId);
  const [key, setKey] = useState<JournalDataKey | null>(null);
  const [recoveredWith, setRecoveredWith] = useState<string | null>(null);
  const close = () => {
    setKey(null);
    setRecoveredWith(null);
  };
  useEffect(
    () =>
      onQuickExit(() => {
        setKey(null);
        setRecoveredWith(null);
      }),
    [],
  );
  return (
    <>
      <p className="lead">{t('journal.intro')}</p>
      <div className="notice">
        <p>{t('journal.privacy')}</p>
      </div>
      <QueryState query={journal}>
        {({ journal: stored }) =>
          !stored ? (
            <SetUpJournal orgId={orgId} onOpened={setKey} />
          ) : !key ? (
            <UnlockJournal
              stored={stored}
              onOpened={(opened, recoveryKey) => {
                setKey(opened);
                setRecoveredWith(recoveryKey);
              }}
            />
          ) : (
            <OpenJournal
              orgId={orgId}
              stored={stored}
              dataKey={key}
              recoveredWith={recoveredWith}
              onClose={close}
            />
          )
        }
      </QueryState>
    </>
  );
}

function OpenJournal({
  orgId,
  stored,
  dataKey,
  recoveredWith,
  onClose,
}: {
  orgId: string;
  stored: StoredJournal;
  dataKey: JournalDataKey;
  recoveredWith: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="button-row">
        <Button variant="secondary" onClick={onClose}>
          {t('journal.close')}
        </Button>
      </div>
      {recoveredWith && <NewPassphrase orgId={orgId} stored={stored} recoveryKey={recoveredWith} />}
      <JournalEntries orgId={orgId} dataKey={dataKey} />
    </>
  );
}

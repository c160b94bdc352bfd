import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { Section } from '../../../components/section.tsx';
import { dateTimeFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { useDismissMail, useUndeliveredMail } from '../api/undelivered-mail.ts';

/**
 * Says which mail you sent has not arrived: still being tried, or given up on (then invite again).
 * Shown where mail is sent (invitations to the organisation and the network, questionnaire
 * invitations); renders nothing when all mail arrived.
 */
export function UndeliveredMailNotice() {
  const { t } = useTranslation();
  const locale = useLocale();
  const mail = useUndeliveredMail();
  const dismiss = useDismissMail();
  const items = mail.data ?? [];
  if (items.length === 0) return null;
  const date = dateTimeFormat(locale);
  return (
    <Section id="undelivered-mail-heading" title={t('mail.undelivered.title')} level={3} className="notice">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {t(`mail.undelivered.purpose.${item.purpose}`)}, {date.format(new Date(item.createdAt))}:{' '}
            {item.state === 'failed'
              ? t('mail.undelivered.failed')
              : t('mail.undelivered.retrying', { time: date.format(new Date(item.nextAttemptAt)) })}
            {item.state === 'failed' && (
              <>
                {' '}
                <Button variant="link" onClick={() => dismiss.mutate(item.id)}>
                  {t('mail.undelivered.dismiss')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

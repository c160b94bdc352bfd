import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import type { CreatedLink } from '../api/create-link.ts';

/**
 * A new shared link, shown this once (the server keeps only its hash), with a copy button and the
 * advice to share it only with its group.
 */
export function NewLink({
  link,
  group,
  headcount,
  onDone,
}: {
  link: CreatedLink;
  /** The group in words, e.g. "Team Oost, medewerkers". */
  group: string;
  headcount: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const ref = useFocusWhen<HTMLElement>(link);
  const url = `${window.location.origin}${link.path}`;
  const inputId = `new-link-url-${link.id}`;

  const onCopy = () => {
    const select = () => {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    };
    if (!navigator.clipboard) {
      select();
      setCopied('failed');
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => {
        select();
        setCopied('failed');
      },
    );
  };

  return (
    <section
      className="new-link alert alert--success"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="new-link-made"
    >
      <h4 id="new-link-made">{t('measurement.links.made')}</h4>
      <TextField
        id={inputId}
        label={t('measurement.links.urlLabel', { group })}
        className="input--link"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="button-row">
        <Button variant="primary" onClick={onCopy}>
          {t('measurement.links.copy')}
        </Button>
        <Button onClick={onDone}>{t('measurement.links.done')}</Button>
      </div>
      <p role="status" className="new-link__status">
        {copied === 'yes' && t('measurement.links.copied')}
        {copied === 'failed' && t('measurement.links.copyFailed')}
      </p>
      <p>
        <strong>{t('measurement.links.onceOnly')}</strong>
      </p>
      <p>{t('measurement.links.shareAdvice', { group, count: headcount })}</p>
    </section>
  );
}

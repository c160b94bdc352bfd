import type { InstrumentItem } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { formatDay } from '../../../lib/format.ts';
import { useLocale, useLocalized } from '../../../lib/i18n.ts';
import { useOpenAnswers } from '../api/get-open-answers.ts';

/**
 * The open answers per question, in the server's shuffled order, as plain text: no numbers, no
 * time, no group. React renders them as text, never as HTML. Whether they may be shown was decided
 * when the wave was published (`visible`); when they may not, they are not even asked for.
 */
export function OpenAnswersSection({
  orgId,
  waveId,
  items,
  visible,
  minSensitiveCell,
}: {
  orgId: string;
  waveId: string;
  items: readonly InstrumentItem[];
  visible: boolean;
  minSensitiveCell: number;
}) {
  const { t } = useTranslation();
  return (
    <Section id="open-answers-title" title={t('measurement.openAnswers.title')}>
      {visible ? (
        <OpenAnswers orgId={orgId} waveId={waveId} items={items} minSensitiveCell={minSensitiveCell} />
      ) : (
        <p className="hidden-cell">{t('measurement.openAnswers.hidden', { min: minSensitiveCell })}</p>
      )}
    </Section>
  );
}

function OpenAnswers({
  orgId,
  waveId,
  items,
  minSensitiveCell,
}: {
  orgId: string;
  waveId: string;
  items: readonly InstrumentItem[];
  minSensitiveCell: number;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const openAnswers = useOpenAnswers(orgId, waveId, true);
  const questions = items.filter((item) => item.kind === 'open');
  return (
    <QueryState query={openAnswers}>
      {(data) => {
        if (data.removedOn) {
          return (
            <p className="muted">
              {t('measurement.openAnswers.removed', { date: formatDay(data.removedOn, locale) })}
            </p>
          );
        }
        if (!data.visible) {
          return (
            <p className="hidden-cell">{t('measurement.openAnswers.hidden', { min: minSensitiveCell })}</p>
          );
        }
        return (
          <>
            <p>{t('measurement.openAnswers.intro')}</p>
            {questions.map((item) => {
              const answers = data.answers.filter((answer) => answer.itemKey === item.key);
              const headingId = `open-${item.key}`;
              return (
                <Section
                  key={item.key}
                  id={headingId}
                  title={l(item.text)}
                  level={3}
                  className="result-block"
                >
                  {answers.length === 0 ? (
                    <p className="muted">{t('measurement.openAnswers.none')}</p>
                  ) : (
                    <ul className="open-answers">
                      {answers.map((answer, index) => (
                        // The answers have no id; their place in this one shuffled list is stable.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above
                        <li key={index} className="preserve-lines">
                          {answer.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </Section>
              );
            })}
          </>
        );
      }}
    </QueryState>
  );
}

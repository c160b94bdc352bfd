import {
  dontKnow,
  type InstrumentContent,
  type InstrumentItem,
  isLikertValue,
  likertValues,
} from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { TextAreaField } from '../../../components/form-field.tsx';
import { useLocalized } from '../../../lib/locale.ts';

/** The id of a question's first control, for the error summary's links. */
export const questionId = (item: Pick<InstrumentItem, 'key'>) => `question-${item.key}`;

type Props = {
  item: InstrumentItem;
  likertLabels: InstrumentContent['likertLabels'];
  answer: number | string | undefined;
  error: string | undefined;
  /** `undefined` clears the answer (a skipped optional question). */
  onAnswer: (value: number | string | undefined) => void;
};

/**
 * One question: a statement with the answers 1–5 and "weet ik niet", an optional sensitive question
 * with "zeg ik liever niet" (whose answer the browser randomizes before sending, as its hint says),
 * or an optional open question with a character counter.
 */
export function Question({ item, likertLabels, answer, error, onAnswer }: Props) {
  const { t } = useTranslation();
  const l = useLocalized();
  const id = questionId(item);

  if (item.kind === 'likert') {
    return (
      <ChoiceGroup
        id={id}
        name={item.key}
        type="radio"
        legend={l(item.text)}
        legendClassName="question__legend"
        error={error}
        options={[
          ...likertValues.map((value) => ({ value: String(value), label: l(likertLabels[value]) })),
          { value: dontKnow, label: l(likertLabels[dontKnow]) },
        ]}
        selected={answer === undefined ? [] : [String(answer)]}
        onChange={(value) => {
          const number = Number(value);
          onAnswer(isLikertValue(number) ? number : dontKnow);
        }}
      />
    );
  }

  if (item.kind === 'sensitive') {
    return (
      <div className="question question--optional">
        <ChoiceGroup
          id={id}
          name={item.key}
          type="radio"
          legend={
            <>
              {l(item.text)} <span className="question__optional">{t('respond.optional')}</span>
            </>
          }
          legendClassName="question__legend"
          hint={
            <>
              {t('respond.sensitiveHint')} {t('respond.randomHint')}
            </>
          }
          error={error}
          options={item.options.map((option) => ({ value: option.key, label: l(option.label) }))}
          selected={typeof answer === 'string' ? [answer] : []}
          onChange={(value) => onAnswer(value)}
        />
        {answer !== undefined && (
          <button
            type="button"
            className="button button--link question__clear"
            onClick={() => onAnswer(undefined)}
          >
            {t('respond.clearChoice')} <span className="visually-hidden">{l(item.text)}</span>
          </button>
        )}
      </div>
    );
  }

  const text = typeof answer === 'string' ? answer : '';
  return (
    <TextAreaField
      id={id}
      name={item.key}
      label={`${l(item.text)} ${t('respond.optional')}`}
      hint={
        <>
          {t('respond.openHint')}{' '}
          <span className="question__counter">
            {t('respond.charactersLeft', { count: item.maxLength - text.length, max: item.maxLength })}
          </span>
        </>
      }
      error={error}
      maxLength={item.maxLength}
      rows={5}
      value={text}
      onChange={(event) => onAnswer(event.target.value === '' ? undefined : event.target.value)}
    />
  );
}

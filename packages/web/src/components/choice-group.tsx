import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './form-field.tsx';

export type Choice = { value: string; label: ReactNode };

type ChoiceGroupProps = {
  /** The id of the first option's input, so that an error summary can link to the group. */
  id: string;
  /** The inputs' form name; the id unless given. */
  name?: string;
  /** What the group asks: read as the group's name by screen readers. */
  legend: ReactNode;
  /** Larger legend, for a page whose question is the group itself. */
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  type: 'radio' | 'checkbox';
  options: Choice[];
  /** The chosen value(s): one for radio buttons, any number for checkboxes. */
  selected: readonly string[];
  onChange: (value: string, checked: boolean) => void;
  /** Stacked (default) or side by side when the labels are short. */
  inline?: boolean;
};

/**
 * A group of radio buttons or checkboxes in a fieldset whose legend says what is asked, with an
 * optional hint and error, linked for screen readers in the same way as the single fields.
 */
export function ChoiceGroup({
  id,
  name = id,
  legend,
  legendClassName,
  hint,
  error,
  type,
  options,
  selected,
  onChange,
  inline = false,
}: ChoiceGroupProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="choice-group" aria-describedby={describedBy(id, hint, error)}>
        <legend
          className={legendClassName ? `choice-group__legend ${legendClassName}` : 'choice-group__legend'}
        >
          {legend}
        </legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={inline ? 'choices choices--inline' : 'choices'}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  className="choice__input"
                  type={type}
                  id={inputId}
                  name={name}
                  value={option.value}
                  checked={selected.includes(option.value)}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => onChange(option.value, event.target.checked)}
                />
                <label className="choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

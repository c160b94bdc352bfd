import type { FormProblem } from '../lib/form-problem.ts';
import { ErrorSummary, type FieldRefs, SuccessMessage } from './error-summary.tsx';

/**
 * What the last action in a section led to. Each new value is a new object, so that the message
 * takes focus again even when its text is the same as before.
 */
export type Feedback =
  | { kind: 'success'; text: string; focus: boolean }
  | { kind: 'error'; problem: FormProblem }
  | null;

export function SectionFeedback({ feedback, fields }: { feedback: Feedback; fields?: FieldRefs }) {
  if (!feedback) return null;
  if (feedback.kind === 'error') return <ErrorSummary problem={feedback.problem} fields={fields} />;
  return (
    <SuccessMessage focusKey={feedback.focus ? feedback : null}>
      <p>{feedback.text}</p>
    </SuccessMessage>
  );
}

import { postAnonymously } from '../../../lib/api-client.ts';

/** One answer per item key: 1..5 or 'dontKnow', a sensitive item's option key, or an open answer's text. */
export type Answers = Record<string, number | string>;

export type SubmitResponseInput = {
  token: string;
  /** Made once when the questionnaire opens; a retry with the same key stores nothing twice. */
  submissionKey: string;
  answers: Answers;
};

/** Without cookies or CSRF token: an answer never travels with the session of anyone signed in. */
export const submitResponse = (input: SubmitResponseInput) =>
  postAnonymously<{ stored: true }>('/api/respond/submit', input);

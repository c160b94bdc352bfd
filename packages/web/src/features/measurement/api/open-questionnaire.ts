import type { Channel, InstrumentContent, Perspective } from '@derde-bron/domain';
import { postAnonymously } from '../../../lib/api-client.ts';

/**
 * What a respondent sees: the wave, who the questionnaire is for, and the instrument cut down to
 * the items asked through this link (server measurement/respond-routes.ts).
 */
export type Questionnaire = {
  waveTitle: string;
  organisationName: string;
  perspective: Perspective;
  closesOn: string;
  /** The last day the answers are kept (the server's retention config). */
  answersKeptUntil: string;
  /** The group as declared: the respondent can check that it is the group she is in. */
  group: { teamName: string | null; headcount: number };
  /** An e-mailed single-use invitation, or a shared link (then no open questions are asked). */
  channel: Channel;
  thresholds: { minCell: number; minSensitiveCell: number };
  /** How often the browser keeps a sensitive answer as chosen (randomized response). */
  keepProbability: number;
  instrument: Pick<InstrumentContent, 'intro' | 'likertLabels' | 'scales' | 'items'>;
};

/** The token goes in the body, never in a URL or a server log; no cookie or CSRF token goes along. */
export const openQuestionnaire = (token: string) =>
  postAnonymously<Questionnaire>('/api/respond/open', { token });

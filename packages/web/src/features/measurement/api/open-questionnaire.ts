import type { InstrumentContent, Perspective } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { sendJson } from '../../../lib/api-client.ts';

/** What a respondent sees: the wave, and the instrument cut down to their perspective's items. */
export type Questionnaire = {
  waveTitle: string;
  organisationName: string;
  perspective: Perspective;
  closesOn: string;
  instrument: Pick<InstrumentContent, 'intro' | 'likertLabels' | 'scales' | 'items'>;
};

/** A POST with the token in the body: the token never goes into a URL or a server log. */
export const openQuestionnaire = (token: string) =>
  sendJson<Questionnaire>('POST', '/api/respond/open', { token });

export const questionnaireQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['respond', token] as const,
    queryFn: () => openQuestionnaire(token),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

/** The questionnaire behind a link. Waits until `enabled` (the session is known, for its CSRF token). */
export const useQuestionnaire = (token: string, enabled: boolean) =>
  useQuery({ ...questionnaireQueryOptions(token), enabled });

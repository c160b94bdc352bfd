import type { InstrumentContent } from '@derde-bron/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const getInstrument = (version: number) =>
  getJson<InstrumentContent>(`/api/measurement/instruments/${encodeURIComponent(String(version))}`);

export const instrumentQueryOptions = (version: number) =>
  queryOptions({
    queryKey: queryKeys.instrument(version),
    queryFn: () => getInstrument(version),
    // A published version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The texts of an instrument version: scale titles, how scales are scored, the questions. */
export const useInstrument = (version: number, enabled = true) =>
  useQuery({ ...instrumentQueryOptions(version), enabled });

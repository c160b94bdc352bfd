import { defaultHoursPerFte } from './formation.ts';

/**
 * Network figures that do not favour large organisations: each organisation's own figures set
 * against its size (staff FTE, clients per year), and the network's figure per size band. No zod in
 * this file: the web app imports it.
 */

/**
 * Size bands by staff FTE. Derde Bron's own division (not from the guide): small under 100 FTE,
 * medium under 400, large from 400. Each band is a figure of its own, under the network's rule of
 * at least 5 organisations.
 */
export const sizeBands = [
  { key: 'small', belowFte: 100 },
  { key: 'medium', belowFte: 400 },
  { key: 'large', belowFte: Number.POSITIVE_INFINITY },
] as const;
export type SizeBand = (typeof sizeBands)[number]['key'];

export const organisationSizeLimits = { staffFte: 100_000, clientsPerYear: 1_000_000 } as const;

/** The band of an organisation's staff FTE; null when its size is not recorded. */
export function sizeBandOf(staffFte: number | null): SizeBand | null {
  if (staffFte === null || staffFte <= 0) return null;
  return sizeBands.find((band) => staffFte < band.belowFte)?.key ?? 'large';
}

export type OrganisationSize = { staffFte: number | null; clientsPerYear: number | null };

/** What one organisation's registry holds, in counts and hours: the raw figures beside the fair ones. */
export type RegistryCounts = {
  /** Current ervaringsdeskundigen (kind expert). */
  experts: number;
  /** Their hours per week together. */
  expertHours: number;
  /** Of those hours, the ones funded structurally. */
  structuralExpertHours: number;
  /** Experts with a registration that is valid today. */
  registeredExperts: number;
  /** People reached by the activities last year. */
  reachLastYear: number | null;
};

export type FairFigures = {
  /** Experts' FTE per 100 FTE staff; null without a staff size. */
  expertFtePer100Staff: number | null;
  /** Share (%) of the experts' FTE that is funded structurally; null without expert hours. */
  structuralFteShare: number | null;
  /** Share (%) of the experts with a valid registration; null without experts. */
  registeredShare: number | null;
  /** People reached last year per 1,000 clients a year; null without a client count or reach. */
  reachPer1000Clients: number | null;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The size-normalised figures of one organisation. Two organisations with the same share of
 * experts in their staff get the same figure, whatever their size.
 */
export function fairFigures(
  counts: RegistryCounts,
  size: OrganisationSize,
  hoursPerFte: number = defaultHoursPerFte,
): FairFigures {
  const expertFte = counts.expertHours / hoursPerFte;
  return {
    expertFtePer100Staff:
      size.staffFte && size.staffFte > 0 ? round1((expertFte / size.staffFte) * 100) : null,
    structuralFteShare:
      counts.expertHours > 0 ? round1((counts.structuralExpertHours / counts.expertHours) * 100) : null,
    registeredShare: counts.experts > 0 ? round1((counts.registeredExperts / counts.experts) * 100) : null,
    reachPer1000Clients:
      size.clientsPerYear && size.clientsPerYear > 0 && counts.reachLastYear !== null
        ? round1((counts.reachLastYear / size.clientsPerYear) * 1000)
        : null,
  };
}

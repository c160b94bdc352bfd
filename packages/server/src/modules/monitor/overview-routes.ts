import { computeGaps, monitorContents, type StepKey, staffMeansOf, stepSubject } from '@derde-bron/domain';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { latestPublishedWave } from '../measurement/index.ts';
import { loadMonitor } from './overview.ts';
import { gapSchema, overviewSchema } from './schemas.ts';

/** The monitor page: the team, the rounds, begin against end; and the gap with the staff survey. */
export default orgRoutesPlugin({ tags: ['monitor'] }, (route) => {
  route.get('/api/organisations/:orgId/monitor', {
    permission: 'monitor.read',
    summary: 'The implementation team, the rounds, and begin against end per step',
    response: overviewSchema,
    handler: async ({ tx, orgId }) => {
      const { latestScored: _latest, scoresOfRound: _scores, ...monitor } = await loadMonitor(tx, orgId);
      return monitor;
    },
  });

  route.get('/api/organisations/:orgId/monitor/gap', {
    permission: 'monitor.gap',
    summary: "The team's step scores beside what staff said on the matching scales of the latest closed wave",
    description:
      'Only published figures of the staff group (docs/anonymity.md); a hidden group gives no gap.',
    response: gapSchema,
    handler: async ({ tx, orgId }) => {
      const monitor = await loadMonitor(tx, orgId);
      const wave = await latestPublishedWave(tx, orgId);
      const round = monitor.latestScored;
      const content = monitorContents.get(round?.contentVersion ?? monitor.contentVersion);
      if (!content) throw new Error('the monitor content version is not bundled');
      const scores = round ? monitor.scoresOfRound(round) : {};
      const teamScores = Object.fromEntries(
        content.steps.map((step) => [step.stepKey, scores[stepSubject(step.stepKey)] ?? null]),
      ) as Partial<Record<StepKey, 1 | 2 | 3 | 4 | null>>;
      const staffMeans = wave ? staffMeansOf(wave.published, wave.perspectives) : {};
      return {
        wave: wave ? { id: wave.id, title: wave.title, closesOn: wave.closesOn } : null,
        round: round ? { id: round.id, cycle: round.cycle, kind: round.kind, heldOn: round.heldOn } : null,
        steps: computeGaps(content, teamScores, staffMeans).map((gap) => ({
          ...gap,
          scaleKeys:
            content.steps.find((s) => s.stepKey === gap.stepKey)?.matchingScales.map((m) => m.scaleKey) ?? [],
        })),
      };
    },
  });
});

import type { Tx } from '../../db/tenant.ts';
import { registryFactsOf } from '../registry/index.ts';
import { maturityEvidenceOf } from './capacity-repository.ts';
import { adviceDecisionSteps } from './overview.ts';
import { latestDecisionIn } from './repository.ts';

/**
 * The recorded facts the overview's stages and advice rest on besides the items: the newest decision
 * in step 2 or 3, the registry, the evidence for steps 1–3 and the appointed capacity. The page, the
 * report and (in bulk) the network read the same facts, so all show the same stage.
 */
export async function overviewFacts(tx: Tx, orgId: string) {
  const { facts, baselineWaveId, capacity } = await maturityEvidenceOf(tx, orgId);
  return {
    latestDecision: await latestDecisionIn(tx, orgId, adviceDecisionSteps),
    registry: await registryFactsOf(tx, orgId),
    evidence: facts,
    baselineWaveId,
    capacity,
  };
}

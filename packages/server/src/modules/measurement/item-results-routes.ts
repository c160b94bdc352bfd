import { breakdowns, goalFromResultInputSchema, hasItemResults } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { notFound } from '../../http-error.ts';
import { assertMember, getGoal, insertGoal } from '../roadmap/index.ts';
import { linkedGoals } from './linked-goals.ts';
import { publishedOf, readResults } from './read-results.ts';
import { createResponseSeal } from './sealed-responses.ts';
import { getWave, instrumentOf } from './waves.ts';

const waveParams = orgParams.extend({ waveId: z.uuid() });
const hiddenReason = z.enum(['tooFew', 'restTooSmall', 'complement', 'totalTooSmall']);

const itemFigureSchema = z.union([
  z.object({
    n: z.int(),
    mean: z.number(),
    shares: z.object({ 1: z.int(), 2: z.int(), 3: z.int(), 4: z.int(), 5: z.int() }),
    dontKnowShare: z.number(),
  }),
  z.object({ hidden: hiddenReason }),
]);
const itemGroupSchema = z.union([
  z.object({ visible: z.literal(true), items: z.record(z.string(), itemFigureSchema) }),
  z.object({ visible: z.literal(false), reason: hiddenReason }),
]);
const linkedGoalSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  stepKey: z.string(),
  itemKey: z.string(),
  status: z.enum(['open', 'inProgress', 'done']),
  /** The latest "doel behaald?" answer. */
  achieved: z.enum(['yes', 'partly', 'no']).nullable(),
  deadline: z.string().nullable(),
  /** The wave whose result it was made from, and whether that is this wave or an earlier one. */
  sourceWave: z.object({ id: z.uuid(), title: z.string() }),
  fromThisWave: z.boolean(),
});

/**
 * Item-level results ("how was each question answered?") and "maak hier een doel van". The figures
 * come from the wave's one published document, like every other view (docs/anonymity.md).
 */
export default orgRoutesPlugin({ tags: ['measurement'] }, (route, app) => {
  const seal = createResponseSeal(app.secretBox);

  route.get('/api/organisations/:orgId/waves/:waveId/item-results', {
    permission: 'measurement.results',
    summary: 'How each Likert question of a closed wave was answered, per group, with goals made from it',
    description:
      'Only in groups the wave published, and only where the question’s own pattern shows it (people who answered 1 to 5, over the cells asked it; noisy counts). Sensitive questions are never here. Beside each item: the goals made from it, in this wave or an earlier one, with their status and latest "doel behaald?". A team manager gets only their own team.',
    params: waveParams,
    querystring: z.object({ breakdown: z.enum(breakdowns).default('none') }),
    response: z.object({
      /** False for a wave published before item results existed. */
      available: z.boolean(),
      total: itemGroupSchema.nullable(),
      groups: z.array(z.object({ key: z.string(), label: z.string().optional(), cell: itemGroupSchema })),
      goals: z.array(linkedGoalSchema),
    }),
    handler: async ({ tx, orgId, params: { waveId }, query, member }) => {
      const { row, published, results } = await readResults(
        tx,
        seal,
        orgId,
        waveId,
        query.breakdown,
        member.membership,
      );
      const itemsOf = (cell: NonNullable<typeof results.total>) =>
        cell.visible
          ? { visible: true as const, items: cell.items ?? {} }
          : { visible: false as const, reason: cell.reason };
      return {
        available: hasItemResults(published),
        total: results.total ? itemsOf(results.total) : null,
        groups: results.groups.map((group) => ({
          key: group.key,
          ...(group.label !== undefined ? { label: group.label } : {}),
          cell: itemsOf(group.cell),
        })),
        goals: await linkedGoals(tx, row),
      };
    },
  });

  route.post('/api/organisations/:orgId/waves/:waveId/items/:itemKey/goals', {
    permission: 'roadmap.edit',
    summary: '"Maak hier een doel van": a goal under the item’s step, linked to this result',
    description:
      'The goal goes under the framework step the question belongs to, and remembers the wave and the question, so the next wave shows it beside the same question.',
    params: waveParams.extend({ itemKey: z.string().regex(/^[a-z][a-zA-Z0-9]{0,59}$/) }),
    body: goalFromResultInputSchema,
    response: linkedGoalSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, params: { waveId, itemKey }, body }) => {
      const wave = await getWave(tx, orgId, waveId);
      await publishedOf(tx, wave, seal);
      const item = instrumentOf(wave).items.find((i) => i.key === itemKey && i.kind === 'likert');
      if (!item) throw notFound('itemNotInInstrument');
      await assertMember(tx, orgId, body.ownerMembershipId);
      const created = await insertGoal(tx, {
        orgId,
        stepKey: item.stepKey,
        ...body,
        sourceWaveId: waveId,
        sourceItemKey: itemKey,
      });
      await audit({
        action: 'measurement.goalFromResult',
        targetType: 'wave',
        targetId: waveId,
        details: { itemKey, goalId: created.id },
      });
      const saved = await getGoal(tx, orgId, created.id);
      return {
        id: saved.id,
        title: saved.title,
        stepKey: saved.stepKey,
        itemKey,
        status: saved.status,
        achieved: saved.achieved,
        deadline: saved.deadline,
        sourceWave: { id: wave.id, title: wave.title },
        fromThisWave: true,
      };
    },
  });
});

import { adoptionImpact, diffFrameworks, stepKeySchema } from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { invalidInput, notFound } from '../../http-error.ts';
import { frameworkDiffSchema } from '../framework/index.ts';
import {
  ensureRoadmap,
  findFrameworkVersion,
  getFrameworkContent,
  itemRecordCounts,
  moveItemsToVersion,
} from './repository.ts';

/**
 * Moving to a newer framework version: items that still exist keep everything, new items start
 * empty, and items the new version dropped are retired: out of the progress, still readable with
 * their history.
 */
const textSchema = z.object({ nl: z.string(), en: z.string() });
const countsSchema = z.object({
  assessed: z.boolean(),
  decisions: z.int(),
  evidence: z.int(),
  changes: z.int(),
});
const impactSchema = z.object({
  from: z.int(),
  to: z.int(),
  diff: frameworkDiffSchema,
  carried: z.array(z.object({ key: z.string(), records: countsSchema })),
  renamed: z.array(
    z.object({
      key: z.string(),
      stepKey: stepKeySchema,
      from: textSchema,
      to: textSchema,
      records: countsSchema,
    }),
  ),
  retired: z.array(
    z.object({
      key: z.string(),
      stepKey: stepKeySchema,
      number: z.int(),
      title: textSchema,
      records: countsSchema,
    }),
  ),
});

export default orgRoutesPlugin({ tags: ['roadmap'] }, (route) => {
  route.get('/api/organisations/:orgId/roadmap/framework-version/:version/impact', {
    permission: 'roadmap.read',
    summary: 'What moving to a newer framework version changes for this roadmap',
    description:
      'Which of the organisation’s records (assessments, decisions, evidence, changes) carry over by stable key, which items are new, and which disappear with the records that go with them to the archive (still readable, out of the progress). Goals belong to a step and always carry over.',
    params: orgParams.extend({ version: z.coerce.number().int().positive().max(1_000_000) }),
    response: impactSchema,
    handler: async ({ tx, orgId, params: { version } }) => {
      const roadmap = await ensureRoadmap(tx, orgId);
      const target = await findFrameworkVersion(tx, version);
      if (!roadmap || !target) throw notFound('frameworkVersionNotFound');
      const diff = diffFrameworks(await getFrameworkContent(tx, roadmap.frameworkVersion), target.content);
      const { carried, renamed, retired } = adoptionImpact(diff, await itemRecordCounts(tx, orgId));
      return { from: roadmap.frameworkVersion, to: version, diff, carried, renamed, retired };
    },
  });

  route.post('/api/organisations/:orgId/roadmap/framework-version', {
    permission: 'roadmap.adoptVersion',
    summary: 'Move the roadmap to a newer published framework version',
    body: z.object({ version: z.int().positive() }),
    response: z.object({
      frameworkVersion: z.int(),
      added: z.array(z.string()),
      retired: z.array(z.string()),
    }),
    handler: async ({ audit, tx, orgId, body: { version } }) => {
      const roadmap = await ensureRoadmap(tx, orgId);
      if (!roadmap || version <= roadmap.frameworkVersion) throw invalidInput('versionNotNewer');
      const target = await findFrameworkVersion(tx, version);
      if (!target) throw notFound('frameworkVersionNotFound');
      const { added, retired } = await moveItemsToVersion(tx, orgId, target);
      await audit({
        action: 'roadmap.frameworkVersionChanged',
        details: { from: roadmap.frameworkVersion, to: version },
      });
      return { frameworkVersion: version, added, retired };
    },
  });
});

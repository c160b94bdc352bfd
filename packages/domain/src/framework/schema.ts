import { z } from 'zod';

import { locales } from '../locale.ts';

export const localeSchema = z.enum(locales);

export const localizedTextSchema = z.strictObject({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** Stable keys let records survive a new framework version whose numbering changes. */
const keySchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'keys are camelCase');

export const stepKeys = [
  'exploration',
  'supportAndVision',
  'investment',
  'scoping',
  'professionalDevelopment',
  'embedding',
] as const;
export const stepKeySchema = z.enum(stepKeys);
export type StepKey = z.infer<typeof stepKeySchema>;

export const phaseKeys = ['safety', 'riskManagement', 'recovery'] as const;
export const phaseKeySchema = z.enum(phaseKeys);
export type PhaseKey = z.infer<typeof phaseKeySchema>;

export const levelKeys = ['practice', 'team', 'management', 'board', 'policy'] as const;
export const levelKeySchema = z.enum(levelKeys);
export type LevelKey = z.infer<typeof levelKeySchema>;

export const coreTaskSchema = z.strictObject({
  letter: z.enum(['a', 'b', 'c', 'd']),
  text: localizedTextSchema,
});

export const stepItemSchema = z.strictObject({
  key: keySchema,
  /** The item's number within its step, as printed in the guide (1-based). */
  number: z.int().positive(),
  title: localizedTextSchema,
  text: localizedTextSchema,
  coreTasks: z.array(coreTaskSchema).optional(),
  /**
   * The guide words this item as a suggestion ("Overweeg …", "… is welkom"): only such an item may
   * be marked not applicable, and its status never moves the step's stage. Absent: required.
   */
  optional: z.literal(true).optional(),
});
export type StepItem = z.infer<typeof stepItemSchema>;

export const stepSchema = z.strictObject({
  key: stepKeySchema,
  number: z.int().min(1).max(6),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  items: z
    .array(stepItemSchema)
    .min(1)
    // The stage counts required items only, so a step needs one for its stage to mean anything.
    .refine((items) => items.some((item) => !item.optional), 'a step needs at least one required item'),
});
export type Step = z.infer<typeof stepSchema>;

/** A titled piece of explanation: values, pillars, model stages, roles, concepts. */
export const termSchema = z.strictObject({
  key: keySchema,
  title: localizedTextSchema,
  text: localizedTextSchema,
});
export type Term = z.infer<typeof termSchema>;

export const phaseSchema = z.strictObject({
  key: phaseKeySchema,
  number: z.int().min(1).max(3),
  title: localizedTextSchema,
  text: localizedTextSchema,
  /** What experiential experts add in this phase. */
  contributions: z.array(localizedTextSchema).min(1),
});
export type Phase = z.infer<typeof phaseSchema>;

export const levelSchema = z.strictObject({
  key: levelKeySchema,
  title: localizedTextSchema,
});

export const activitySchema = z.strictObject({
  key: keySchema,
  title: localizedTextSchema,
  text: localizedTextSchema,
  phases: z.array(phaseKeySchema).min(1),
});
export type Activity = z.infer<typeof activitySchema>;

/** Movisie's lemniscate for experiential knowledge in policy: four phases, each with guiding questions. */
export const lemniscatePhaseSchema = z.strictObject({
  key: z.enum(['unlock', 'translate', 'develop', 'evaluate']),
  number: z.int().min(1).max(4),
  title: localizedTextSchema,
  text: localizedTextSchema,
  questions: z.array(localizedTextSchema).min(1),
});
export type LemniscatePhase = z.infer<typeof lemniscatePhaseSchema>;

export const sourceSchema = z.strictObject({
  key: keySchema,
  /** A bibliographic reference is not translated. */
  citation: z.string().trim().min(1),
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

type Path = Array<string | number>;

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const keyOf = (value: unknown) =>
  value && typeof value === 'object' && typeof (value as { key?: unknown }).key === 'string'
    ? (value as { key: string }).key
    : null;

/**
 * Paths of the keys that repeat one before them: within each list, and item keys across all steps.
 * Reads the draft defensively, so a repeated key is named beside the draft's other problems.
 */
function duplicateKeyPaths(content: unknown): Path[] {
  const draft = (content && typeof content === 'object' ? content : {}) as Record<string, unknown>;
  const paths: Path[] = [];
  const check = (entries: ReadonlyArray<{ key: string | null; path: Path }>) => {
    const seen = new Set<string>();
    for (const { key, path } of entries) {
      if (key === null) continue;
      if (seen.has(key)) paths.push([...path, 'key']);
      seen.add(key);
    }
  };
  const steps = listOf(draft.steps);
  check(steps.map((step, s) => ({ key: keyOf(step), path: ['steps', s] })));
  check(
    steps.flatMap((step, s) =>
      listOf((step as { items?: unknown })?.items).map((item, i) => ({
        key: keyOf(item),
        path: ['steps', s, 'items', i],
      })),
    ),
  );
  for (const list of ['concepts', 'values', 'pillars', 'phases', 'roles', 'activities', 'sources']) {
    check(listOf(draft[list]).map((entry, i) => ({ key: keyOf(entry), path: [list, i] })));
  }
  return paths;
}

export const frameworkContentSchema = z
  .strictObject({
    title: localizedTextSchema,
    /** The association's aim this framework serves (2030). */
    mission: localizedTextSchema,
    concepts: z.array(termSchema).min(1),
    values: z.array(termSchema).min(1),
    pillars: z.array(termSchema).min(1),
    /** The circular model: experience → experiential knowledge → expertise, and round again. */
    model: z.strictObject({
      text: localizedTextSchema,
      stages: z.array(termSchema).min(1),
    }),
    phases: z.array(phaseSchema).min(1),
    levels: z.array(levelSchema).min(1),
    roles: z.array(termSchema).min(1),
    activities: z.array(activitySchema).min(1),
    steps: z.array(stepSchema).min(1),
    lemniscate: z.array(lemniscatePhaseSchema).min(1),
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine(
    (content, ctx) => {
      // Records follow an item by its key, so two items with one key would share their records.
      for (const path of duplicateKeyPaths(content)) {
        ctx.addIssue({ code: 'custom', message: 'duplicateKey', path, input: content });
      }
    },
    // Also when other fields are wrong: a refused draft names every problem at once.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
export type FrameworkContent = z.infer<typeof frameworkContentSchema>;

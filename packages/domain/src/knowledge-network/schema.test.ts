import { describe, expect, it } from 'vitest';
import {
  activityFormatInputSchema,
  knowledgeLinkInputSchema,
  knowledgeSearchSchema,
  sharedDocumentInputSchema,
} from './schema.ts';

const format = {
  kind: 'activityFormat',
  title: 'Herstelgroep in tien weken',
  licence: 'CC BY 4.0',
  phases: ['recovery'],
  audience: ['clients'],
};

describe('knowledge network inputs', () => {
  it.each([
    ['a complete activity format', format, true],
    ['an item of the step', { ...format, stepKey: 'supportAndVision', itemKey: 'vision' }, true],
    ['an item without its step', { ...format, itemKey: 'vision' }, false],
    ['an item of another step', { ...format, stepKey: 'exploration', itemKey: 'vision' }, false],
    ['no phase', { ...format, phases: [] }, false],
    ['no audience', { ...format, audience: [] }, false],
    ['an unknown audience', { ...format, audience: ['everyone'] }, false],
    ['an unknown field', { ...format, owner: 'someone else' }, false],
    ['an empty licence', { ...format, licence: '  ' }, false],
    ['an unknown guide activity', { ...format, activityKey: 'skydiving' }, false],
  ])('%s', (_label, input, valid) => {
    expect(activityFormatInputSchema.safeParse(input).success).toBe(valid);
  });

  it.each([
    ['a vision document', { kind: 'visionDocument', title: 'Visie', licence: 'CC BY' }, true],
    ['a job addendum', { kind: 'jobAddendum', title: 'Addendum', licence: 'CC BY' }, true],
    ['an activity format is no document', { kind: 'activityFormat', title: 'X', licence: 'CC BY' }, false],
    ['a title too long', { kind: 'visionDocument', title: 'x'.repeat(201), licence: 'CC BY' }, false],
  ])('document: %s', (_label, input, valid) => {
    expect(sharedDocumentInputSchema.safeParse(input).success).toBe(valid);
  });

  it.each([
    ['an empty search', {}, true],
    [
      'words and filters',
      { q: 'visie', kind: 'visionDocument', stepKey: 'supportAndVision', phase: 'safety' },
      true,
    ],
    ['an unknown kind', { kind: 'recipe' }, false],
    ['an unknown filter', { owner: 'x' }, false],
  ])('search: %s', (_label, input, valid) => {
    expect(knowledgeSearchSchema.safeParse(input).success).toBe(valid);
  });

  it.each([
    ['a link without a URL yet', { title: 'Ervaringskennisplein' }, true],
    ['an https link', { title: 'Valente', url: 'https://www.valente.nl' }, true],
    ['a javascript link', { title: 'x', url: 'javascript:alert(1)' }, false],
  ])('link: %s', (_label, input, valid) => {
    expect(knowledgeLinkInputSchema.safeParse(input).success).toBe(valid);
  });
});

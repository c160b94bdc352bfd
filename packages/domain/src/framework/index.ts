import { frameworkV1 } from './content/v1.ts';
import type { FrameworkContent } from './schema.ts';

export * from '../locale.ts';
export { frameworkV1 } from './content/v1.ts';
export * from './diff.ts';
export * from './schema.ts';

/**
 * Framework versions that ship with the code. The server stores each one as a published version on
 * start; later versions can also be published by the association without a code change.
 */
export const bundledFrameworks: ReadonlyArray<{
  version: number;
  publishedOn: string;
  content: FrameworkContent;
}> = [{ version: 1, publishedOn: '2025-01-03', content: frameworkV1 }];

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';

type T = ReturnType<typeof useTranslation>['t'];

/** One problem of a draft: where in the JSON (in words), and what is wrong. */
export type DraftProblem = { where: string; message: string };

export function parseDraftJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

const listNames: Record<string, string> = {
  steps: 'step',
  items: 'item',
  values: 'value',
  concepts: 'concept',
  pillars: 'pillar',
  phases: 'phase',
  roles: 'role',
  activities: 'activity',
  sources: 'source',
  coreTasks: 'coreTask',
  contributions: 'contribution',
  questions: 'question',
  lemniscate: 'lemniscate',
};

/**
 * A place in the draft in words: `steps.0.items.2.title.nl` reads "stap 1, onderdeel 3, titel,
 * Nederlands". Parts without a word stay as they are (they are the JSON's own names).
 */
export function describePath(path: string, t: T): string {
  const parts = path.split('.').filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const list = listNames[part];
    if (list && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(`content.path.${list}`, { number: Number(next) + 1 }));
      i++;
    } else words.push(t(`content.path.${part}`, { defaultValue: part }));
  }
  return words.join(', ') || t('content.path.whole');
}

/** The problems of the draft being edited: from reading the JSON, or from the server's refusal. */
export function useDraftProblems() {
  const { t } = useTranslation();
  const [list, setList] = useState<DraftProblem[] | null>(null);
  return {
    list,
    clear: () => setList(null),
    /** Names a JSON syntax error; answers whether the text was JSON. */
    fromJson(parsed: ReturnType<typeof parseDraftJson>) {
      if (parsed.ok) {
        setList(null);
        return true;
      }
      setList([
        {
          where: t('content.path.whole'),
          message: t('content.problems.notJson', { detail: parsed.message }),
        },
      ]);
      return false;
    },
    fromError(error: unknown) {
      if (error instanceof ApiError && error.details.length > 0) {
        setList(
          error.details.map((detail) => ({
            where: describePath(detail.field.replace(/^body\.?(content\.?)?/, ''), t),
            message: detail.message,
          })),
        );
      } else
        setList([
          {
            where: t('content.path.whole'),
            message: error instanceof Error ? error.message : t('common.networkError'),
          },
        ]);
    },
  };
}

/** Every problem of a refused draft at once, at the top of the form; takes focus when new. */
export function DraftProblems({ problems }: { problems: DraftProblem[] | null }) {
  const { t } = useTranslation();
  const ref = useFocusWhen<HTMLDivElement>(problems);
  if (!problems) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert__title">{t('content.problems.title', { count: problems.length })}</p>
      <ul className="alert__list">
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share place and message
          <li key={index}>
            {problem.where}: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

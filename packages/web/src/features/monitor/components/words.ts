import { type FrameworkContent, type Locale, type MonitorLevel, monitorContentV1 } from '@derde-bron/domain';

export const monitorPath = '/organisatie/monitor';
export const roundPath = (roundId: string) => `${monitorPath}/${roundId}`;

/** The monitor's texts (one content version ships so far). */
export const monitorContent = monitorContentV1;

/** "Stap 2: Draagvlak en visievorming", from the framework version the roadmap follows. */
export function stepTitle(content: FrameworkContent, stepKey: string, locale: Locale) {
  const step = content.steps.find((s) => s.key === stepKey);
  return step ? `${step.number}. ${step.title[locale]}` : stepKey;
}

/** "3 – Grotendeels", or a dash when not scored. */
export function levelLabel(score: number | null | undefined, locale: Locale) {
  if (score == null) return '–';
  return `${score} – ${monitorContent.levels[score as MonitorLevel].label[locale]}`;
}

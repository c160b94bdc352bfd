import { frameworkV1 } from '../framework/content/v1.ts';

/**
 * The stages of the guide's circular model an entry can follow: ervaring → reflectie →
 * ervaringskennis → inzet (using it in one's work), and round again. The prompts' text lives in
 * the web app's catalogues (`journal.prompts.<stage>.<key>`); this is which prompts there are.
 */
export const journalStages = ['experience', 'reflection', 'experientialKnowledge', 'deployment'] as const;
export type JournalStage = (typeof journalStages)[number];

export const journalStagePrompts: Record<JournalStage, readonly string[]> = {
  experience: ['whatHappened', 'whatTouchedYou', 'ownExperience'],
  reflection: ['whatDidItDo', 'whereDidYouRecognise', 'whatDoYouNeed'],
  experientialKnowledge: ['whatDidYouLearn', 'beyondYourself', 'whatWouldYouTell'],
  deployment: ['whenToShare', 'whatToKeep', 'whoToAsk'],
};

/**
 * The values of the beroepscode (the guide's values, from the framework content): each has one
 * prompt, "how did this value show in your work?", with the value's own title and text beside it.
 */
export const journalValueKeys: readonly string[] = frameworkV1.values.map((value) => value.key);

/** What one entry holds once it is opened in the browser. The server never sees it. */
export type JournalEntryContent = {
  text: string;
  stage: JournalStage | null;
  promptKey: string | null;
  valueKey: string | null;
  /** The writer marked it as something she may want to bring to intervisie; copying it is her own act. */
  readyToShare: boolean;
  /** When she wrote it: inside the ciphertext, so the server knows only the day. */
  writtenAt: string;
};

/** Reads an opened entry defensively: what is not of the shape becomes an empty, plain entry. */
export function readJournalEntryContent(value: unknown): JournalEntryContent {
  const v = (value ?? {}) as Partial<Record<keyof JournalEntryContent, unknown>>;
  const stage = journalStages.find((s) => s === v.stage) ?? null;
  return {
    text: typeof v.text === 'string' ? v.text : '',
    stage,
    promptKey:
      stage && typeof v.promptKey === 'string' && journalStagePrompts[stage].includes(v.promptKey)
        ? v.promptKey
        : null,
    valueKey: typeof v.valueKey === 'string' && journalValueKeys.includes(v.valueKey) ? v.valueKey : null,
    readyToShare: v.readyToShare === true,
    writtenAt: typeof v.writtenAt === 'string' ? v.writtenAt : '',
  };
}

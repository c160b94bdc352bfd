import { newWavePerspectives, selfAssessmentScaleKey } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import type { InstrumentContent } from './schema.ts';

/**
 * Version 2 of the measurement instrument: one perspective, "medewerkers", for everyone who answers.
 *
 * Why: under the 5-response rule (docs/anonymity.md) a shelter's coordinator (one person), its few
 * experts and its MT of 3–5 were groups of their own that could never be shown, and with them the
 * self-assessment per step and every gap between perspectives stayed hidden for ever. Their
 * judgement is a team's judgement with reasons, not a secret ballot: it now goes into the
 * implementatiemonitor, named (the guide's step 1.2 points to the MIE, filled in by the
 * organisation's own project group). The survey keeps what it is for (step 1.3: what teams know and
 * need), asked of everyone alike and shown per team and for the whole organisation. Splitting off
 * management as a second perspective would bring back a group that is almost always under 5.
 *
 * So: v1's questions that were asked of everyone, without the self-assessment scale and without
 * the questions only the small groups got (those themes are scored in the monitor). v1 never
 * changes, so building v2 from it gives a fixed result; waves opened under v1 keep v1.
 */
const everyoneInV1 = instrumentV1.items.filter(
  (item) =>
    item.scaleKey !== selfAssessmentScaleKey && item.perspectives.length === instrumentV1.perspectives.length,
);

export const instrumentV2: InstrumentContent = {
  ...instrumentV1,
  perspectives: [{ key: 'staff', title: { nl: 'Medewerkers', en: 'Staff' } }],
  scales: instrumentV1.scales.filter((scale) => scale.key !== selfAssessmentScaleKey),
  items: everyoneInV1.map((item) => ({ ...item, perspectives: [...newWavePerspectives] })),
};

import {
  bundledFrameworks,
  instrumentV1,
  type Locale,
  type NetworkFigure,
  type NetworkSection,
} from '@derde-bron/domain';
import { bar, type Content, table } from './pdf.ts';
import { formatNumber, type ReportTexts, textsFor } from './texts.ts';

/**
 * The words for a metric key. Sections added later (the registry) add their keys here; an unknown
 * key is shown as it is rather than hidden.
 */
export function metricLabel(key: string, locale: Locale): string {
  const t = textsFor(locale);
  if (key === 'overallProgress') return t.overallProgress;
  if (key === 'stage.organisation') return t.wholeOrganisation;
  const [kind, sub, band] = key.split('.');
  if (kind === 'stepProgress' || kind === 'stage') {
    const step = bundledFrameworks[0]?.content.steps.find((s) => s.key === sub);
    if (step) return `${kind === 'stage' ? '' : `${t.stepProgress} `}${step.number}. ${step.title[locale]}`;
  }
  if (kind === 'registry' && sub && t.registry[sub])
    return band ? `${t.registry[sub]} — ${t.sizeBands[band] ?? band}` : t.registry[sub];
  if (kind === 'scale') {
    const scale = instrumentV1.scales.find((s) => s.key === sub);
    if (scale) return scale.title[locale];
  }
  return key;
}

const figureCells = (t: ReportTexts, locale: Locale, figure: NetworkFigure, max: number) =>
  figure.withheld
    ? [{ text: t.withheld[figure.reason], colSpan: 5, italics: true }, '', '', '', '']
    : [
        bar(figure.median, max, 80),
        formatNumber(locale, figure.median),
        formatNumber(locale, figure.q1),
        formatNumber(locale, figure.q3),
        String(figure.organisations),
      ];

/** The yearly network report: every section's figures and trend, each withheld figure with its reason. */
export function buildNetworkReport(
  input: { participating: number; minimumOrganisations: number; sections: NetworkSection[] },
  locale: Locale,
  today: string,
): { content: Content[]; info: object } {
  const t = textsFor(locale);
  const maxOf = (unit: string) =>
    (({ score: 5, percent: 100, perHundred: 20, perThousand: 1000 }) as Record<string, number>)[unit] ?? 1;
  return {
    info: { title: t.networkTitle, creator: 'Derde Bron' },
    content: [
      { text: t.networkTitle, style: 'title' },
      { text: t.networkSubtitle, style: 'subtitle' },
      t.participating(input.participating),
      { text: t.networkNote(input.minimumOrganisations), style: 'note' },
      { text: t.madeOn(today), style: 'note' },
      ...input.sections.flatMap((section): Content[] => [
        { text: t.sections[section.key] ?? section.key, style: 'heading' },
        table(
          [t.figure, '', t.median, t.q1, t.q3, t.organisations],
          section.metrics.map((metric) => [
            metricLabel(metric.key, locale),
            ...figureCells(t, locale, metric.figure, maxOf(metric.unit)),
          ]),
          ['*', 86, 48, 48, 48, 56],
        ),
        ...section.distributions.map((d): Content => {
          const rows = d.counts.withheld
            ? [[{ text: t.withheld[d.counts.reason], colSpan: 2, italics: true }, '']]
            : d.categories.map((category) => [
                t.stages[category as keyof ReportTexts['stages']] ?? category,
                String(d.counts.withheld ? 0 : (d.counts.counts[category] ?? 0)),
              ]);
          return [
            { text: `${t.stage}: ${metricLabel(d.key, locale)}`, style: 'subheading' },
            table([t.stage, t.organisations], rows),
          ];
        }),
        ...section.metrics
          .filter((metric) => metric.trend.length > 0)
          .map(
            (metric): Content => [
              { text: `${t.trend}: ${metricLabel(metric.key, locale)}`, style: 'subheading' },
              table(
                [t.year, '', t.median, t.q1, t.q3, t.organisations],
                metric.trend.map((point) => [
                  String(point.year),
                  ...figureCells(t, locale, point.figure, maxOf(metric.unit)),
                ]),
                [40, 86, 48, 48, 48, '*'],
              ),
            ],
          ),
      ]),
    ],
  };
}

import { can, type ItemRecordCounts } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { SuccessMessage } from '../../../components/error-summary.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { useLocale } from '../../../lib/i18n.ts';
import { type AdoptionImpact, useAdoptionImpact } from '../api/get-adoption-impact.ts';
import { useMoveFrameworkVersion, usePublishedVersions } from '../api/move-framework-version.ts';
import { RoadmapData, type RoadmapView } from './roadmap-data.tsx';
import { roadmapPath } from './roadmap-page.tsx';
import { itemLabels } from './words.ts';

/**
 * What a newer framework version changes for the organisation's roadmap, and adopting it when the
 * organisation chooses: records carry over by the item's stable key, new items start empty, and
 * the records of items that disappear stay readable in the archive.
 */
export function FrameworkAdoptionPage() {
  const { t } = useTranslation();
  // Here, not below: adopting reloads the roadmap, and the page then says it is done.
  const move = useMoveFrameworkVersion();
  return (
    <>
      <PageHeading title={t('adoption.title')} />
      {move.isSuccess ? (
        <SuccessMessage focusKey={move.data}>
          <p>{t('adoption.done', { version: move.data.frameworkVersion })}</p>
          <p>
            <Link to={roadmapPath}>{t('adoption.toRoadmap')}</Link>
          </p>
        </SuccessMessage>
      ) : (
        <RoadmapData>{(view) => <Adoption {...view} move={move} />}</RoadmapData>
      )}
    </>
  );
}

function Adoption({
  orgId,
  membership,
  roadmap,
  content,
  move,
}: RoadmapView & { move: ReturnType<typeof useMoveFrameworkVersion> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const versions = usePublishedVersions();
  const newest = versions.data?.versions[0]?.version;
  const newer = newest !== undefined && newest > roadmap.frameworkVersion ? newest : undefined;
  const impact = useAdoptionImpact(orgId, newer);
  const mayAdopt = can(membership.role, 'roadmap.adoptVersion');
  return (
    <>
      <p>
        <Link to={roadmapPath}>{t('roadmap.step.back')}</Link>
      </p>
      <QueryState query={versions}>
        {() =>
          newer === undefined ? (
            <p>{t('adoption.upToDate', { version: roadmap.frameworkVersion })}</p>
          ) : (
            <QueryState query={impact}>
              {(loaded) => (
                <>
                  <p className="lead">{t('adoption.intro', { from: loaded.from, to: loaded.to })}</p>
                  <ImpactTables impact={loaded} labels={itemLabels(content, locale)} />
                  {mayAdopt ? (
                    <Section id="adoption-adopt-title" title={t('adoption.adoptTitle')}>
                      <p>{t('adoption.adoptText')}</p>
                      {move.isError && (
                        <p className="alert alert--error" role="alert">
                          {move.error.message}
                        </p>
                      )}
                      <Button
                        variant="primary"
                        disabled={move.isPending}
                        onClick={() => move.mutate({ orgId, version: loaded.to })}
                      >
                        {t('adoption.adopt', { version: loaded.to })}
                      </Button>
                    </Section>
                  ) : (
                    <p>{t('adoption.askAdmin')}</p>
                  )}
                </>
              )}
            </QueryState>
          )
        }
      </QueryState>
    </>
  );
}

function RecordsCell({ records }: { records: ItemRecordCounts }) {
  const { t } = useTranslation();
  const parts = [
    records.assessed ? t('adoption.records.assessed') : null,
    records.decisions > 0 ? t('adoption.records.decisions', { count: records.decisions }) : null,
    records.evidence > 0 ? t('adoption.records.evidence', { count: records.evidence }) : null,
    records.changes > 0 ? t('adoption.records.changes', { count: records.changes }) : null,
  ].filter(Boolean);
  return <td>{parts.length > 0 ? parts.join(', ') : t('adoption.records.none')}</td>;
}

function ImpactTables({ impact, labels }: { impact: AdoptionImpact; labels: Map<string, string> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const step = (key: string) => t(`benchmark.steps.${key}`);
  const renamedKeys = new Set(impact.renamed.map((item) => item.key));
  const carried = impact.carried.filter((item) => !renamedKeys.has(item.key));
  return (
    <>
      <Section id="adoption-renamed-title" title={t('adoption.renamedTitle')}>
        <OrNone items={impact.renamed} none={t('adoption.noneRenamed')}>
          <DataTable
            caption={t('adoption.renamedCaption')}
            hideCaption
            columns={[t('content.diff.oldTitle'), t('content.diff.newTitle'), t('adoption.records.title')]}
          >
            {impact.renamed.map((item) => (
              <tr key={item.key}>
                <td>{item.from[locale]}</td>
                <td>{item.to[locale]}</td>
                <RecordsCell records={item.records} />
              </tr>
            ))}
          </DataTable>
        </OrNone>
      </Section>
      <Section id="adoption-carried-title" title={t('adoption.carriedTitle')}>
        <p>{t('adoption.carriedText', { count: impact.diff.kept.length })}</p>
        {carried.length > 0 && (
          <DataTable
            caption={t('adoption.carriedCaption')}
            hideCaption
            columns={[t('content.diff.itemTitle'), t('adoption.records.title')]}
          >
            {carried.map((item) => (
              <tr key={item.key}>
                <td>{labels.get(item.key) ?? item.key}</td>
                <RecordsCell records={item.records} />
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
      <Section id="adoption-added-title" title={t('adoption.addedTitle')}>
        <OrNone items={impact.diff.added} none={t('adoption.noneAdded')}>
          <DataTable
            caption={t('adoption.addedCaption')}
            hideCaption
            columns={[t('content.diff.step'), t('content.diff.itemTitle')]}
          >
            {impact.diff.added.map((item) => (
              <tr key={item.key}>
                <td>{step(item.stepKey)}</td>
                <td>{item.title[locale]}</td>
              </tr>
            ))}
          </DataTable>
        </OrNone>
      </Section>
      <Section id="adoption-retired-title" title={t('adoption.retiredTitle')}>
        <OrNone items={impact.retired} none={t('adoption.noneRetired')}>
          <p>{t('adoption.retiredText')}</p>
          <DataTable
            caption={t('adoption.retiredCaption')}
            hideCaption
            columns={[t('content.diff.step'), t('content.diff.itemTitle'), t('adoption.records.title')]}
          >
            {impact.retired.map((item) => (
              <tr key={item.key}>
                <td>{step(item.stepKey)}</td>
                <td>{item.title[locale]}</td>
                <RecordsCell records={item.records} />
              </tr>
            ))}
          </DataTable>
        </OrNone>
      </Section>
    </>
  );
}

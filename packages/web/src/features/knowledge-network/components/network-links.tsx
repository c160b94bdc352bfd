import { useTranslation } from 'react-i18next';
import { type KnowledgeLink, useKnowledgeLinks } from '../api/knowledge-network.ts';

/**
 * The links library's links for one step (`itemKey` null: those for the whole step) or one of its
 * items, as a short list beside it; nothing when there are none or they cannot be loaded.
 */
export function NetworkLinks({
  stepKey,
  itemKey,
  about,
}: {
  stepKey: string;
  itemKey: string | null;
  /** What the links are beside (the step or the item), heard with the heading so each aside has its own name. */
  about: string;
}) {
  const { t } = useTranslation();
  const links = useKnowledgeLinks();
  const mine = (links.data ?? []).filter((link) => link.stepKey === stepKey && link.itemKey === itemKey);
  if (mine.length === 0) return null;
  const id = `network-links-${stepKey}-${itemKey ?? 'step'}`;
  return (
    <aside className="notice" aria-labelledby={id}>
      <h3 id={id}>
        {t('knowledgeNetwork.links.title')}
        <span className="visually-hidden"> — {about}</span>
      </h3>
      <ul>
        {mine.map((link) => (
          <li key={link.id}>
            <LinkEntry link={link} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

function LinkEntry({ link }: { link: KnowledgeLink }) {
  const { t } = useTranslation();
  return (
    <>
      {link.url ? (
        <a href={link.url} rel="noreferrer noopener">
          {link.title}
        </a>
      ) : (
        <>
          {link.title} <span className="muted">{t('knowledgeNetwork.links.noUrl')}</span>
        </>
      )}
      {link.description && <span className="muted"> — {link.description}</span>}
    </>
  );
}

import type { Term } from '@derde-bron/domain';
import { useLocalized } from '../../../lib/i18n.ts';

/** Terms with their explanation, as a description list. */
export function TermList({ terms }: { terms: Term[] }) {
  const l = useLocalized();
  return (
    <dl className="term-list">
      {terms.map((term) => (
        <div key={term.key} className="term-list__item">
          <dt>{l(term.title)}</dt>
          <dd>{l(term.text)}</dd>
        </div>
      ))}
    </dl>
  );
}

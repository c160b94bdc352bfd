import { orgRoles } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';
import { Options } from '../../../components/options.tsx';

/** The four roles as <option>s, in the order of the role table. */
export function RoleOptions() {
  const { t } = useTranslation();
  return <Options values={orgRoles} label={(role) => t(`roles.${role}`)} />;
}

/** What each role may do, in words, to help choose one. */
export function RoleExplanation() {
  const { t } = useTranslation();
  return (
    <details className="details">
      <summary>{t('organisation.roleHelpTitle')}</summary>
      <dl className="term-list">
        {orgRoles.map((role) => (
          <div key={role} className="term-list__item">
            <dt>{t(`roles.${role}`)}</dt>
            <dd>{t(`roleHelp.${role}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

import { frameworkV1, registryActivities, registryLevels, registryRoles } from '@derde-bron/domain';
import { useLocalized } from '../../../lib/i18n.ts';

/** Titles of roles, phases, levels and activities from the framework content, in the page's language. */
export function useTerms() {
  const localized = useLocalized();
  const titleIn =
    (terms: ReadonlyArray<{ key: string; title: { nl: string; en: string } }>) => (key: string) => {
      const term = terms.find((t) => t.key === key);
      return term ? localized(term.title) : key;
    };
  return {
    role: titleIn(registryRoles),
    phase: titleIn(frameworkV1.phases),
    level: titleIn(registryLevels),
    activity: titleIn(registryActivities),
  };
}

/** Registerplein's public register of ervaringsdeskundigen (the guide's source Registerplein, 2024). */
export const publicRegisterUrl = 'https://www.registerplein.nl/register/ervaringsdeskundigen/';

/** What the register page is told after a person was taken out (router state, not the URL). */
export type RemovedState = { removed: string };

export const registryPaths = {
  list: '/organisatie/register',
  person: (id: string) => `/organisatie/register/${encodeURIComponent(id)}`,
  coverage: '/organisatie/register/dekking',
  signals: '/organisatie/register/signalen',
  import: '/organisatie/register/importeren',
  formation: '/organisatie/register/formatieplan',
  activities: '/organisatie/activiteiten',
};

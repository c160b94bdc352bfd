import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { OrNone } from '../../../components/or-none.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { Section } from '../../../components/section.tsx';
import { type Feedback, SectionFeedback } from '../../../components/section-feedback.tsx';
import { longDateTimeFormat } from '../../../lib/format.ts';
import { useLocale } from '../../../lib/i18n.ts';
import { UndeliveredMailNotice } from '../../mail/components/undelivered-mail.tsx';
import type { Team } from '../../organisations/api/get-organisation.ts';
import { useGroups, type WaveGroup } from '../api/get-groups.ts';
import type { Wave } from '../api/get-waves.ts';
import { DeclareGroupForm } from './declare-group-form.tsx';
import { InvitationForm } from './invitation-form.tsx';
import { RemindersForm } from './reminders-form.tsx';
import { SharedLinkForm } from './shared-link-form.tsx';
import { WithdrawLink } from './withdraw-link.tsx';
import { perspectiveName, progressText, teamOfGroup } from './words.ts';

type Props = { orgId: string; wave: Wave; teams: Team[] };

/**
 * Who a wave asks: its groups (a team, or none, in one perspective) with the people declared for
 * each, how far each is while the wave is open, and per group its shared links and e-mail
 * invitations. Progress is said only as "enough" or how many more answers are needed; once the
 * wave is closed, nothing per group: only the published results speak.
 */
export function GroupsSection({ orgId, wave, teams }: Props) {
  const { t } = useTranslation();
  const groups = useGroups(orgId, wave.id);
  const isOpen = wave.status !== 'closed';
  // What became of withdrawing a link: said above the table, since the link's row changes.
  const [tableFeedback, setTableFeedback] = useState<Feedback>(null);
  return (
    <Section id="groups-title" title={t('measurement.groups.title')}>
      <p>{t('measurement.groups.intro')}</p>
      <UndeliveredMailNotice />
      <QueryState query={groups}>
        {(list) => (
          <>
            <OrNone
              items={list}
              none={isOpen ? t('measurement.groups.none') : t('measurement.groups.noneClosed')}
            >
              <SectionFeedback feedback={tableFeedback} />
              <GroupsTable orgId={orgId} wave={wave} groups={list} onOutcome={setTableFeedback} />
            </OrNone>
            {isOpen ? (
              <>
                <DeclareGroupForm orgId={orgId} wave={wave} teams={teams} groups={list} />
                {list.length > 0 && (
                  <>
                    <SharedLinkForm orgId={orgId} waveId={wave.id} groups={list} />
                    <InvitationForm orgId={orgId} waveId={wave.id} groups={list} />
                    {list.some((group) => group.invitationsSent > 0) && (
                      <RemindersForm orgId={orgId} waveId={wave.id} />
                    )}
                  </>
                )}
              </>
            ) : (
              <p className="muted">{t('measurement.groups.closed')}</p>
            )}
          </>
        )}
      </QueryState>
    </Section>
  );
}

function GroupsTable({
  orgId,
  wave,
  groups,
  onOutcome,
}: {
  orgId: string;
  wave: Wave;
  groups: WaveGroup[];
  onOutcome: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const isOpen = wave.status !== 'closed';
  const time = longDateTimeFormat(locale);
  return (
    <DataTable
      caption={t('measurement.groups.caption')}
      head={
        <>
          <th scope="col">{t('measurement.groups.team')}</th>
          <th scope="col">{t('measurement.groups.perspective')}</th>
          <th scope="col" className="table__number">
            {t('measurement.groups.headcount')}
          </th>
          {isOpen && (
            <>
              <th scope="col">{t('measurement.groups.progress')}</th>
              <th scope="col">{t('measurement.groups.links')}</th>
              <th scope="col" className="table__number">
                {t('measurement.groups.invitationsSent')}
              </th>
            </>
          )}
        </>
      }
    >
      {groups.map((group) => (
        <tr key={group.id}>
          <th scope="row">{teamOfGroup(group, t)}</th>
          <td>{perspectiveName(group.perspective, t)}</td>
          <td className="table__number">{group.headcount}</td>
          {isOpen && (
            <>
              <td>{progressText(group.progress, t)}</td>
              <td>
                {group.links.length === 0 ? (
                  <span className="muted">{t('measurement.groups.noLinks')}</span>
                ) : (
                  <ul className="plain-list">
                    {group.links.map((link) => (
                      <li key={link.id}>
                        {t('measurement.groups.linkMade', { at: time.format(new Date(link.createdAt)) })}{' '}
                        <WithdrawLink
                          orgId={orgId}
                          waveId={wave.id}
                          group={group}
                          linkId={link.id}
                          onOutcome={onOutcome}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="table__number">{group.invitationsSent}</td>
            </>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

import { memo, useId } from 'react';
import { useLocale, useT } from '../../i18n/use-t.ts';
import { formatDate } from '../../model/format-date.ts';
import { membershipChanges } from '../../model/membership-changes.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countryName } from '../../world/world.ts';

/** Memberships as of the article (default) or today, with the changes in between listed and dated. */
export const MembershipSwitch = memo(function MembershipSwitch() {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.membershipView);
  const today = useAppStore((s) => s.today);
  const setView = useAppStore((s) => s.setMembershipView);
  const labelId = useId();
  const locale = useLocale();
  const changes = view === 'today' ? membershipChanges(dataset, dataset.asOf, today) : [];
  return (
    <div className="membership-switch">
      <button
        type="button"
        role="switch"
        aria-checked={view === 'today'}
        aria-labelledby={labelId}
        className="switch"
        onClick={() => setView(view === 'today' ? 'article' : 'today')}
      >
        <span className="switch__track" aria-hidden="true" />
      </button>
      <span id={labelId}>{t('filters.todayMemberships', { date: formatDate(dataset.asOf, locale) })}</span>
      {view === 'today' && (
        <div className="membership-switch__changes">
          <p>{t('filters.changesSince')}</p>
          <ul>
            {changes.map((c) => (
              <li key={`${c.org}-${c.country}-${c.change}-${c.date}`}>
                {t(c.change === 'joined' ? 'filters.changeJoined' : 'filters.changeLeft', {
                  date: formatDate(c.date, locale),
                  country: countryName(c.country),
                  org: c.org,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});

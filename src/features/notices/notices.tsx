import { useShallow } from 'zustand/react/shallow';
import { handFocus, PAGE_HEADING } from '../../components/hand-focus.ts';
import { Icon } from '../../components/icon.tsx';
import { useMapHandle } from '../../components/map-handle.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Dismissible messages about input the app could not use, such as a link to an unknown country. */
export function Notices() {
  const notices = useAppStore(useShallow((s) => s.notices));
  const map = useMapHandle();
  const dismiss = useAppStore((s) => s.dismissNotice);
  const t = useT();
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span dir="auto">
            {typeof notice.text === 'string' ? notice.text : t(notice.text.id, notice.text.values)}
          </span>
          <button
            type="button"
            onClick={(event) => {
              // Reading goes on with the next message, else the one before, else the page's heading
              // just above the messages (the map during the tour, which hides the heading).
              const here = event.currentTarget.closest('.notice');
              const button = (sibling: Element | null | undefined) => sibling?.querySelector('button');
              handFocus(
                button(here?.nextElementSibling),
                button(here?.previousElementSibling),
                PAGE_HEADING,
                map.current?.tabStop(),
              );
              dismiss(notice.id);
            }}
            aria-label={t('notice.dismiss')}
          >
            <Icon name="close" />
          </button>
        </p>
      ))}
    </div>
  );
}

import { useShallow } from 'zustand/react/shallow';
import { Icon } from '../../components/icon.tsx';
import { useAppStore } from '../../store/app-store.ts';

/** Dismissible messages about input the app could not use, such as a link to an unknown country. */
export function Notices() {
  const notices = useAppStore(useShallow((s) => s.notices));
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span dir="auto">{notice.text}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss message">
            <Icon name="close" />
          </button>
        </p>
      ))}
    </div>
  );
}

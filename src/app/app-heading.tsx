import { formatDate } from '../model/format-date.ts';
import { useAppStore } from '../store/app-store.ts';

/** The page's heading: the article on show, with its author and date. */
export function AppHeading() {
  const source = useAppStore((s) => s.dataset.source);
  const isBuiltIn = useAppStore((s) => s.isBuiltIn);
  return (
    <div>
      <h1 dir="auto">{isBuiltIn ? "Kazakhstan's multi-vector foreign policy" : source.title}</h1>
      <p className="app__subtitle">
        {isBuiltIn
          ? 'Who Kazakhstan calls an ally, a strategic partner or a partner in cooperation, in'
          : 'From'}{' '}
        the words of “<span dir="auto">{source.title}</span>” by <span dir="auto">{source.author}</span> (
        {formatDate(source.published)}). Select a country to read what the article says about it.
      </p>
    </div>
  );
}

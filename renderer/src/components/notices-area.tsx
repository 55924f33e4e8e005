// The notices the app raised (a session ended, no keychain, settings reset), each with its action
// and a dismiss button. Nothing is rendered while there are none.
import { useAppStore } from '../store/app-store-context';
import { NoticeItem } from './notice-item';

export function NoticesArea() {
  const notices = useAppStore((state) => state.notices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      <ul>
        {notices.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </ul>
    </section>
  );
}

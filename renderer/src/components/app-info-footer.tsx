// Name, version and runtime of the app, from `app:get-info`. The runtime tells a tester which
// transport carried the answer: "electron" or "web-host".
import { useAppStore } from '../store/app-store-context';

export function AppInfoFooter() {
  const appInfo = useAppStore((state) => state.appInfo);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);

  return (
    <footer className="app-footer" aria-label="App info">
      {appInfo.status === 'loaded' ? (
        <dl className="app-info">
          <div>
            <dt>Name</dt>
            <dd>{appInfo.info.name}</dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd>{appInfo.info.version}</dd>
          </div>
          <div>
            <dt>Runtime</dt>
            <dd>{appInfo.info.runtime}</dd>
          </div>
        </dl>
      ) : appInfo.status === 'failed' ? (
        <p role="alert">
          Could not read the app info: {appInfo.message}{' '}
          <button type="button" onClick={() => void loadAppInfo()}>
            Try again
          </button>
        </p>
      ) : (
        <p role="status">Loading app info…</p>
      )}
    </footer>
  );
}

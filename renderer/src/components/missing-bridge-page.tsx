// Shown when the page has no `window.desktop`: it was opened outside the app (a plain browser tab
// or the dev web host without its bridge), or the preload failed. Nothing else can work then.
export function MissingBridgePage() {
  return (
    <main className="missing-bridge" role="alert" aria-labelledby="missing-bridge-title">
      <h1 id="missing-bridge-title">SSO Tray cannot reach the app</h1>
      <p>
        This page runs inside the SSO Tray app, which connects it to your sign-in and accounts. It was opened
        without that connection.
      </p>
      <p>
        Start the app with <code>npm start</code>, or open it in a browser with <code>npm run demo:web</code> and use
        the address that command prints.
      </p>
    </main>
  );
}

// HTML for the pages a person (or a Playwright test) sees: device verification, /authorize
// consent, console sign-in. Every interpolated value goes through escapeHtml: fixtures carry
// hostile account names on purpose. Elements carry labels and roles for role-based selectors.

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface PageUser {
  userName: string;
  displayName: string;
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – IAM Identity Center emulator</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#16191f}
header{font-size:.85rem;color:#5f6b7a;border-bottom:1px solid #d1d5db;margin-bottom:1rem}
fieldset{border:1px solid #d1d5db;border-radius:4px;margin:1rem 0}
label{display:block;margin:.25rem 0}
button{font:inherit;padding:.4rem 1.2rem;margin-right:.5rem;border-radius:4px;border:1px solid #5f6b7a;background:#fff}
button[value=allow]{background:#0972d3;color:#fff;border-color:#0972d3}
code{font-size:1.1rem}
</style>
</head>
<body>
<header>Local IAM Identity Center emulator – not AWS</header>
<main>
${body}
</main>
</body>
</html>
`;
}

function userChoices(users: readonly PageUser[]): string {
  const only = users.length === 1;
  const radios = users
    .map((user) => {
      const id = `user-${escapeHtml(user.userName)}`;
      return `<label for="${id}"><input type="radio" id="${id}" name="user" value="${escapeHtml(user.userName)}" required${only ? ' checked' : ''}> ${escapeHtml(user.displayName)} (${escapeHtml(user.userName)})</label>`;
    })
    .join('\n');
  return `<fieldset>\n<legend>Sign in as</legend>\n${radios}\n</fieldset>`;
}

// The Deny button skips the "pick a user" check: denying needs no identity.
const DECISION_BUTTONS = `<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button>`;

export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p role="alert">${escapeHtml(message)}</p>`);
}

/** /device without a code: ask for one (RFC 8628 §3.3). */
export function enterUserCodePage(): string {
  return layout(
    'Enter code',
    `<h1>Authorize a device</h1>
<form method="get" action="/device">
<label for="user_code">User code</label>
<input id="user_code" name="user_code" autocomplete="off" required placeholder="ABCD-EFGH">
<button type="submit">Next</button>
</form>`,
  );
}

export function deviceConsentPage(userCode: string, startUrl: string, clientName: string, users: readonly PageUser[]): string {
  return layout(
    'Authorize request',
    `<h1>Authorize request</h1>
<p>The application <strong>${escapeHtml(clientName)}</strong> asks to sign in to <strong>${escapeHtml(startUrl)}</strong>.</p>
<p>Code: <code aria-label="User code">${escapeHtml(userCode)}</code></p>
<form method="post" action="/device" aria-label="Authorize request">
<input type="hidden" name="user_code" value="${escapeHtml(userCode)}">
${userChoices(users)}
${DECISION_BUTTONS}
</form>`,
  );
}

export function deviceResultPage(approved: boolean, userName?: string): string {
  const title = approved ? 'Request approved' : 'Request denied';
  const text = approved ? `Signed in as ${userName ?? ''}. You can close this window and return to the application.` : 'Access was denied. You can close this window.';
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p role="status">${escapeHtml(text)}</p>`);
}

export function authorizeConsentPage(requestId: string, clientName: string, startUrl: string, scopes: readonly string[], users: readonly PageUser[]): string {
  const scopeList = scopes.length ? `<ul aria-label="Requested scopes">${scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('')}</ul>` : '';
  return layout(
    'Allow access',
    `<h1>Allow ${escapeHtml(clientName)} to access your data?</h1>
<p>Instance: <strong>${escapeHtml(startUrl)}</strong></p>
${scopeList}
<form method="post" action="/authorize" aria-label="Allow access">
<input type="hidden" name="request_id" value="${escapeHtml(requestId)}">
${userChoices(users)}
${DECISION_BUTTONS}
</form>`,
  );
}

export interface SignedInDetails {
  accountId: string;
  accountName: string;
  roleName: string;
  userName: string;
  startUrl: string;
  destination: string;
  issuer?: string;
  sessionExpiresAt: string;
}

/** What the "console" shows after Action=login: enough for a test to see which role opened. */
export function signedInPage(details: SignedInDetails): string {
  const link = (url: string, text: string) => (/^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text));
  return layout(
    'Console',
    `<h1>Signed in to ${escapeHtml(details.accountName)} (${escapeHtml(details.accountId)}) as ${escapeHtml(details.roleName)}</h1>
<dl aria-label="Console session">
<dt>Account</dt><dd data-field="accountId">${escapeHtml(details.accountId)}</dd>
<dt>Account name</dt><dd data-field="accountName">${escapeHtml(details.accountName)}</dd>
<dt>Role</dt><dd data-field="roleName">${escapeHtml(details.roleName)}</dd>
<dt>User</dt><dd data-field="userName">${escapeHtml(details.userName)}</dd>
<dt>Instance</dt><dd>${escapeHtml(details.startUrl)}</dd>
<dt>Destination</dt><dd data-field="destination">${link(details.destination, details.destination)}</dd>
<dt>Session ends</dt><dd>${escapeHtml(details.sessionExpiresAt)}</dd>
</dl>
${details.issuer ? `<p>${link(details.issuer, 'Back to the issuer')}</p>` : ''}`,
  );
}

export function consoleLoggedOutPage(): string {
  return layout('Signed out', '<h1>Signed out of the console</h1>\n<p role="status">You have been signed out.</p>');
}

export function indexPage(instances: readonly { startUrl: string; region: string }[]): string {
  const items = instances.map((instance) => `<li>${escapeHtml(instance.startUrl)} (${escapeHtml(instance.region)})</li>`).join('');
  return layout(
    'Emulator',
    `<h1>IAM Identity Center emulator</h1>
<p>SSO OIDC, the SSO portal and the console federation endpoint are served from this origin.</p>
<h2>Instances</h2><ul>${items}</ul>
<p><a href="/device">Enter a device code</a></p>`,
  );
}

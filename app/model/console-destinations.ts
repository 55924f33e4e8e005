// Where a console opens: the console home in a region, one of a few common services, or any console
// path the user types. Pure data and rules: the renderer shows the same list in its menu and the
// core turns the choice into a console URL (app/console/sign-in-urls.ts). Facts: docs/console.md.
// No zod here (the page imports it); the contract's schemas for these are in ipc/contract/console.ts.
import type { ConsoleOpenIn } from './app-settings';

/** The short list the menu offers; `path` is the service's console home, before `?region=`. */
export const consoleServices = [
  { id: 'ec2', label: 'EC2', path: '/ec2/home' },
  { id: 's3', label: 'S3', path: '/s3/home' },
  { id: 'iam', label: 'IAM', path: '/iam/home' },
  { id: 'cloudwatch', label: 'CloudWatch', path: '/cloudwatch/home' },
  { id: 'lambda', label: 'Lambda', path: '/lambda/home' },
  { id: 'cloudformation', label: 'CloudFormation', path: '/cloudformation/home' },
  { id: 'billing', label: 'Billing', path: '/billing/home' },
] as const;
export type ConsoleServiceId = (typeof consoleServices)[number]['id'];

/** The console home, the default destination. */
export const consoleHome = 'home';
const consoleHomePath = '/console/home';

/** The longest console path accepted (the console's own deep links stay well below this). */
export const maxConsolePathLength = 1_000;

/** How a console opens this once; absent means the settings' `console.openIn`. */
export type ConsoleWay = ConsoleOpenIn;

export const consoleWayLabels: Readonly<Record<ConsoleWay, string>> = {
  'app-window': 'In an app window',
  browser: 'In the default browser',
  'portal-link': 'Through the access portal',
};

export type ConsolePath =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: string };

/**
 * The console path a destination stands for, checked so that it can only ever name a page on the
 * console host it is put on: one leading `/`, no `//` (a host), no backslash (browsers read it as
 * `/`), no control characters or spaces, no `..` segments.
 */
export function consolePathOf(destination: string): ConsolePath {
  const text = destination.trim();
  if (text === '' || text === consoleHome) return { ok: true, path: consoleHomePath };
  const service = consoleServices.find((candidate) => candidate.id === text.toLowerCase());
  if (service) return { ok: true, path: service.path };
  if (text.length > maxConsolePathLength) return { ok: false, reason: `a console path is at most ${maxConsolePathLength} characters` };
  const path = text.startsWith('/') ? text : `/${text}`;
  if (/^\/[/\\]/.test(path) || path.includes('\\')) return { ok: false, reason: 'a console path may not name another host' };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0020\u007f]/.test(path)) return { ok: false, reason: 'a console path may not hold spaces or control characters' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return { ok: false, reason: 'type a path such as /ec2/home, not a whole URL' };
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  if (pathname.split('/').some((segment) => segment === '..' || segment === '.')) return { ok: false, reason: 'a console path may not hold . or .. segments' };
  return { ok: true, path };
}

/** The menu's label for a destination: the service's name, "Console home", or the path itself. */
export function destinationLabel(destination: string | undefined): string {
  if (destination === undefined || destination.trim() === '' || destination === consoleHome) return 'Console home';
  return consoleServices.find((service) => service.id === destination)?.label ?? destination;
}

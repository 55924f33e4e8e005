// HTTP face of the admin API, under /_emulator/ (JSON in, JSON out; errors are {"message"}).
// Not counted, throttled, delayed or faulted: tests must be able to steer a misbehaving emulator.
import { AdminError, type EmulatorAdmin } from './admin';
import type { Context, EmulatorRequest } from './context';
import { DeviceCodeProblem } from './devices';
import { jsonReply, type Reply } from './reply';
import type { GeneratedAccountsSpec, NewAccount } from './organisation';
import type { SettingsPatch } from './settings';

export const ADMIN_PREFIX = '/_emulator/';

/** Answers one admin request; every route is listed in README.md. */
export function handleAdmin(admin: EmulatorAdmin, context: Context, request: EmulatorRequest): Reply {
  try {
    return route(admin, context, request);
  } catch (error) {
    const status = error instanceof AdminError || error instanceof DeviceCodeProblem ? error.status : 500;
    return jsonReply(status, { message: (error as Error).message });
  }
}

function route(admin: EmulatorAdmin, context: Context, request: EmulatorRequest): Reply {
  const path = request.url.pathname.slice(ADMIN_PREFIX.length).split('/').map(decodeURIComponent);
  const method = request.method;
  const [resource, id, action, item] = path;
  const ok = jsonReply(200, { ok: true });
  const query = request.url.searchParams;
  const startUrl = query.get('startUrl') ?? undefined;

  switch (`${method} ${resource}${id === undefined ? '' : '/:id'}${action === undefined ? '' : `/${action}`}${item === undefined ? '' : '/:item'}`) {
    case 'GET settings':
      return jsonReply(200, admin.settings());
    case 'PATCH settings':
    case 'POST settings':
      admin.updateSettings(body(request) as SettingsPatch); // validated inside
      return jsonReply(200, admin.settings());
    case 'GET counts':
      return jsonReply(200, admin.counts());
    case 'POST counts/:id':
      if (id !== 'reset') break;
      admin.resetCounts();
      return ok;
    case 'DELETE counts':
      admin.resetCounts();
      return ok;
    case 'GET device-codes':
      return jsonReply(200, admin.pendingDeviceCodes());
    case 'POST device-codes/:id/approve': {
      const { userName } = body(request) as { userName?: unknown };
      if (typeof userName !== 'string') throw new AdminError(400, 'Body must be {"userName": "..."}');
      admin.approveDevice(id ?? '', userName);
      return ok;
    }
    case 'POST device-codes/:id/deny':
      admin.denyDevice(id ?? '');
      return ok;
    case 'POST users/:id/revoke':
      admin.revokeUser(id ?? '');
      return ok;
    case 'GET credentials/:id': {
      const info = admin.issuedCredentials(id ?? '');
      if (!info) throw new AdminError(404, `Access key id ${id} was not issued by this emulator`);
      return jsonReply(200, info);
    }
    case 'GET accounts/:id': {
      const details = admin.account(id ?? '', { startUrl });
      if (!details) throw new AdminError(404, `No instance${startUrl ? ` ${startUrl}` : ''} has an account ${id}`);
      return jsonReply(200, details);
    }
    case 'POST accounts': {
      const { accounts, generate, startUrl: bodyStartUrl } = body(request) as { accounts?: unknown; generate?: unknown; startUrl?: string };
      if ((accounts === undefined) === (generate === undefined)) throw new AdminError(400, 'Body must have exactly one of "accounts" (a list) and "generate" ({accounts, rolesPerAccount, seed?, users?})');
      const choice = { startUrl: optionalString(bodyStartUrl, 'startUrl') };
      // Validated inside (organisation.ts), like the settings patch.
      const added = accounts !== undefined ? admin.addAccounts(accounts as NewAccount[], choice) : admin.addGeneratedAccounts(generate as GeneratedAccountsSpec, choice);
      return jsonReply(200, { accounts: added });
    }
    case 'PATCH accounts/:id': {
      const { accountName, startUrl: bodyStartUrl } = body(request) as { accountName?: unknown; startUrl?: unknown };
      if (typeof accountName !== 'string') throw new AdminError(400, 'Body must be {"accountName": "...", "startUrl"?: "..."}');
      return jsonReply(200, admin.renameAccount(id ?? '', accountName, { startUrl: optionalString(bodyStartUrl, 'startUrl') ?? startUrl }));
    }
    case 'DELETE accounts/:id':
      admin.removeAccount(id ?? '', { startUrl });
      return ok;
    case 'POST accounts/:id/roles': {
      const { roleName, users, startUrl: bodyStartUrl } = body(request) as { roleName?: unknown; users?: unknown; startUrl?: unknown };
      if (typeof roleName !== 'string') throw new AdminError(400, 'Body must be {"roleName": "...", "users"?: [...], "startUrl"?: "..."}');
      return jsonReply(200, admin.addRole(id ?? '', roleName, { users: optionalStrings(users, 'users'), startUrl: optionalString(bodyStartUrl, 'startUrl') ?? startUrl }));
    }
    case 'DELETE accounts/:id/roles/:item': {
      const users = query.getAll('user');
      return jsonReply(200, admin.removeRole(id ?? '', item ?? '', { users: users.length > 0 ? users : undefined, startUrl }));
    }
    case 'GET instances':
      return jsonReply(
        200,
        context.directory.instances.map((instance) => ({
          startUrl: instance.startUrl,
          region: instance.region,
          users: [...instance.users.keys()],
          accounts: instance.accounts.size,
        })),
      );
  }
  throw new AdminError(404, `No admin route ${method} ${request.url.pathname}`);
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new AdminError(400, `${name} must be a string`);
}

function optionalStrings(value: unknown, name: string): string[] | undefined {
  if (value === undefined || (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))) return value;
  throw new AdminError(400, `${name} must be a list of strings`);
}

function body(request: EmulatorRequest): unknown {
  let value: unknown;
  try {
    value = request.body.trim() === '' ? {} : JSON.parse(request.body);
  } catch {
    throw new AdminError(400, 'The request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AdminError(400, 'The request body must be a JSON object');
  return value;
}

// HTTP face of the admin API, under /_emulator/ (JSON in, JSON out; errors are {"message"}).
// Not counted, throttled, delayed or faulted: tests must be able to steer a misbehaving emulator.
import { AdminError, type EmulatorAdmin } from './admin';
import type { Context, EmulatorRequest } from './context';
import { DeviceCodeProblem } from './devices';
import { jsonReply, type Reply } from './reply';
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
  const [resource, id, action] = path;
  const ok = jsonReply(200, { ok: true });

  switch (`${method} ${resource}${id === undefined ? '' : '/:id'}${action === undefined ? '' : `/${action}`}`) {
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

function body(request: EmulatorRequest): unknown {
  try {
    return request.body.trim() === '' ? {} : JSON.parse(request.body);
  } catch {
    throw new AdminError(400, 'The request body is not valid JSON');
  }
}

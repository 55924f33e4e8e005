// Approving and denying device codes, shared by the verification page (/device) and the admin
// API, so a script and a person take exactly the same path (RFC 8628 §3.3).
import { usersOf } from './authorize';
import type { Context, EmulatorRequest } from './context';
import { parseFormBody } from './context';
import { PageError } from './errors';
import { normaliseUserCode } from './ids';
import { deviceConsentPage, deviceResultPage, enterUserCodePage } from './pages';
import { htmlReply, type Reply } from './reply';
import type { DeviceAuthorization } from './state';

/** Why a user code cannot be answered; `status` is the HTTP status pages and the admin API use. */
export class DeviceCodeProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The pending device authorization for a user code, or a DeviceCodeProblem. */
export function pendingDevice(context: Context, userCode: string): DeviceAuthorization {
  const device = context.state.devicesByUserCode.get(normaliseUserCode(userCode));
  if (!device) throw new DeviceCodeProblem(404, `Unknown user code ${userCode}`);
  if (context.now() >= device.expiresAtMs) throw new DeviceCodeProblem(410, `User code ${device.userCode} has expired`);
  if (device.status !== 'pending') throw new DeviceCodeProblem(409, `User code ${device.userCode} was already ${device.status === 'denied' ? 'denied' : 'approved'}`);
  return device;
}

export function approveDevice(context: Context, userCode: string, userName: string): DeviceAuthorization {
  const device = pendingDevice(context, userCode);
  if (!device.instance.users.has(userName)) throw new DeviceCodeProblem(400, `User ${userName} is not a user of ${device.instance.startUrl}`);
  device.status = 'approved';
  device.userName = userName;
  return device;
}

export function denyDevice(context: Context, userCode: string): DeviceAuthorization {
  const device = pendingDevice(context, userCode);
  device.status = 'denied';
  return device;
}

export function pendingDeviceCodes(context: Context): { userCode: string; startUrl: string }[] {
  const nowMs = context.now();
  return [...context.state.devicesByUserCode.values()]
    .filter((device) => device.status === 'pending' && nowMs < device.expiresAtMs)
    .map((device) => ({ userCode: device.userCode, startUrl: device.instance.startUrl }));
}

function pageFor(context: Context, userCode: string): DeviceAuthorization {
  try {
    return pendingDevice(context, userCode);
  } catch (error) {
    if (error instanceof DeviceCodeProblem) throw new PageError(error.status, 'Code not accepted', error.message);
    throw error;
  }
}

/** GET /device[?user_code=...]: the code form, or the consent form for that code. */
export function devicePage(context: Context, request: EmulatorRequest): Reply {
  const userCode = request.url.searchParams.get('user_code');
  if (!userCode) return htmlReply(200, enterUserCodePage());
  const device = pageFor(context, userCode);
  const clientName = context.state.registrations.get(device.clientId)?.clientName ?? 'unknown client';
  return htmlReply(200, deviceConsentPage(device.userCode, device.instance.startUrl, clientName, usersOf(device.instance)));
}

/** POST /device: the person's Allow / Deny. */
export function answerDevice(context: Context, request: EmulatorRequest): Reply {
  const form = parseFormBody(request);
  const device = pageFor(context, form.get('user_code') ?? '');
  const decision = form.get('decision');
  if (decision === 'deny') {
    denyDevice(context, device.userCode);
    return htmlReply(200, deviceResultPage(false));
  }
  if (decision !== 'allow') throw new PageError(400, 'Invalid answer', 'Choose Allow or Deny.');
  const userName = form.get('user') ?? '';
  if (!device.instance.users.has(userName)) throw new PageError(400, 'Unknown user', `Pick a user of ${device.instance.startUrl}.`);
  approveDevice(context, device.userCode, userName);
  return htmlReply(200, deviceResultPage(true, userName));
}

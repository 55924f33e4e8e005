// The CLI's reading of the app's answers, without zod: credential-process over the socket starts
// on every AWS tool call, and zod's bundle alone costs it ~50 ms to load. The hot answer (role
// credentials) is checked here by hand; the rarer ones load the zod schemas of protocol.ts.
import { errorCodes, type ErrorCode } from '../ipc/result';

export type ResponseLine =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** The answer on one line, or undefined for a line that is not one (ignored, as before). */
export function parseResponseLine(text: string): ResponseLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || typeof value.id !== 'number') return undefined;
  if (value.ok === true) return { id: value.id, ok: true, value: value.value };
  if (value.ok === false && isErrorCode(value.code) && typeof value.message === 'string') return { id: value.id, ok: false, code: value.code, message: value.message };
  return undefined;
}

export interface RoleCredentialsAnswer {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: number;
  readonly accountId: string;
  readonly startUrl: string;
}

/** The role-credentials answer with exactly its fields (anything extra stays behind), or undefined. */
export function readRoleCredentialsAnswer(value: unknown): RoleCredentialsAnswer | undefined {
  if (!isRecord(value)) return undefined;
  const { accessKeyId, secretAccessKey, sessionToken, expiration, accountId, startUrl } = value;
  if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string' || typeof sessionToken !== 'string' || typeof accountId !== 'string' || typeof startUrl !== 'string') return undefined;
  if (typeof expiration !== 'number' || !Number.isFinite(expiration)) return undefined;
  return { accessKeyId, secretAccessKey, sessionToken, expiration, accountId, startUrl };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

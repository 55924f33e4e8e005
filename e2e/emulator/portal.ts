// The SSO portal API (docs/aws-wire.md §2): ListAccounts, ListAccountRoles, GetRoleCredentials, Logout.
// The caller is whoever owns the bearer token in `x-amz-sso_bearer_token`.
import type { Context, EmulatorRequest } from './context';
import { PortalError } from './errors';
import { newAccessKeyId, newSecretAccessKey, newSessionToken } from './ids';
import { decodeNextToken, paginate } from './pagination';
import { jsonReply, type Reply } from './reply';
import type { IssuedCredentials, Session } from './state';

/** Page size when the caller sends no max_result. */
export const DEFAULT_PAGE_SIZE = 20;

export const BEARER_HEADER = 'x-amz-sso_bearer_token';

function authenticate(context: Context, request: EmulatorRequest): Session {
  const header = request.headers[BEARER_HEADER];
  const token = Array.isArray(header) ? header[0] : header;
  if (!token) throw new PortalError('UnauthorizedException', 'Session token not found or invalid');
  const session = context.state.sessionForAccessToken(token, context.now());
  if (session === 'unknown') throw new PortalError('UnauthorizedException', 'Session token not found or invalid');
  if (session === 'expired') throw new PortalError('UnauthorizedException', 'Session token has expired');
  if (session === 'revoked') throw new PortalError('UnauthorizedException', 'Session token was signed out or revoked');
  return session;
}

function pageParameters(request: EmulatorRequest, listing: string): { offset: number; pageSize: number } {
  const query = request.url.searchParams;
  const maxResult = query.get('max_result');
  let pageSize = DEFAULT_PAGE_SIZE;
  if (maxResult !== null) {
    pageSize = Number(maxResult);
    if (!/^\d+$/.test(maxResult) || pageSize < 1 || pageSize > 100) throw new PortalError('InvalidRequestException', 'max_result must be an integer from 1 to 100');
  }
  const nextToken = query.get('next_token');
  let offset = 0;
  if (nextToken !== null && nextToken !== '') {
    const decoded = decodeNextToken(nextToken, listing);
    if (decoded === undefined) throw new PortalError('InvalidRequestException', 'Invalid next_token');
    offset = decoded;
  }
  return { offset, pageSize };
}

function accountIdParameter(request: EmulatorRequest): string {
  const accountId = request.url.searchParams.get('account_id');
  if (!accountId) throw new PortalError('InvalidRequestException', 'account_id is required');
  if (!/^\d{12}$/.test(accountId)) throw new PortalError('InvalidRequestException', 'account_id must be 12 digits');
  return accountId;
}

export function listAccounts(context: Context, request: EmulatorRequest): Reply {
  const session = authenticate(context, request);
  const { offset, pageSize } = pageParameters(request, 'accounts');
  const page = paginate(context.directory.accountsOf(session.instance, session.userName), 'accounts', offset, pageSize);
  return jsonReply(200, {
    accountList: page.items.map(({ accountId, accountName, emailAddress }) => ({ accountId, accountName, emailAddress })),
    nextToken: page.nextToken, // null on the last page, as the real portal sends it
  });
}

export function listAccountRoles(context: Context, request: EmulatorRequest): Reply {
  const session = authenticate(context, request);
  const accountId = accountIdParameter(request);
  const roles = context.directory.rolesOf(session.instance, session.userName, accountId);
  if (!roles) throw new PortalError('ResourceNotFoundException', `No access to account ${accountId}`);
  const listing = `roles:${accountId}`;
  const { offset, pageSize } = pageParameters(request, listing);
  const page = paginate(roles, listing, offset, pageSize);
  return jsonReply(200, {
    roleList: page.items.map((roleName) => ({ roleName, accountId })),
    nextToken: page.nextToken,
  });
}

export function getRoleCredentials(context: Context, request: EmulatorRequest): Reply {
  const session = authenticate(context, request);
  const roleName = request.url.searchParams.get('role_name');
  if (!roleName) throw new PortalError('InvalidRequestException', 'role_name is required');
  const accountId = accountIdParameter(request);
  const roles = context.directory.rolesOf(session.instance, session.userName, accountId);
  if (!roles?.includes(roleName)) throw new PortalError('ResourceNotFoundException', `No access to role ${roleName} in account ${accountId}`);

  const credentials: IssuedCredentials = {
    accessKeyId: newAccessKeyId(),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: newSessionToken(),
    accountId,
    accountName: session.instance.accounts.get(accountId)?.accountName ?? accountId,
    roleName,
    userName: session.userName,
    startUrl: session.instance.startUrl,
    expiresAtMs: context.now() + context.settings().lifetimes.roleCredentialsSeconds * 1000,
  };
  context.state.credentials.set(credentials.accessKeyId, credentials);
  return jsonReply(200, {
    roleCredentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      expiration: credentials.expiresAtMs, // epoch MILLISECONDS (docs/aws-wire.md §2)
    },
  });
}

/** Ends the token's session: that access token, its siblings and its refresh token stop working. */
export function logout(context: Context, request: EmulatorRequest): Reply {
  const session = authenticate(context, request);
  context.state.revokeSession(session);
  return { status: 200, headers: { 'content-length': '0' } };
}

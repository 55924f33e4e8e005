// Which handler answers which request. One origin serves SSO OIDC, the SSO portal, the browser
// pages and the federation endpoint; their paths do not collide (docs/aws-wire.md §3).
import { answerConsent, authorizePage } from './authorize';
import type { Context, EmulatorRequest } from './context';
import type { Operation } from './counts';
import { answerDevice, devicePage } from './devices';
import type { Family } from './errors';
import { consoleLogout, federationAction, getSigninToken, login } from './federation';
import { registerClient, startDeviceAuthorization } from './oidc';
import { getRoleCredentials, listAccountRoles, listAccounts, logout } from './portal';
import type { Reply } from './reply';
import { createToken } from './token';

export interface Route {
  readonly operation: Operation;
  /** The dialect errors, throttling and faults are answered in. */
  readonly family: Family;
  readonly handle: (context: Context, request: EmulatorRequest) => Reply;
}

const TABLE: Record<string, Route> = {
  'POST /client/register': { operation: 'RegisterClient', family: 'oidc', handle: registerClient },
  'POST /device_authorization': { operation: 'StartDeviceAuthorization', family: 'oidc', handle: startDeviceAuthorization },
  'POST /token': { operation: 'CreateToken', family: 'oidc', handle: createToken },
  'GET /authorize': { operation: 'Authorize', family: 'page', handle: authorizePage },
  'POST /authorize': { operation: 'Authorize', family: 'page', handle: answerConsent },
  'GET /device': { operation: 'DeviceVerification', family: 'page', handle: devicePage },
  'POST /device': { operation: 'DeviceVerification', family: 'page', handle: answerDevice },
  'GET /assignment/accounts': { operation: 'ListAccounts', family: 'portal', handle: listAccounts },
  'GET /assignment/roles': { operation: 'ListAccountRoles', family: 'portal', handle: listAccountRoles },
  'GET /federation/credentials': { operation: 'GetRoleCredentials', family: 'portal', handle: getRoleCredentials },
  'POST /logout': { operation: 'Logout', family: 'portal', handle: logout },
  'GET /oauth': { operation: 'ConsoleLogout', family: 'page', handle: consoleLogout },
};

const GET_SIGNIN_TOKEN: Route = { operation: 'GetSigninToken', family: 'plain', handle: getSigninToken };
const LOGIN: Route = { operation: 'Login', family: 'page', handle: login };

export function resolveRoute(method: string, url: URL): Route | undefined {
  if (method === 'GET' && url.pathname === '/federation') {
    const action = federationAction(url);
    return action === 'GetSigninToken' ? GET_SIGNIN_TOKEN : action === 'Login' ? LOGIN : undefined;
  }
  return TABLE[`${method} ${url.pathname}`];
}

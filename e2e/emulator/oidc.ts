// SSO OIDC RegisterClient and StartDeviceAuthorization (docs/aws-wire.md §1.2), plus the client
// authentication every OIDC call shares. CreateToken lives in token.ts.
import { z } from 'zod';
import { parseJsonBody, type Context, type EmulatorRequest } from './context';
import { OidcError } from './errors';
import { newClientId, newClientSecret, newDeviceCode, newUserCode } from './ids';
import { jsonReply, type Reply } from './reply';
import { AUTHORIZATION_CODE_GRANT, DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT, allowsGrant, type Registration } from './state';

const SUPPORTED_GRANTS = new Set([DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT, AUTHORIZATION_CODE_GRANT]);

const registerClientSchema = z.object({
  clientName: z.string().min(1),
  clientType: z.string().min(1),
  scopes: z.array(z.string()).optional(),
  redirectUris: z.array(z.string()).optional(),
  grantTypes: z.array(z.string()).optional(),
  issuerUrl: z.string().optional(),
  entitledApplicationArn: z.string().optional(),
});

export function registerClient(context: Context, request: EmulatorRequest): Reply {
  const input = parseJsonBody(request, registerClientSchema);
  if (input.clientType !== 'public') throw new OidcError('InvalidClientMetadataException', `clientType must be "public", got "${input.clientType}"`);
  for (const grant of input.grantTypes ?? []) {
    if (!SUPPORTED_GRANTS.has(grant)) throw new OidcError('UnsupportedGrantTypeException', `Unsupported grant type: ${grant}`);
  }
  for (const scope of input.scopes ?? []) {
    if (!/^[\w:.\-/*]+$/.test(scope)) throw new OidcError('InvalidScopeException', `Invalid scope: ${JSON.stringify(scope)}`);
  }
  const redirectUris = input.redirectUris ?? [];
  for (const uri of redirectUris) {
    if (!URL.canParse(uri)) throw new OidcError('InvalidRedirectUriException', `Invalid redirect URI: ${uri}`);
  }
  if (input.grantTypes?.includes(AUTHORIZATION_CODE_GRANT) && redirectUris.length === 0) {
    throw new OidcError('InvalidRedirectUriException', 'redirectUris is required with the authorization_code grant');
  }
  let instance;
  if (input.issuerUrl !== undefined) {
    instance = context.directory.instanceFor(input.issuerUrl);
    if (!instance) throw new OidcError('InvalidRequestException', `issuerUrl ${input.issuerUrl} is not a start URL of this emulator`);
  }

  const nowMs = context.now();
  const registration: Registration = {
    clientId: newClientId(),
    clientSecret: newClientSecret(),
    clientName: input.clientName,
    scopes: input.scopes ?? [],
    grantTypes: input.grantTypes,
    redirectUris,
    instance,
    issuedAtMs: nowMs,
    expiresAtMs: nowMs + context.settings().lifetimes.registrationSeconds * 1000,
  };
  context.state.registrations.set(registration.clientId, registration);
  return jsonReply(200, {
    clientId: registration.clientId,
    clientSecret: registration.clientSecret,
    // Epoch seconds (docs/aws-wire.md §1.2); the CLI converts them with fromtimestamp().
    clientIdIssuedAt: Math.floor(registration.issuedAtMs / 1000),
    clientSecretExpiresAt: Math.floor(registration.expiresAtMs / 1000),
    authorizationEndpoint: `${context.endpoint()}/authorize`,
    tokenEndpoint: `${context.endpoint()}/token`,
  });
}

/** Finds the registration and checks its secret and expiry: InvalidClientException (401) otherwise. */
export function authenticateClient(context: Context, clientId: string, clientSecret: string): Registration {
  const registration = context.state.registrations.get(clientId);
  if (!registration || registration.clientSecret !== clientSecret) throw new OidcError('InvalidClientException', 'Invalid client credentials');
  if (context.now() >= registration.expiresAtMs) throw new OidcError('InvalidClientException', 'Client registration has expired');
  return registration;
}

const startDeviceAuthorizationSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  startUrl: z.string().min(1),
});

export function startDeviceAuthorization(context: Context, request: EmulatorRequest): Reply {
  const input = parseJsonBody(request, startDeviceAuthorizationSchema);
  const registration = authenticateClient(context, input.clientId, input.clientSecret);
  if (!allowsGrant(registration, DEVICE_CODE_GRANT)) throw new OidcError('UnauthorizedClientException', 'This client is not registered for the device code grant');
  // Several instances share this origin: the start URL picks one (and must agree with issuerUrl).
  const instance = context.directory.instanceFor(input.startUrl);
  if (!instance) throw new OidcError('InvalidRequestException', `Unknown startUrl ${input.startUrl}`);
  if (registration.instance && registration.instance !== instance) {
    throw new OidcError('InvalidRequestException', `startUrl ${input.startUrl} does not match the client's issuerUrl ${registration.instance.startUrl}`);
  }

  const settings = context.settings();
  const nowMs = context.now();
  let userCode = newUserCode();
  while (context.state.devicesByUserCode.has(userCode)) userCode = newUserCode();
  const autoUser = settings.autoApproveUser;
  const autoApprove = autoUser !== undefined && instance.users.has(autoUser);
  if (autoUser !== undefined && !autoApprove) context.log(`auto-approve: user ${autoUser} is not in ${instance.startUrl}; leaving ${userCode} pending`);
  const deviceCode = newDeviceCode();
  context.state.addDevice({
    deviceCode,
    userCode,
    clientId: registration.clientId,
    instance,
    expiresAtMs: nowMs + settings.lifetimes.deviceCodeSeconds * 1000,
    intervalSeconds: settings.pollIntervalSeconds,
    lastPolledAtMs: undefined,
    status: autoApprove ? 'approved' : 'pending',
    userName: autoApprove ? autoUser : undefined,
  });
  const verificationUri = `${context.endpoint()}/device`;
  return jsonReply(200, {
    deviceCode,
    userCode,
    verificationUri,
    verificationUriComplete: `${verificationUri}?user_code=${encodeURIComponent(userCode)}`,
    expiresIn: settings.lifetimes.deviceCodeSeconds,
    // The wire type is an integer; a fractional test setting (e.g. 0.2) is announced as it is,
    // so clients that honour `interval` poll exactly as fast as the emulator allows.
    interval: settings.pollIntervalSeconds,
  });
}

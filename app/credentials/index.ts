// The credentials area: copies of role credentials for terminals and tools (credentials-service.ts)
// and, when the user turns it on per instance, the AWS CLI's SSO token cache (token-cache/).
import type { HandlerTable } from '../ipc/dispatch';
import type { credentialsRequests } from '../ipc/contract/credentials';
import type { CredentialsService } from './credentials-service';

export { CredentialsService } from './credentials-service';
export { credentialProcessLines } from './credential-process-line';

export const credentialsArea = {
  handlers(area: () => Promise<CredentialsService>): Pick<HandlerTable, keyof typeof credentialsRequests> {
    return {
      'credentials:copy': async ({ format, ...role }) => (await area()).copy(role, format),
      'credentials:preview': async (role) => (await area()).preview(role),
      'credentials:copy-process-line': async (role) => (await area()).copyCredentialProcessLine(role),
    };
  },
};

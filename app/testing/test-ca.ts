// A certificate authority made at test time with Debian's openssl, and a server certificate it
// signs: what a TLS-inspecting corporate proxy presents instead of AWS's own certificate. Nothing
// is trusted by anyone until a test hands `caFile` to NODE_EXTRA_CA_CERTS. Test tooling only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  /** The folder holding every file (removed by the test). */
  readonly dir: string;
  /** The CA certificate in PEM, the file NODE_EXTRA_CA_CERTS points at. */
  readonly caFile: string;
  readonly serverKey: string;
  readonly serverCert: string;
}

/** `names`: the DNS names and IP addresses the server certificate covers. */
export function createTestCertificates(names: readonly string[]): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'sso-tray-test-ca-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  // EC keys: quick to make, and any TLS client accepts them.
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-keyout', file('ca.key'), '-out', file('ca.pem'), '-subj', '/CN=SSO Tray Test Proxy CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', `/CN=${names[0] ?? 'localhost'}`);
  const altNames = names.map((name) => (/^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
  writeFileSync(file('server.ext'), `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`);
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial',
    '-days', '2', '-out', file('server.pem'), '-extfile', file('server.ext'));
  return { dir, caFile: file('ca.pem'), serverKey: readFileSync(file('server.key'), 'utf8'), serverCert: readFileSync(file('server.pem'), 'utf8') };
}

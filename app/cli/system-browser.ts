// The CLI's Browser port: the platform's opener (open, xdg-open, start) for URLs the app's policy
// allows (https AWS hosts, the developer's emulator), or, with --no-browser, the URL on stderr for
// the user to open anywhere.
import { spawn } from 'node:child_process';
import type { Browser } from '../ports/browser';
import { createExternalUrlPolicy, decideExternalUrl } from '../security/external-url-policy';

export function systemBrowser(options: { readonly awsEndpoint: string | undefined; readonly print: boolean; readonly write: (line: string) => void }): Browser {
  const policy = createExternalUrlPolicy(options.awsEndpoint ? { awsEndpoint: options.awsEndpoint } : {});
  return {
    async open(url: string) {
      if (!decideExternalUrl(url, policy).allowed) throw new Error('Refused to open a URL outside AWS.');
      if (options.print) {
        options.write(`Open this URL in a browser to sign in: ${url}`);
        return;
      }
      const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]] : ['xdg-open', [url]];
      await new Promise<void>((resolve, reject) => {
        const child = spawn(command, args, { stdio: 'ignore', detached: true });
        child.once('error', reject);
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      }).catch(() => options.write(`Could not open a browser; open this URL to sign in: ${url}`));
    },
  };
}

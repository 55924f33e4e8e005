import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { credentialProcessCommand, quoteCommandLine, repositoryRoot } from './credential-process-command';

describe('credentialProcessCommand', () => {
  it('starts this CLI with absolute paths and carries the folder and keychain service', () => {
    const argv = credentialProcessCommand({ userDataDir: '/tmp/a b', keychainService: 'sso-tray-test-1' });
    expect(argv[0]).toBe(process.execPath);
    expect(argv.slice(-5)).toEqual(['credential-process', '--user-data', '/tmp/a b', '--keychain-service', 'sso-tray-test-1']);
    expect(argv.every((arg) => !arg.includes('..'))).toBe(true);
  });

  it('takes the launcher main passes in the packaged app', () => {
    expect(credentialProcessCommand({ launcher: ['/opt/SSO Tray/sso-tray', '--cli'] })).toEqual(['/opt/SSO Tray/sso-tray', '--cli', 'credential-process']);
  });

  it('finds the repository from a file inside it', () => {
    expect(repositoryRoot(`${__dirname}/commands`)).toBe(process.cwd());
  });
});

describe('quoteCommandLine', () => {
  it('survives a POSIX shell split unchanged', () => {
    const argv = ['/opt/SSO Tray/bin', "it's", 'plain', '$HOME', 'a"b'];
    const echoed = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${quoteCommandLine(argv, 'linux')}`], { encoding: 'utf8' });
    expect(echoed.split('\n').slice(0, -1)).toEqual(argv);
  });

  it('quotes for CreateProcess on Windows', () => {
    expect(quoteCommandLine(['C:\\Program Files\\SSO Tray\\SSO Tray.exe', '--cli', 'a"b', 'C:\\dir with space\\'], 'win32')).toBe(
      '"C:\\Program Files\\SSO Tray\\SSO Tray.exe" --cli "a\\"b" "C:\\dir with space\\\\"',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { decideLaunch, switchName } from './launch-switches';

const executable = '/opt/SSO Tray/sso-tray';

describe('decideLaunch in a packaged app', () => {
  const decide = (argv: readonly string[], platform: NodeJS.Platform = 'linux') => decideLaunch({ argv: [executable, ...argv], isPackaged: true, platform });

  it.each([
    // Debuggers: Chromium's DevTools protocol and Node's inspector, in each spelling
    [['--remote-debugging-port=9222'], ['remote-debugging-port']],
    [['--remote-debugging-pipe'], ['remote-debugging-pipe']],
    [['--remote-debugging-address=0.0.0.0', '--remote-debugging-port=0'], ['remote-debugging-address', 'remote-debugging-port']],
    [['--remote-allow-origins=*'], ['remote-allow-origins']],
    [['--inspect'], ['inspect']],
    [['--inspect=0.0.0.0:9229'], ['inspect']],
    [['--inspect-brk'], ['inspect-brk']],
    [['--inspect-brk-node=9229'], ['inspect-brk-node']],
    [['--inspect-port', '9229'], ['inspect-port']],
    [['--inspect_brk'], ['inspect-brk']],
    [['--debug-brk'], ['debug-brk']],
    [['-remote-debugging-port=9222'], ['remote-debugging-port']],
    [['--REMOTE-DEBUGGING-PORT=9222'], ['remote-debugging-port']],
    // V8 flags, TLS and web security off, logs of every URL
    [['--js-flags=--allow-natives-syntax'], ['js-flags']],
    [['--ignore-certificate-errors'], ['ignore-certificate-errors']],
    [['--host-resolver-rules=MAP * 203.0.113.5'], ['host-resolver-rules']],
    [['--disable-web-security'], ['disable-web-security']],
    [['--log-net-log=/tmp/net.json'], ['log-net-log']],
    [['--enable-logging', '--v=1'], ['enable-logging', 'v']],
    // After `--`, and repeated: still refused, named once
    [['--', '--inspect'], ['inspect']],
    [['--inspect', '--inspect'], ['inspect']],
  ])('%j → refused (%j)', (argv, switches) => {
    expect(decide(argv)).toEqual({ start: false, switches });
  });

  it.each([
    [[]],
    // An unrelated switch, a proxy the user needs, a file argument, macOS's process serial number
    [['--lang=de']],
    [['--proxy-server=http://proxy.example:3128']],
    [['--no-sandbox']],
    [['/home/user/remote-debugging-port']],
    [['-psn_0_12345']],
    [['--inspector-theme']],
    [['--']],
  ])('%j → starts', (argv) => {
    expect(decide(argv)).toEqual({ start: true });
  });

  // Each name the list refuses, spelled as someone would type it: one that slipped off the list
  // would let the app start with it.
  it.each([
    ['--debug', 'debug'],
    ['--debug-port=5858', 'debug-port'],
    ['--ignore-certificate-errors-spki-list=AAAA', 'ignore-certificate-errors-spki-list'],
    ['--host-rules=MAP * 203.0.113.5', 'host-rules'],
    ['--allow-running-insecure-content', 'allow-running-insecure-content'],
    ['--unsafely-treat-insecure-origin-as-secure=http://203.0.113.5', 'unsafely-treat-insecure-origin-as-secure'],
    ['--disable-site-isolation-trials', 'disable-site-isolation-trials'],
    ['--allow-file-access-from-files', 'allow-file-access-from-files'],
    ['--vmodule=*/net/*=3', 'vmodule'],
    ['--remote-debugging-targets=x', 'remote-debugging-targets'],
  ])('%s → refused', (argument, name) => {
    expect(decide([argument])).toEqual({ start: false, switches: [name] });
  });

  it('reads /name as a switch on Windows only', () => {
    expect(decide(['/remote-debugging-port=9222'], 'win32')).toEqual({ start: false, switches: ['remote-debugging-port'] });
    expect(decide(['/remote-debugging-port=9222'], 'darwin')).toEqual({ start: true });
  });

  it('never reads the executable as a switch', () => {
    expect(decideLaunch({ argv: ['--inspect'], isPackaged: true, platform: 'linux' })).toEqual({ start: true });
  });
});

describe('decideLaunch in a checkout', () => {
  it('starts with the debugging switches Playwright and developers use', () => {
    expect(decideLaunch({ argv: ['electron', '.', '--inspect=0', '--remote-debugging-port=0'], isPackaged: false, platform: 'linux' })).toEqual({ start: true });
  });
});

describe('switchName', () => {
  it.each([
    ['--inspect=9229', 'inspect'],
    ['-Inspect', 'inspect'],
    ['--js_flags=--x', 'js-flags'],
    ['--', undefined],
    ['-', undefined],
    ['--=x', undefined],
    ['index.html', undefined],
  ])('%s → %s', (argument, name) => expect(switchName(argument, 'linux')).toBe(name));

  it.each([
    ['/Inspect', 'inspect'],
    ['--inspect', 'inspect'],
    // A file the user opened with the app: only `/` starts a switch, not any first character.
    ['C:\\Users\\me\\vmodule', undefined],
    ['xinspect', undefined],
  ])('on Windows, %s → %s', (argument, name) => expect(switchName(argument, 'win32')).toBe(name));
});

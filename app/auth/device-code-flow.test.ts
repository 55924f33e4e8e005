import { describe, expect, it } from 'vitest';
import type { DeviceAuthorization, OidcClient, TokenGrant } from '../aws/oidc-client';
import { OidcError, type OidcErrorKind } from '../aws/oidc-errors';
import { AppError } from '../ipc/result';
import { FakeClock, yieldToEventLoop } from '../testing/fake-clock';
import type { ClientRegistration } from './client-registration';
import { runDeviceCodeFlow } from './device-code-flow';

const registration = { clientId: 'client', clientSecret: 'secret' } as ClientRegistration;
const startUrl = 'https://d-1234567890.awsapps.com/start';
const grant = { accessToken: 'access' } as TokenGrant;
const second = 1000;

/** One CreateToken answer: the grant, an OIDC error of a kind, or any other failure. */
type Answer = 'grant' | OidcErrorKind | Error;

interface Calls {
  /** What the flow sent to OIDC, in order, with the clock's time (ms after the start). */
  readonly sent: string[];
}

/** An OIDC service that answers CreateToken from a script and records what it was asked. */
function scriptedOidc(clock: FakeClock, answers: Answer[], authorization: Partial<DeviceAuthorization> = {}): OidcClient & Calls {
  const start = clock.now();
  const sent: string[] = [];
  const at = () => `${(clock.now() - start) / second}s`;
  return {
    sent,
    startDeviceAuthorization: async (client: ClientRegistration, url: string, signal?: AbortSignal) => {
      sent.push(`${at()} StartDeviceAuthorization ${client.clientId} ${url} ${signal ? 'with signal' : 'no signal'}`);
      return {
        deviceCode: 'device-code',
        userCode: 'ABCD-EFGH',
        verificationUri: 'https://device.sso.eu-west-1.amazonaws.com/',
        verificationUriComplete: 'https://device.sso.eu-west-1.amazonaws.com/?user_code=ABCD-EFGH',
        expiresAt: start + 600 * second,
        intervalSeconds: 1,
        ...authorization,
      };
    },
    createTokenWithDeviceCode: async (client: ClientRegistration, deviceCode: string, signal?: AbortSignal) => {
      sent.push(`${at()} CreateToken ${client.clientId} ${deviceCode} ${signal ? 'with signal' : 'no signal'}`);
      const answer = answers.shift() ?? 'authorization-pending';
      if (answer === 'grant') return grant;
      if (answer instanceof Error) throw answer;
      throw new OidcError(answer, 'sign-in-failed', `OIDC said ${answer}`);
    },
  } as unknown as OidcClient & Calls;
}

/** Runs the flow, moving the clock a second at a time until it settles. */
async function drive(clock: FakeClock, oidc: OidcClient, signal = new AbortController().signal, onDeviceCode: (a: DeviceAuthorization) => void = () => undefined) {
  let done = false;
  const outcome = runDeviceCodeFlow({ oidc, clock }, registration, { signal, startUrl, onDeviceCode }).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void outcome.finally(() => (done = true));
  await yieldToEventLoop();
  for (let step = 0; step < 2_000 && !done; step += 1) await clock.advance(second);
  return outcome;
}

describe('runDeviceCodeFlow', () => {
  it('shows the user code, asks for the token at once, and returns the grant', async () => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, ['grant']);
    const shown: string[] = [];
    const outcome = await drive(clock, oidc, undefined, (authorization) => shown.push(`${oidc.sent.length} ${authorization.userCode}`));
    expect(outcome).toEqual({ value: grant });
    expect(shown).toEqual(['1 ABCD-EFGH']);
    expect(oidc.sent).toEqual([`0s StartDeviceAuthorization client ${startUrl} with signal`, '0s CreateToken client device-code with signal']);
  });

  it('polls at the service interval while pending and 5 s slower after each slow-down or throttle', async () => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, ['authorization-pending', 'authorization-pending', 'slow-down', 'authorization-pending', 'throttled', 'grant'], {
      intervalSeconds: 2,
    });
    expect(await drive(clock, oidc)).toEqual({ value: grant });
    expect(oidc.sent.slice(1).map((line) => line.split(' ')[0])).toEqual(['0s', '2s', '4s', '11s', '18s', '30s']);
  });

  it('polls every 5 s when the service gives no interval', async () => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, ['authorization-pending', 'grant'], { intervalSeconds: undefined });
    expect(await drive(clock, oidc)).toEqual({ value: grant });
    expect(oidc.sent.slice(1).map((line) => line.split(' ')[0])).toEqual(['0s', '5s']);
  });

  it.each<[string, OidcErrorKind, string, string]>([
    ['expired code', 'expired-token', 'timed-out', 'The sign-in code expired before it was approved. Sign in again to get a new code.'],
    ['denial', 'access-denied', 'access-denied', 'The sign-in was denied in the browser.'],
    ['cancel from the service', 'cancelled', 'cancelled', 'The sign-in was cancelled.'],
  ])('ends on a %s with a message for the user and asks no more', async (_name, kind, code, message) => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, ['authorization-pending', kind]);
    const outcome = await drive(clock, oidc);
    expect(outcome).toEqual({ error: new AppError(code as AppError['code'], message) });
    expect(outcome).toMatchObject({ error: { code, message } });
    expect(oidc.sent).toHaveLength(3);
  });

  it('stops with "expired" instead of polling past the code lifetime', async () => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, [], { intervalSeconds: 5, expiresAt: clock.now() + 12 * second });
    const outcome = await drive(clock, oidc);
    expect(outcome).toMatchObject({ error: { code: 'timed-out' } });
    expect(oidc.sent.slice(1).map((line) => line.split(' ')[0])).toEqual(['0s', '5s', '10s']);
  });

  it.each<[string, Error]>([
    ['an OIDC error it does not poll on', new OidcError('invalid-grant', 'sign-in-failed', 'The device code was refused.')],
    ['a failure that is no OIDC error', new TypeError('boom')],
  ])('passes %s through unchanged', async (_name, failure) => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, ['authorization-pending', failure]);
    expect(await drive(clock, oidc)).toEqual({ error: failure });
    expect(oidc.sent).toHaveLength(3);
  });

  it('ends as cancelled when the user cancels while it waits, and asks no more', async () => {
    const clock = new FakeClock();
    const oidc = scriptedOidc(clock, []);
    const controller = new AbortController();
    const outcome = runDeviceCodeFlow({ oidc, clock }, registration, { signal: controller.signal, startUrl, onDeviceCode: () => undefined }).catch(
      (error: unknown) => error,
    );
    await clock.advance(0);
    expect(clock.pendingTimers).toBe(1);
    controller.abort();
    expect(await outcome).toMatchObject({ code: 'cancelled', message: 'The sign-in was cancelled.' });
    await clock.advance(10 * second);
    expect(oidc.sent).toHaveLength(2);
  });

  it('does not ask for a token once cancelled, even if the service ignores the signal', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const oidc = scriptedOidc(clock, ['grant']);
    const outcome = await drive(clock, oidc, controller.signal, () => controller.abort());
    expect(outcome).toMatchObject({ error: { code: 'cancelled' } });
    expect(oidc.sent).toHaveLength(1);
  });
});

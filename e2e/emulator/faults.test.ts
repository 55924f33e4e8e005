// Fault injection is reproducible: the seed alone decides which requests fail, so a run that
// failed under dropRate/errorRate replays exactly (seeded-random.ts, README "Faults").
import { RegisterClientCommand, SSOOIDCServiceException } from '@aws-sdk/client-sso-oidc';
import { afterEach, describe, expect, it } from 'vitest';
import type { Faults, RunningEmulator } from './index';
import { mulberry32 } from './seeded-random';
import { oidcClient, startSampleEmulator } from './testing';

const REQUESTS = 32;
const DROP_HALF: Faults = { dropRate: 0.5, operations: ['RegisterClient'] };
const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function emulatorWith(seed: number, faults: Faults = DROP_HALF): Promise<RunningEmulator> {
  const emulator = await startSampleEmulator({ seed, faults });
  running.push(emulator);
  return emulator;
}

type Outcome = 'ok' | 'dropped' | 'error';

/**
 * REQUESTS RegisterClient calls one after another (draws follow arrival order, so no concurrency),
 * with one SDK attempt each: a retry would hide the fault and spend extra draws.
 */
async function outcomes(emulator: RunningEmulator): Promise<Outcome[]> {
  const oidc = oidcClient(emulator.endpoint, { maxAttempts: 1 });
  const results: Outcome[] = [];
  for (let index = 0; index < REQUESTS; index++) {
    const outcome = await oidc.send(new RegisterClientCommand({ clientName: `faults-${index}`, clientType: 'public' })).then(
      (): Outcome => 'ok',
      (error: unknown): Outcome => (error instanceof SSOOIDCServiceException ? 'error' : 'dropped'),
    );
    results.push(outcome);
  }
  return results;
}

describe('seeded fault decisions', () => {
  it('drop exactly the same requests under the same seed, and others under another seed', async () => {
    const [first, twin, other] = await Promise.all([emulatorWith(7), emulatorWith(7), emulatorWith(8)]);
    const pattern = await outcomes(first);
    // What mulberry32(7) says for dropRate 0.5: one draw per request, dropped when below the rate.
    const draw = mulberry32(7);
    expect(pattern).toEqual(Array.from({ length: REQUESTS }, () => (draw() < 0.5 ? 'dropped' : 'ok')));
    expect(new Set(pattern)).toEqual(new Set(['ok', 'dropped'])); // a real mix, not all or nothing
    expect(first.admin.counts().RegisterClient).toEqual({ requests: REQUESTS, throttled: 0, faults: pattern.filter((outcome) => outcome === 'dropped').length });

    expect(await outcomes(twin)).toEqual(pattern);
    expect(await outcomes(other)).not.toEqual(pattern);
  });

  it('start over when a settings patch names the seed, also over HTTP', async () => {
    const emulator = await emulatorWith(7, { errorRate: 0.3, dropRate: 0.3, operations: ['RegisterClient'] });
    const pattern = await outcomes(emulator);
    expect(new Set(pattern)).toEqual(new Set(['ok', 'dropped', 'error']));

    const response = await fetch(`${emulator.endpoint}/_emulator/settings`, { method: 'PATCH', body: JSON.stringify({ seed: 7 }) });
    expect(await response.json()).toMatchObject({ seed: 7 });
    expect(await outcomes(emulator)).toEqual(pattern);

    emulator.admin.updateSettings({ seed: 7 });
    expect(await outcomes(emulator)).toEqual(pattern);
  });

  it('use seed 1 when none is given', async () => {
    const unseeded = await startSampleEmulator({ faults: DROP_HALF });
    running.push(unseeded);
    expect(unseeded.admin.settings().seed).toBe(1);
    expect(await outcomes(unseeded)).toEqual(await outcomes(await emulatorWith(1)));
  });
});

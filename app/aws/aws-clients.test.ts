import { describe, expect, it } from 'vitest';
import type { Instance } from '../model/instance';
import { FakeClock } from '../testing/fake-clock';
import { AwsClients } from './aws-clients';

const instance = (id: string, region = 'eu-west-1'): Instance => ({ id, startUrl: `https://${id}.awsapps.com/start`, region, partition: 'aws', displayName: id, signInMethod: 'browser' });

describe('AwsClients', () => {
  it('gives each instance its own rate limiter, and the same one to every caller of it', () => {
    const clients = new AwsClients({ clock: new FakeClock(0), clientName: 'test' });
    const a = clients.limiterFor(instance('a'));
    const b = clients.limiterFor(instance('b'));
    expect(clients.limiterFor(instance('a'))).toBe(a);
    expect(b).not.toBe(a);
    // A storm on one instance slows that instance only.
    a.throttled();
    expect(a.rate).toBeLessThan(20);
    expect(b.rate).toBe(20);
    clients.dispose();
  });

  it('shares SDK clients per region and origin, not per instance', () => {
    const clients = new AwsClients({ clock: new FakeClock(0), clientName: 'test' });
    expect(clients.portalFor(instance('a'))).toBe(clients.portalFor(instance('b')));
    expect(clients.portalFor(instance('c', 'us-east-1'))).not.toBe(clients.portalFor(instance('a')));
    expect(clients.endpointsFor(instance('a'))).toEqual({
      oidc: 'https://oidc.eu-west-1.amazonaws.com',
      portal: 'https://portal.sso.eu-west-1.amazonaws.com',
      federation: 'https://signin.aws.amazon.com',
    });
    clients.dispose();
  });
});

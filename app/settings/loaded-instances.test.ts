import { describe, expect, it } from 'vitest';
import type { Instance } from '../model/instance';
import { checkLoadedInstances } from './loaded-instances';

const good: Instance = {
  id: 'good',
  startUrl: 'https://d-1234567890.awsapps.com/start',
  region: 'eu-west-1',
  partition: 'aws',
  displayName: 'Main',
  signInMethod: 'browser',
};

describe('checkLoadedInstances runs every instance read from settings.json through the rules of adding one', () => {
  it('keeps an instance that passes', () => {
    expect(checkLoadedInstances([good])).toEqual({ instances: [good], skipped: [] });
  });

  it('keeps the normalised start URL', () => {
    const loaded = checkLoadedInstances([{ ...good, startUrl: 'https://D-1234567890.awsapps.com/start/' }]);
    expect(loaded).toEqual({ instances: [good], skipped: [] });
  });

  it.each<[string, Partial<Instance>, RegExp]>([
    ['an unknown region', { region: 'eu-westt-1' }, /not an AWS region/],
    ['a host that is not an access portal', { startUrl: 'https://evil.example/start' }, /not an AWS access portal URL/],
    ['a lookalike host', { startUrl: 'https://d-1234567890.awsapps.com.evil.example/start' }, /not an AWS access portal URL/],
    ['a start URL with a user name', { startUrl: 'https://d-1234567890.awsapps.com@evil.example/start' }, /user name or password/],
    ['a start URL with a port', { startUrl: 'https://d-1234567890.awsapps.com:8443/start' }, /port/],
    ['a region of another partition', { region: 'cn-north-1' }, /belongs to AWS, but cn-north-1 is in AWS China/],
    ['a partition that does not match the region', { partition: 'aws-cn' }, /partition aws-cn does not match/],
    ['a region that the URL contradicts', { startUrl: 'https://ssoins-1.portal.us-east-1.app.aws', region: 'us-west-2' }, /for us-east-1/],
  ])('skips %s, naming the instance and the reason', (_name, change, reason) => {
    const loaded = checkLoadedInstances([good, { ...good, id: 'bad', displayName: 'Broken', ...change }]);
    expect(loaded.instances).toEqual([good]);
    expect(loaded.skipped).toEqual([{ index: 1, name: 'Broken', reason: expect.stringMatching(reason) }]);
  });

  it('skips a second instance with the same id or the same start URL, as adding would', () => {
    const loaded = checkLoadedInstances([
      good,
      { ...good, displayName: 'Same id', startUrl: 'https://acme.awsapps.com/start', region: 'us-east-1' },
      { ...good, id: 'other', displayName: 'Same URL', startUrl: 'https://D-1234567890.awsapps.com/start' },
    ]);
    expect(loaded.instances).toEqual([good]);
    expect(loaded.skipped).toEqual([
      { index: 1, name: 'Same id', reason: 'another instance in the file has the same id' },
      { index: 2, name: 'Same URL', reason: 'its start URL is already in the list as "Main"' },
    ]);
  });
});

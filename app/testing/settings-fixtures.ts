// The instance record and settings the settings-store tests share: one valid instance, as a
// settings file holds it, and the moment the tests' clock shows. Test tooling only.
import type { Settings } from '../settings/settings-schema';
import { FakeClock } from './fake-clock';

export const sampleInstanceRecord = {
  id: '6f1c1f9e-8d7b-4a43-9f3e-2b1d0c9a8e7f',
  startUrl: 'https://d-1234567890.awsapps.com/start',
  region: 'eu-west-1',
  partition: 'aws',
  displayName: 'Main',
  signInMethod: 'browser',
} as const;

export const sampleSettings: Settings = { version: 1, instances: [sampleInstanceRecord] };

export function settingsTestClock(): FakeClock {
  return new FakeClock(Date.parse('2026-11-22T08:30:00.000Z'));
}

// The page's allow-list (channel-names.ts) against the contract it stands for: the page side may
// send every request channel and hear every event the contract declares, and nothing else.
import { describe, expect, it } from 'vitest';
import { eventNames, events, requestChannels, requests } from './contract';
import { eventNameList, ipcChannels, isEventName, isRequestChannel, requestChannelNames, settingsHash } from './contract/channel-names';

const notNames = ['', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'desktop:request', 'instances:List', ' instances:list', 'instances:list ', 42, null, undefined, {}];

describe('the page side channel names', () => {
  it('lists exactly the contract’s request channels and events', () => {
    expect([...requestChannelNames].sort()).toEqual([...requestChannels].sort());
    expect([...eventNameList].sort()).toEqual([...eventNames].sort());
  });

  it('accepts each request channel and each event of the contract', () => {
    for (const channel of Object.keys(requests)) expect(isRequestChannel(channel), channel).toBe(true);
    for (const name of Object.keys(events)) expect(isEventName(name), name).toBe(true);
  });

  it('refuses anything else, prototype keys included, and does not mix requests with events', () => {
    for (const value of notNames) {
      expect(isRequestChannel(value), String(value)).toBe(false);
      expect(isEventName(value), String(value)).toBe(false);
    }
    expect(isEventName('instances:list')).toBe(false);
    expect(isRequestChannel('instances-changed')).toBe(false);
  });

  it('names one invoke channel and one push channel, and the settings fragment', () => {
    expect(ipcChannels).toEqual({ request: 'desktop:request', event: 'desktop:event' });
    expect(settingsHash).toBe('#settings');
  });
});

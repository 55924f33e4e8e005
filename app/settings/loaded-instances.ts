// Instances read back from settings.json pass the same rules as when the user adds one
// (model/start-url.ts with its region, no duplicate id or start URL). The file is not trusted: it
// may have been edited, or written by a version with other rules. An instance that fails is not
// used with bad data (its endpoints would follow a tampered region or host); it is skipped with
// its name and the reason, and the store keeps its record in the file. Names are cleaned of
// control and bidirectional characters, as when they are typed.
import { cleanDisplayName, defaultDisplayName, type Instance } from '../model/instance';
import { checkStartUrl, sameStartUrl } from '../model/start-url';

/** An instance that was left out, for the user: its name and why. */
export interface SkippedInstance {
  readonly name: string;
  readonly reason: string;
}

export interface LoadedInstances {
  readonly instances: readonly Instance[];
  /** With each one's position in the file, so its record can be written back as it was. */
  readonly skipped: readonly (SkippedInstance & { readonly index: number })[];
}

export function checkLoadedInstances(records: readonly Instance[]): LoadedInstances {
  const instances: Instance[] = [];
  const skipped: (SkippedInstance & { index: number })[] = [];
  records.forEach((record, index) => {
    const checked = checkInstance(record, instances);
    if (typeof checked === 'string') skipped.push({ index, name: cleanDisplayName(record.displayName) || record.id, reason: checked });
    else instances.push(checked);
  });
  return { instances, skipped };
}

/** The instance as adding would have saved it, or the reason it cannot be used. */
function checkInstance(record: Instance, accepted: readonly Instance[]): Instance | string {
  const checked = checkStartUrl(record.startUrl, record.region);
  if (!checked.ok) return checked.message;
  if (checked.partition !== record.partition) {
    return `its partition ${record.partition} does not match its region ${checked.region} (${checked.partition})`;
  }
  if (accepted.some((other) => other.id === record.id)) return 'another instance in the file has the same id';
  const same = accepted.find((other) => sameStartUrl(other.startUrl, checked.startUrl));
  if (same) return `its start URL is already in the list as "${same.displayName}"`;
  const displayName = cleanDisplayName(record.displayName) || defaultDisplayName(checked.startUrl);
  return { ...record, startUrl: checked.startUrl, region: checked.region, displayName };
}

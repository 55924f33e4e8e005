// The AWS regions IAM Identity Center runs in, grouped by partition (app/model/regions.ts). No
// default: the region must be the instance's own, which only the user knows.
import { partitionLabel, partitions, regionsOfPartition } from '../../../app/model/regions';

export interface RegionSelectProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (region: string) => void;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
}

export function RegionSelect({ id, value, onChange, ...aria }: RegionSelectProps) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
      <option value="">Choose the instance's region…</option>
      {partitions.map((partition) => (
        <optgroup key={partition} label={partitionLabel(partition)}>
          {regionsOfPartition(partition).map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

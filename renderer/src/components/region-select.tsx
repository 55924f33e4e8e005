// The AWS regions IAM Identity Center runs in, grouped by partition (app/model/regions.ts). No
// default: the region must be the instance's own, which only the user knows.
import { partitionLabel, partitions, regionsOfPartition } from '../../../app/model/regions';

export interface RegionSelectProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (region: string) => void;
  /** The empty choice's text (default: asks for the instance's region). */
  readonly emptyLabel?: string;
  readonly 'aria-invalid'?: boolean;
  readonly 'aria-describedby'?: string;
}

export function RegionSelect({ id, value, onChange, emptyLabel = "Choose the instance's region…", ...aria }: RegionSelectProps) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
      <option value="">{emptyLabel}</option>
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

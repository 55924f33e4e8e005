// The AWS regions IAM Identity Center users pick from, grouped by partition. The partition decides
// every endpoint suffix (amazonaws.com vs amazonaws.com.cn) and which start-URL forms are valid.
// Source: the partitions table shipped in @aws-sdk/core (util-endpoints/lib/aws/partitions.js).
// Pure data: the renderer imports it for the region picker.

export const partitions = ['aws', 'aws-cn', 'aws-us-gov'] as const;
export type Partition = (typeof partitions)[number];

const regionsByPartition: Readonly<Record<Partition, readonly string[]>> = {
  aws: [
    'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
    'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
    'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1',
    'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
    'il-central-1', 'me-central-1', 'me-south-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'sa-west-1',
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
};

export const knownRegions: readonly string[] = partitions.flatMap((partition) => regionsByPartition[partition]);

/** The partition a region belongs to, or undefined when we do not know the region. */
export function partitionOfRegion(region: string): Partition | undefined {
  return partitions.find((partition) => regionsByPartition[partition].includes(region));
}

export function regionsOfPartition(partition: Partition): readonly string[] {
  return regionsByPartition[partition];
}

export function partitionLabel(partition: Partition): string {
  switch (partition) {
    case 'aws':
      return 'AWS';
    case 'aws-cn':
      return 'AWS China';
    case 'aws-us-gov':
      return 'AWS GovCloud (US)';
  }
}

// Where the user's AWS files are: the AWS CLI's and the JS SDK's rules (AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials; `~/` expanded).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface AwsFilePaths {
  readonly config: string;
  readonly credentials: string;
}

export function awsFilePaths(env: NodeJS.ProcessEnv = process.env, home: string = env.HOME ?? homedir()): AwsFilePaths {
  const expand = (path: string) => resolve(path.startsWith('~/') ? join(home, path.slice(2)) : path);
  return {
    config: expand(env.AWS_CONFIG_FILE || join(home, '.aws', 'config')),
    credentials: expand(env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials')),
  };
}

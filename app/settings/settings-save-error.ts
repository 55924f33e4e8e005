// What the user is told when settings.json cannot be written: the folder is read-only, not theirs,
// full, or not a folder at all. Each is something they can fix, so each gets its own plain words
// and the code `settings-unwritable` instead of an unexplained internal error.
import { AppError } from '../ipc/result';

const notSaved = 'so your change was not saved';

/** The error to show for a failed write into `folder`, or undefined when it is not a disk problem we know. */
export function settingsSaveError(error: unknown, folder: string): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const message = typeof code === 'string' ? messageFor(code, folder) : undefined;
  return message ? new AppError('settings-unwritable', message, { cause: error }) : undefined;
}

function messageFor(code: string, folder: string): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `SSO Tray is not allowed to write to its settings folder (${folder}), ${notSaved}. Make the folder writable for your user and try again.`;
    case 'EROFS':
      return `The settings folder (${folder}) is on a read-only disk, ${notSaved}.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk that holds the settings folder (${folder}) is full, ${notSaved}. Free some space and try again.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `The settings folder (${folder}) is not a folder (a file is in its place), ${notSaved}.`;
    default:
      return undefined;
  }
}

// What the user is told at start-up about the settings file: it could not be used (so defaults
// are), or some of its instances were left out (loaded-instances.ts). Reasons quote the file, so
// each is cut to a length a notice can show.
import { quoteText } from '../model/display-text';
import type { Notice } from '../model/notice';
import { settingsReasonMaxLength, type SettingsProblem } from './settings-store';
import type { SkippedInstance } from './loaded-instances';

export function settingsResetNotice(problem: SettingsProblem, now: number): Notice {
  const kept = problem.backupPath
    ? `The original file was kept as ${problem.backupPath}.`
    : 'The original file was left in place, and changes will not be saved until it is fixed or removed.';
  return {
    id: 'settings-reset',
    kind: 'settings-reset',
    level: 'warning',
    message: `Your settings could not be read (${quoteText(problem.reason, settingsReasonMaxLength)}), so SSO Tray started with default settings. ${kept}`,
    createdAt: now,
  };
}

export function skippedInstancesNotice(skipped: readonly SkippedInstance[], now: number): Notice {
  const one = skipped.length === 1;
  const list = skipped.map((instance) => `"${quoteText(instance.name, 80)}" (${quoteText(instance.reason, settingsReasonMaxLength)})`).join('; ');
  return {
    id: 'settings-instances-skipped',
    kind: 'settings-reset',
    level: 'warning',
    message:
      `SSO Tray left out ${one ? '1 instance' : `${skipped.length} instances`} from your settings that ${one ? 'does' : 'do'} not pass the checks for adding one: ${list}. ` +
      `${one ? 'It is' : 'They are'} still in the settings file; fix or remove ${one ? 'it' : 'them'} there, or add ${one ? 'it' : 'them'} again.`,
    createdAt: now,
  };
}

// The instance's sign-in method, changeable in place (a browser that cannot reach this machine's
// loopback, on a remote desktop say, needs the device code). Locked while a sign-in waits.
import { isAwaitingUser } from '../../../app/model/session';
import type { InstanceView } from '../../../app/model/instance-view';
import type { SignInMethod } from '../../../app/model/instance';
import { usePending } from '../hooks/use-pending';
import { useAppStore } from '../store/app-store-context';

export const signInMethodLabels: Readonly<Record<SignInMethod, string>> = { browser: 'Browser', 'device-code': 'Device code' };

export function SignInMethodSelect({ instance, labelledBy }: { readonly instance: InstanceView; readonly labelledBy: string }) {
  const updateInstance = useAppStore((state) => state.updateInstance);
  const saving = usePending('instances:update', instance.id);
  return (
    <select
      aria-labelledby={labelledBy}
      value={instance.signInMethod}
      disabled={saving || isAwaitingUser(instance.session)}
      onChange={(event) => void updateInstance({ instanceId: instance.id, signInMethod: event.target.value as SignInMethod })}
    >
      {(Object.keys(signInMethodLabels) as SignInMethod[]).map((method) => (
        <option key={method} value={method}>
          {signInMethodLabels[method]}
        </option>
      ))}
    </select>
  );
}

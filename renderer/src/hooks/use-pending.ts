// Whether one action (see store/action-status.ts) is in flight, for disabling its button.
import type { RequestChannel } from '../../../app/ipc/contract';
import { actionKey } from '../store/action-status';
import { useAppStore } from '../store/app-store-context';

export function usePending(channel: RequestChannel, subject?: string): boolean {
  const key = actionKey(channel, subject);
  return useAppStore((state) => state.pending[key] === true);
}

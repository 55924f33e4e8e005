// The console, another way: where it opens (an app window, the default browser, the access
// portal), where it lands (the console home, a common service or a typed path) and in which
// region, this once. A modal dialog like the account editor: Escape or Cancel closes it, and Tab stays inside.
import { useId, useState, type FormEvent } from 'react';
import type { OpenConsoleRequest } from '../../../app/ipc/contract/console';
import { consoleHome, consoleServices, consoleWayLabels, type ConsoleWay } from '../../../app/model/console-destinations';
import type { ListRow } from '../portal/list-rows';
import { useModalKeys } from '../hooks/use-modal-keys';
import { useAppStore } from '../store/app-store-context';
import { consoleKey } from '../store/console-slice';
import { RegionSelect } from './region-select';

const otherPath = 'other';
const ways = Object.keys(consoleWayLabels) as ConsoleWay[];

export function ConsoleOptions({ row, onClose }: { readonly row: Extract<ListRow, { kind: 'role' }>; readonly onClose: () => void }) {
  const ids = { heading: useId(), way: useId(), destination: useId(), path: useId(), region: useId(), logOut: useId() };
  const role = { instanceId: row.listed.instanceId, accountId: row.listed.account.accountId, roleName: row.roleName };
  const openConsole = useAppStore((state) => state.openConsole);
  const error = useAppStore((state) => state.errors[consoleKey(role)]);
  const opening = useAppStore((state) => state.pending[consoleKey(role)] === true);
  const [way, setWay] = useState<ConsoleWay | ''>('');
  const [destination, setDestination] = useState<string>(consoleHome);
  const [path, setPath] = useState('');
  const [region, setRegion] = useState(row.listed.preferences.defaultRegion ?? '');
  const [logOutFirst, setLogOutFirst] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request: OpenConsoleRequest = {
      ...role,
      ...(way ? { way } : {}),
      destination: destination === otherPath ? path.trim() || consoleHome : destination,
      ...(region ? { region } : {}),
      ...(way === 'browser' && logOutFirst ? { logOutFirst } : {}),
    };
    if (await openConsole(request, row.listed.displayName)) onClose();
  };

  const modal = useModalKeys(onClose);

  return (
    <div className="dialog-backdrop">
      <div ref={modal.ref} role="dialog" aria-modal="true" aria-labelledby={ids.heading} className="dialog" onKeyDown={modal.onKeyDown}>
        <h2 id={ids.heading} dir="auto" className="dialog-title">
          Console for {row.roleName} in {row.listed.displayName}
        </h2>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor={ids.way}>Open</label>
            <select id={ids.way} value={way} autoFocus onChange={(event) => setWay(event.target.value as ConsoleWay | '')}>
              <option value="">As in the settings</option>
              {ways.map((value) => (
                <option key={value} value={value}>
                  {consoleWayLabels[value]}
                </option>
              ))}
            </select>
          </div>
          {way === 'browser' ? (
            <div className="field">
              <label>
                <input id={ids.logOut} type="checkbox" checked={logOutFirst} onChange={(event) => setLogOutFirst(event.target.checked)} /> Log out of the console first
              </label>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={ids.destination}>Destination</label>
            <select id={ids.destination} value={destination} onChange={(event) => setDestination(event.target.value)}>
              <option value={consoleHome}>Console home</option>
              {consoleServices.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.label}
                </option>
              ))}
              <option value={otherPath}>Other console path…</option>
            </select>
          </div>
          {destination === otherPath ? (
            <div className="field">
              <label htmlFor={ids.path}>Console path</label>
              <input id={ids.path} type="text" value={path} maxLength={1000} placeholder="/ec2/home#Instances:" spellCheck={false} onChange={(event) => setPath(event.target.value)} />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={ids.region}>Region</label>
            <RegionSelect id={ids.region} value={region} onChange={setRegion} emptyLabel="The role's default" />
          </div>
          {error ? (
            <p role="alert" className="field-error">
              {error.message}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={opening}>
              Open console
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

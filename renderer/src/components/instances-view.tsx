// The instances the user added, each with its session, and the form to add another. Once there is
// an instance the form folds behind "Add another instance", so a tray-sized window shows the cards.
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/app-store-context';
import { AddInstanceForm } from './add-instance-form';
import { InstanceCard } from './instance-card';

export function InstancesView() {
  const instances = useAppStore((state) => state.instances);
  const loadInstances = useAppStore((state) => state.loadInstances);
  const count = instances.status === 'loaded' ? instances.list.length : 0;
  const [adding, setAdding] = useState(false);
  const [focusToggle, setFocusToggle] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // After an add or a cancel, the focus stays where the form was: on the button that opens it.
  useEffect(() => {
    if (!focusToggle) return;
    toggle.current?.focus();
    setFocusToggle(false);
  }, [focusToggle]);
  const fold = () => {
    setAdding(false);
    setFocusToggle(true);
  };

  return (
    <>
      <section className="instances" aria-labelledby="instances-heading">
        <h2 id="instances-heading">Instances</h2>
        {instances.status === 'loading' ? (
          <p role="status">Loading instances…</p>
        ) : instances.status === 'failed' ? (
          <p role="alert">
            Could not read the instances: {instances.message}{' '}
            <button type="button" onClick={() => void loadInstances()}>
              Try again
            </button>
          </p>
        ) : instances.list.length === 0 ? (
          <p className="empty-state">No instance yet. Add your AWS access portal (start URL) below to sign in.</p>
        ) : (
          <ul className="instance-list">
            {instances.list.map((instance) => (
              <li key={instance.id}>
                <InstanceCard instance={instance} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {count === 0 || adding ? (
        <AddInstanceForm onAdded={fold} {...(count > 0 ? { onCancel: fold } : {})} />
      ) : (
        <button ref={toggle} type="button" className="add-another" aria-expanded={false} onClick={() => setAdding(true)}>
          Add another instance
        </button>
      )}
    </>
  );
}

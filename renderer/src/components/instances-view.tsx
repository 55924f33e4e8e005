// The instances the user added, each with its session, and the form to add another.
import { useAppStore } from '../store/app-store-context';
import { AddInstanceForm } from './add-instance-form';
import { InstanceCard } from './instance-card';

export function InstancesView() {
  const instances = useAppStore((state) => state.instances);
  const loadInstances = useAppStore((state) => state.loadInstances);

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
      <AddInstanceForm />
    </>
  );
}

// One IAM Identity Center instance: what it is (name, start URL, region), its session with the
// actions that state allows, and the last error of an action on it.
import { useId } from 'react';
import type { InstanceView } from '../../../app/model/instance-view';
import { latestErrorKeyFor } from '../store/action-status';
import { useAppStore } from '../store/app-store-context';
import { ActionErrorMessage } from './action-error-message';
import { RemoveInstanceButton } from './remove-instance-button';
import { SessionPanel } from './session-panel';
import { SignInMethodSelect } from './sign-in-method-select';

export function InstanceCard({ instance }: { readonly instance: InstanceView }) {
  const headingId = useId();
  const methodLabelId = useId();
  const errorKey = useAppStore((state) => latestErrorKeyFor(state.errors, instance.id));
  const error = useAppStore((state) => (errorKey ? state.errors[errorKey] : undefined));

  return (
    <article className="instance-card" aria-labelledby={headingId}>
      <header className="instance-header">
        <h3 id={headingId}>{instance.displayName}</h3>
        <RemoveInstanceButton instanceId={instance.id} displayName={instance.displayName} />
      </header>
      <dl className="instance-details">
        <div>
          <dt>Start URL</dt>
          <dd className="url">{instance.startUrl}</dd>
        </div>
        <div>
          <dt>Region</dt>
          <dd>{instance.region}</dd>
        </div>
        <div>
          <dt id={methodLabelId}>Sign-in method</dt>
          <dd>
            <SignInMethodSelect instance={instance} labelledBy={methodLabelId} />
          </dd>
        </div>
      </dl>
      <SessionPanel instance={instance} />
      {instance.remembered ? null : (
        <p className="note">This sign-in will not be remembered: no keychain available.</p>
      )}
      {errorKey && error ? <ActionErrorMessage errorKey={errorKey} error={error} /> : null}
    </article>
  );
}

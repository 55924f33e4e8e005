// One IAM Identity Center instance: its name, its session with the actions that state allows, and
// the last error of an action on it. What it is (start URL, region, sign-in method) folds into the
// card behind Details, so a tray-sized window shows the session first.
import { useId, useState } from 'react';
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
  const detailsId = useId();
  const [showDetails, setShowDetails] = useState(false);
  const errorKey = useAppStore((state) => latestErrorKeyFor(state.errors, instance.id));
  const error = useAppStore((state) => (errorKey ? state.errors[errorKey] : undefined));

  return (
    <article className="instance-card" aria-labelledby={headingId}>
      <header className="instance-header">
        <h3 id={headingId} title={instance.displayName}>
          {instance.displayName}
        </h3>
        <span className="instance-header-actions">
          <button type="button" className="link" aria-expanded={showDetails} aria-controls={detailsId} aria-label={`Details of ${instance.displayName}`} onClick={() => setShowDetails(!showDetails)}>
            Details
          </button>
          <RemoveInstanceButton instanceId={instance.id} displayName={instance.displayName} />
        </span>
      </header>
      <dl id={detailsId} className="instance-details" hidden={!showDetails}>
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

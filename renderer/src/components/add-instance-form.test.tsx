// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../../app/ipc/contract';
import type { ErrorCode, Result } from '../../../app/ipc/result';
import { knownRegions } from '../../../app/model/regions';
import { fakeDesktop } from '../testing/fake-desktop';
import { renderWithStore } from '../testing/render-with-store';
import { instanceView } from '../testing/sample-instances';
import { AddInstanceForm, fieldOfAddError } from './add-instance-form';

afterEach(cleanup);

function fill(startUrl: string, region: string) {
  fireEvent.change(screen.getByLabelText('Start URL'), { target: { value: startUrl } });
  fireEvent.change(screen.getByLabelText('Region'), { target: { value: region } });
}

function renderForm(answer: (input: RequestInput<'instances:add'>) => Result<unknown>) {
  return renderWithStore(<AddInstanceForm />, fakeDesktop({ 'instances:add': async (input) => answer(input) }));
}

describe('AddInstanceForm', () => {
  it('offers every known region, grouped by partition, and no default', () => {
    renderForm(() => ({ ok: true, value: instanceView() }));
    const select = screen.getByLabelText('Region') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((option) => option.value).filter(Boolean)).toEqual([...knownRegions]);
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).toEqual(['AWS', 'AWS China', 'AWS GovCloud (US)']);
  });

  it('sends what was entered and clears the URL and name after success', async () => {
    const { desktop } = renderForm(() => ({ ok: true, value: instanceView() }));
    fill('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    fireEvent.change(screen.getByLabelText('Display name (optional)'), { target: { value: '  Payments  ' } });
    fireEvent.click(screen.getByRole('radio', { name: /Device code/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    await waitFor(() => expect((screen.getByLabelText('Start URL') as HTMLInputElement).value).toBe(''));
    expect(desktop.requests).toEqual([
      {
        channel: 'instances:add',
        input: { startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', signInMethod: 'device-code', displayName: 'Payments' },
      },
    ]);
    expect((screen.getByLabelText('Display name (optional)') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['invalid-start-url', 'Start URL', 'The start URL must begin with https://.'],
    ['duplicate-instance', 'Start URL', 'This instance is already in the list.'],
    ['unknown-region', 'Region', 'This start URL belongs to AWS China, but eu-west-1 is in AWS.'],
  ] as const)('shows %s inline at the %s field, as an alert the field points to', async (code, field, message) => {
    renderForm(() => ({ ok: false, code, message }));
    fill('https://acme.awsapps.cn/start', 'eu-west-1');
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    const input = screen.getByLabelText(field);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    // The alert sits with its field, not somewhere else in the form.
    expect(input.parentElement?.contains(alert)).toBe(true);
    // What the user typed stays, so they can fix it.
    expect((screen.getByLabelText('Start URL') as HTMLInputElement).value).toBe('https://acme.awsapps.cn/start');
  });

  it('shows other errors for the whole form, and clears the error when the next attempt works', async () => {
    let answer: Result<unknown> = { ok: false, code: 'settings-corrupt', message: 'Settings cannot be saved.' };
    renderForm(() => answer);
    fill('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Settings cannot be saved.');
    expect(screen.getByLabelText('Start URL').getAttribute('aria-invalid')).toBeNull();
    expect(within(screen.getByRole('form', { name: 'Add an instance' })).getByRole('alert')).toBe(alert);

    answer = { ok: true, value: instanceView() };
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('marks every empty field at once, in plain words, and sends nothing', () => {
    const { desktop } = renderForm(() => ({ ok: true, value: instanceView() }));
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    const startUrl = screen.getByLabelText('Start URL');
    const region = screen.getByLabelText('Region');
    expect(startUrl.getAttribute('aria-invalid')).toBe('true');
    expect(region.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(startUrl.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^Enter your AWS access portal URL/);
    expect(document.getElementById(region.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Choose the region your IAM Identity Center is in.');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(document.activeElement).toBe(startUrl);
    expect(desktop.requests).toEqual([]);
    // Fixing a field takes its message away.
    fireEvent.change(region, { target: { value: 'eu-west-1' } });
    expect(region.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('says how long a pasted start URL is instead of a schema message, at the field', () => {
    const { desktop } = renderForm(() => ({ ok: true, value: instanceView() }));
    fill(`https://d-1234567890.awsapps.com/start?${'x'.repeat(4961)}`, 'eu-west-1');
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('This is 5,000 characters long; a start URL has at most 2,048. Copy it again from the access portal.');
    expect(screen.getByLabelText('Start URL').getAttribute('aria-describedby')).toBe(alert.id);
    expect(alert.textContent).not.toMatch(/startUrl|Too big/);
    expect(desktop.requests).toEqual([]);
  });

  it('calls onAdded after a successful add and offers Cancel when it can fold', async () => {
    const added: string[] = [];
    renderWithStore(<AddInstanceForm onAdded={() => added.push('added')} onCancel={() => added.push('cancelled')} />, fakeDesktop({ 'instances:add': async () => ({ ok: true, value: instanceView() }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fill('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    await waitFor(() => expect(added).toEqual(['cancelled', 'added']));
  });

  it.each<[ErrorCode, string]>([
    ['invalid-start-url', 'startUrl'],
    ['duplicate-instance', 'startUrl'],
    ['unknown-region', 'region'],
    ['invalid-input', 'form'],
    ['internal', 'form'],
  ])('fieldOfAddError(%s) → %s', (code, field) => {
    expect(fieldOfAddError(code)).toBe(field);
  });
});

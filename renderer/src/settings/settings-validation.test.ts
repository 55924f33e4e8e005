import { describe, expect, it } from 'vitest';
import { displayNameError, globalShortcutError, nameTemplateError, parseConsoleMinutes } from './settings-validation';

describe('parseConsoleMinutes', () => {
  it.each([
    ['', {}],
    ['  ', {}],
    ['15', { seconds: 900 }],
    ['60', { seconds: 3600 }],
    ['720', { seconds: 43_200 }],
  ])('%j is fine', (text, expected) => {
    expect(parseConsoleMinutes(text)).toEqual(expected);
  });

  it.each([
    ['14', /15 to 720 minutes/],
    ['721', /15 to 720 minutes/],
    ['1.5', /whole number of minutes/],
    ['-30', /whole number of minutes/],
    ['an hour', /whole number of minutes/],
  ])('%j is refused in plain words', (text, message) => {
    expect(parseConsoleMinutes(text).error).toMatch(message);
    expect(parseConsoleMinutes(text).seconds).toBeUndefined();
  });
});

describe('displayNameError', () => {
  it('accepts a name, refuses a blank one and says how long a long one is', () => {
    expect(displayNameError('Production')).toBeUndefined();
    expect(displayNameError('   ')).toBe('Enter a name for this instance.');
    expect(displayNameError('x'.repeat(5000))).toBe('The name is 5,000 characters long; at most 200 fit.');
  });
});

describe('nameTemplateError', () => {
  it.each(['{account_name}.{role_name}', 'sso-{account_id}', 'plain'])('accepts %j', (template) => {
    expect(nameTemplateError(template)).toBeUndefined();
  });
  it.each([
    ['', /Enter a template/],
    ['{account_name', /not closed/],
    ['{a{b}}', /not closed/],
    ['role}', /without its \{/],
    ['x'.repeat(201), /201 characters long/],
  ])('refuses %j', (template, message) => {
    expect(nameTemplateError(template)).toMatch(message);
  });
});

describe('globalShortcutError', () => {
  it.each(['CommandOrControl+Shift+A', 'Alt+Space', 'Ctrl+F12', 'Super+1', 'cmdorctrl+shift+,'])('accepts %j', (shortcut) => {
    expect(globalShortcutError(shortcut)).toBeUndefined();
  });
  it.each([
    ['', /Enter a shortcut/],
    ['A', /needs a modifier/],
    ['Shift+', /single \+/],
    ['Ctrl++A', /single \+/],
    ['Ctrl+Shift', /End the shortcut with a key/],
    ['Hyper+A', /"Hyper" is not a modifier/],
    ['Ctrl+Banana', /"Banana" is not a key/],
  ])('refuses %j in plain words', (shortcut, message) => {
    expect(globalShortcutError(shortcut)).toMatch(message);
  });
});

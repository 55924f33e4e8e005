// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { returnFocus } from './return-focus';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const button = (name: string) => {
  const element = document.createElement('button');
  element.textContent = name;
  document.body.append(element);
  return element;
};

afterEach(() => document.body.replaceChildren());

it('puts the focus back on the opener one frame later', async () => {
  const opener = button('Edit');
  returnFocus(opener, () => button('Search'));
  expect(document.activeElement).toBe(document.body);
  await frame();
  expect(document.activeElement).toBe(opener);
});

it('falls back when the opener has left the page', async () => {
  const opener = button('Edit');
  const search = button('Search');
  opener.remove();
  returnFocus(opener, () => search);
  await frame();
  expect(document.activeElement).toBe(search);
});

it('leaves the focus where the user put it within that frame', async () => {
  const opener = button('Edit');
  const search = button('Search');
  returnFocus(opener, () => search);
  search.focus();
  await frame();
  expect(document.activeElement).toBe(search);
});

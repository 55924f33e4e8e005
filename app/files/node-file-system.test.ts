import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeFileSystem } from './node-file-system';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('NodeFileSystem', () => {
  let root: string;
  const files = new NodeFileSystem();
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sso-tray-fs-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads a missing file as undefined and an existing one as its text', async () => {
    expect(await files.readText(join(root, 'absent.json'))).toBeUndefined();
    await writeFile(join(root, 'present.txt'), 'héllo\r\n');
    expect(await files.readText(join(root, 'present.txt'))).toBe('héllo\r\n');
  });

  it('creates missing folders private to the user and the file 0600 by default', async () => {
    const path = join(root, 'a', 'b', 'token.json');
    await files.writeTextAtomic(path, '{"x":1}');
    expect(await readFile(path, 'utf8')).toBe('{"x":1}');
    expect(await modeOf(path)).toBe(0o600);
    expect(await modeOf(join(root, 'a', 'b'))).toBe(0o700);
  });

  it('replaces a file with the given mode and leaves no temporary file behind', async () => {
    const path = join(root, 'config');
    await writeFile(path, 'old', { mode: 0o644 });
    await files.writeTextAtomic(path, 'new', { mode: 0o640 });
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await modeOf(path)).toBe(0o640);
    expect(await readdir(root)).toEqual(['config']);
  });

  it('removes a file, and removing it again is not an error', async () => {
    const path = join(root, 'gone');
    await writeFile(path, 'x');
    await files.remove(path);
    await files.remove(path);
    expect(await files.readText(path)).toBeUndefined();
  });
});

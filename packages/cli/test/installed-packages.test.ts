import { afterEach, describe, expect, it } from 'vitest';
import { DependencyTreeNotFoundError, installedPackages } from '../src/index.js';
import { fakeWorkspace, linkDependency } from './fake-workspace.js';

describe('installedPackages', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => remove?.());

  it('reads each package of the .pnpm tree once, skipping the dependency symlinks', async () => {
    // Prepare
    const workspace = await fakeWorkspace([
      { name: 'left-pad', license: 'WTFPL' },
      { name: '@scope/tool', license: 'MIT' },
    ]);
    remove = workspace.remove;
    await linkDependency(workspace.root, '@scope/tool', 'left-pad');

    // Act
    const packages = await installedPackages(workspace.root);

    // Assess
    expect(packages).toEqual([
      { name: '@scope/tool', version: '1.0.0', license: 'MIT' },
      { name: 'left-pad', version: '1.0.0', license: 'WTFPL' },
    ]);
  });

  it('reads the legacy license forms', async () => {
    // Prepare
    const workspace = await fakeWorkspace([
      { name: 'object-form', license: { type: 'MIT' } },
      { name: 'array-form', licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] },
      { name: 'no-license' },
    ]);
    remove = workspace.remove;

    // Act
    const packages = await installedPackages(workspace.root);

    // Assess
    expect(packages.map(({ name, license }) => [name, license])).toEqual([
      ['array-form', '(MIT OR Apache-2.0)'],
      ['no-license', undefined],
      ['object-form', 'MIT'],
    ]);
  });

  it('says to install first when there is no installed tree', async () => {
    // Prepare
    const workspace = await fakeWorkspace([]);
    remove = workspace.remove;

    // Act
    const read = installedPackages(`${workspace.root}/nowhere`);

    // Assess
    await expect(read).rejects.toThrow(DependencyTreeNotFoundError);
    await expect(read).rejects.toThrow(/run `pnpm install` first/);
  });
});

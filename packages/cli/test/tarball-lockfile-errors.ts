/** A dependency of the project or of a tarball that no workspace importer locks with the same specifier. */
export class UnlockedDependencyError extends Error {
  override readonly name = 'UnlockedDependencyError';

  constructor(dependency: string, specifier: string, importers: readonly string[]) {
    super(
      `${dependency}@${specifier} is locked by none of the workspace importers ${importers.join(', ')}. ` +
        'Give it the specifier the workspace uses, or run `pnpm install` in the workspace so pnpm-lock.yaml locks it.',
    );
  }
}

/** A tarball's required peer that neither the project nor the tarball's own workspace importer provides. */
export class UnresolvedPeerError extends Error {
  override readonly name = 'UnresolvedPeerError';

  constructor(tarball: string, peer: string) {
    super(
      `${tarball} needs the peer ${peer}, which neither the project nor ${tarball}'s workspace importer locks. ` +
        `Add ${peer} to the project's dependencies, or to ${tarball}'s devDependencies in the workspace.`,
    );
  }
}

/** The workspace lockfile references a package it does not describe: it is out of date or was edited by hand. */
export class StaleWorkspaceLockfileError extends Error {
  override readonly name = 'StaleWorkspaceLockfileError';

  constructor(key: string) {
    super(`The workspace pnpm-lock.yaml has no entry for ${key}. Run \`pnpm install\` in the workspace to repair it.`);
  }
}

// The package's own package.json (version, repository), read once: the tool stamps reports and documentation links with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './engine/paths.js';

export interface PackageManifest {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

let manifest: PackageManifest | undefined;

export function packageManifest(): PackageManifest {
  manifest ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as PackageManifest;
  return manifest;
}

/** The repository's web address (`https://github.com/owner/repo`), from `repository` as npm writes it. */
export function repositoryWebUrl(pkg: PackageManifest = packageManifest()): string | undefined {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const fromRepository = raw?.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
  const url = fromRepository ?? pkg.homepage?.replace(/#.*$/, '');
  return url && /^https:\/\//.test(url) ? url.replace(/\/+$/, '') : undefined;
}

// The version printed by --version and stamped into reports: the package's own.
import { packageManifest } from './package-manifest.js';

export function toolVersion(): string {
  return packageManifest().version;
}

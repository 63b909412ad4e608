// Where the progress file lives: NM_TUTOR_HOME, else the platform's data directory.
import path from 'node:path';
import envPaths from 'env-paths';

export function progressFilePath(env: NodeJS.ProcessEnv): string {
  const home = env.NM_TUTOR_HOME;
  const dir = home ? path.resolve(home) : envPaths('nm-tutor', { suffix: '' }).data;
  return path.join(dir, 'progress.json');
}

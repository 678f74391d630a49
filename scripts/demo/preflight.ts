import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Failure the demo reports as one message, without a stack trace. */
export class DemoError extends Error {}

/** Same default and variable as tests/e2e/harness.ts, which launches the browser. */
export const CHROMIUM = process.env.PAPERSHELF_CHROMIUM ?? '/usr/bin/chromium';

export function checkChromium(): void {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new DemoError(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium (sudo apt-get install chromium), ` +
        'or set PAPERSHELF_CHROMIUM to the path of a Chromium binary.',
    );
  }
}

/** Throw unless a display is set, because a headed browser on Linux needs an X11 or Wayland display. */
export function checkDisplay(): void {
  if (process.platform !== 'linux') return;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  throw new DemoError(
    '--headed needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set. ' +
      'Run it in a desktop session, under xvfb-run, or without --headed.',
  );
}

/** Absolute path of an installed package's command-line entry, so it runs with this Node and no shell. */
function binPath(repoRoot: string, packageName: string): string {
  const packageDir = path.join(repoRoot, 'node_modules', packageName);
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    bin: string | Record<string, string>;
  };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[packageName];
  if (!relative) throw new DemoError(`${packageName} has no command-line entry; run npm install`);
  return path.join(packageDir, relative);
}

/** Run `wxt build` with its output shown. Rejects when it fails. */
export function buildExtension(repoRoot: string): Promise<void> {
  const wxt = binPath(repoRoot, 'wxt');
  return new Promise((resolve, reject) => {
    // vite-node runs this script with NODE_ENV=development, which would make wxt bundle
    // React's development build into the extension pages.
    const { NODE_ENV: _development, ...env } = process.env;
    const child = spawn(process.execPath, [wxt, 'build'], { cwd: repoRoot, stdio: 'inherit', env });
    child.on('error', (error) => reject(new DemoError(`could not start wxt build: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new DemoError(`wxt build failed (${signal ? `signal ${signal}` : `exit code ${code}`}); see its output above`));
    });
  });
}

export function checkBuild(extensionDir: string): void {
  if (existsSync(path.join(extensionDir, 'manifest.json'))) return;
  throw new DemoError(`no extension build at ${extensionDir}: run the demo without --no-build, or npm run build first`);
}

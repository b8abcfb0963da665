#!/usr/bin/env node
// A self-hosted Turborepo remote cache for this repository: the open-source server from the npm
// registry (turborepo-remote-cache, github.com/ducktors/turborepo-remote-cache) with artifacts on
// local disk. `npm run cache-server`; see "Sharing the Turborepo cache" in the README.
//
//   TURBO_TOKEN    required: the token clients send (comma-separated for several, each at least
//                  16 characters); never printed
//   AUTH_MODE      static (the default, with TURBO_TOKEN) or jwt (with JWT_ISSUER, JWT_AUDIENCE,
//                  JWKS_URL); none is refused: the server never starts without authentication
//   PORT           default 3000
//   HOST           default 127.0.0.1 (set 0.0.0.0 to serve other machines)
//   STORAGE_PATH   default .turbo-remote-cache/ in the repository root (relative paths are taken
//                  from the current directory)
//   LOG_LEVEL      default info (pino: fatal, error, warn, info, debug, trace, silent)
//   TURBO_REMOTE_CACHE_SIGNATURE_KEY
//                  set it (any value) when clients sign artifacts: the server then stores and
//                  returns each artifact's signature tag. It never checks signatures itself; the
//                  clients do, with their own key.
// Other variables of the server (READ_ONLY, BODY_LIMIT, ...) pass through unchanged.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message) => {
  console.error(`cache-server: ${message}`);
  process.exit(2);
};

// Never a server without authentication: the server itself would start with AUTH_MODE=none (or
// with static mode and no usable token), and then anyone who reaches it can read and fill the cache
// that CI's dist/ check trusts.
const authMode = process.env.AUTH_MODE?.trim() || 'static';
if (authMode === 'static') {
  const tokens = (process.env.TURBO_TOKEN ?? '').split(',').map((t) => t.trim());
  if (!tokens.some(Boolean)) {
    fail('TURBO_TOKEN is not set; start it as TURBO_TOKEN=<secret> npm run cache-server (clients send the same token)');
  }
  if (tokens.some((t) => t === '')) fail('TURBO_TOKEN has an empty entry (a stray comma?); every comma-separated token must be a secret');
  if (tokens.some((t) => t.length < 16)) fail('TURBO_TOKEN is too short to be a secret: use at least 16 characters, e.g. $(openssl rand -hex 32)');
  process.env.AUTH_MODE = 'static';
} else if (authMode === 'jwt') {
  const missing = ['JWT_ISSUER', 'JWT_AUDIENCE', 'JWKS_URL'].filter((name) => !process.env[name]?.trim());
  if (missing.length) fail(`AUTH_MODE=jwt needs ${missing.join(', ')}`);
} else if (authMode === 'none') {
  fail('refusing to start without authentication (AUTH_MODE=none): anyone who reaches the server could fill the cache CI trusts; set TURBO_TOKEN instead');
} else {
  fail(`AUTH_MODE must be static (with TURBO_TOKEN) or jwt, not '${authMode}'`);
}
// The server's dependencies load the ESM-only cookie@2 with require(), which Node 20 allows from 20.19.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node ${process.versions.node} is too old for turborepo-remote-cache; use Node 20.19 or newer`);
}

const env = process.env;
env.STORAGE_PROVIDER ||= 'local';
env.HOST ||= '127.0.0.1';
env.PORT ||= '3000';
env.LOG_LEVEL ||= 'info';
if (env.STORAGE_PROVIDER === 'local') {
  env.STORAGE_PATH = env.STORAGE_PATH ? resolve(env.STORAGE_PATH) : resolve(root, '.turbo-remote-cache');
  // The server would otherwise put STORAGE_PATH under the system temp folder.
  env.STORAGE_PATH_USE_TMP_FOLDER = 'false';
}
if (!/^\d+$/.test(env.PORT) || Number(env.PORT) > 65535) fail(`PORT must be a port number, not '${env.PORT}'`);

let cli;
try {
  const pkg = createRequire(import.meta.url).resolve('turborepo-remote-cache/package.json');
  cli = resolve(dirname(pkg), 'dist', 'cli.js');
} catch {
  fail('turborepo-remote-cache is not installed; run npm ci');
}

const where = env.STORAGE_PROVIDER === 'local' ? `${env.STORAGE_PATH}` : `${env.STORAGE_PROVIDER} ${env.STORAGE_PATH ?? ''}`;
console.error(
  `cache-server: http://${env.HOST}:${env.PORT} storing in ${where}` +
    `${env.TURBO_REMOTE_CACHE_SIGNATURE_KEY ? ' (keeps signature tags)' : ''}; clients set ` +
    `TURBO_API=http://${env.HOST === '0.0.0.0' ? '<this-host>' : env.HOST}:${env.PORT} TURBO_TOKEN=<the token> TURBO_TEAM=team_<name>`,
);
// The server reads its settings from process.env when it loads, so it runs in this process:
// stopping this process (Ctrl-C, SIGTERM) stops the server.
await import(pathToFileURL(cli).href);

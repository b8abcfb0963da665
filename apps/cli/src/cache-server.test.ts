// scripts/cache-server.mjs never starts a cache server without authentication.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './test-helpers.js';

/** Starts the script with `env` and returns at once: each case here is refused before the server loads. */
function serve(env: Record<string, string | undefined>) {
  const base = { ...process.env };
  for (const name of ['TURBO_TOKEN', 'AUTH_MODE', 'JWT_ISSUER', 'JWT_AUDIENCE', 'JWKS_URL']) delete base[name];
  const result = spawnSync(process.execPath, [join(REPO, 'scripts/cache-server.mjs')], {
    env: { ...base, PORT: '1', STORAGE_PATH: '/nonexistent', ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('the cache server', () => {
  it.each([
    ['no token', {}, /TURBO_TOKEN is not set/],
    ['a blank token', { TURBO_TOKEN: '   ' }, /TURBO_TOKEN is not set/],
    ['AUTH_MODE=none, even with a token', { AUTH_MODE: 'none', TURBO_TOKEN: 'a'.repeat(32) }, /refusing to start without authentication \(AUTH_MODE=none\)/],
    ['AUTH_MODE=none without a token', { AUTH_MODE: 'none' }, /refusing to start without authentication/],
    ['an unknown AUTH_MODE', { AUTH_MODE: 'open', TURBO_TOKEN: 'a'.repeat(32) }, /AUTH_MODE must be static \(with TURBO_TOKEN\) or jwt, not 'open'/],
    ['jwt without its settings', { AUTH_MODE: 'jwt' }, /AUTH_MODE=jwt needs JWT_ISSUER, JWT_AUDIENCE, JWKS_URL/],
    ['an empty token among several', { TURBO_TOKEN: `${'a'.repeat(32)},` }, /TURBO_TOKEN has an empty entry/],
    ['a token too short to be a secret', { TURBO_TOKEN: 'x' }, /TURBO_TOKEN is too short/],
  ])('should refuse to start with %s, exit 2, one line', (_name, env, message) => {
    const run = serve(env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

/**
 * A test seam: `PROFILES_TEST_FAULT` names faults to inject at named points of a build, so the
 * tests can kill a build at each step of the swap or fill the disk without root. Comma-separated:
 *
 * - `kill@<point>`: the process kills itself with SIGKILL there (a crash, no clean-up);
 * - `stop@<point>`: prints `profiles-test: stopped at <point>` on stderr and waits there for ever
 *   (for a signal, or a second build, to arrive at a known moment);
 * - `pause@<point>`: prints `profiles-test: paused at <point>` on stderr and waits there for one
 *   SIGUSR2, then goes on (so one build shows a test the folder at each step of its swap, where a
 *   kill -9 would leave it, instead of one killed build per step);
 * - `<ERRNO>@<point>`: that point fails with that error code, as the system would (`ENOSPC@csv/persons.csv`).
 *
 * Points: `locked` (output folder locked, nothing staged), `page` (after each page of a build),
 * `staged` (every file written, nothing swapped), `journal` (swap recorded), `moved-old` (previous
 * folder moved aside: no output folder), `moved-new` (new folder in place, previous one not removed),
 * `removed-old`, `mkdir-staged`, `rename-old`, and the path of any file written (`csv/persons.csv`).
 * Unset, it costs one environment lookup per point.
 */
export async function testFault(point: string): Promise<void> {
  const spec = process.env.PROFILES_TEST_FAULT;
  if (!spec) return;
  for (const item of spec.split(',')) {
    const at = item.indexOf('@');
    if (at < 0 || item.slice(at + 1) !== point) continue;
    const action = item.slice(0, at);
    if (action === 'kill') {
      process.kill(process.pid, 'SIGKILL');
      await new Promise(() => undefined);
    } else if (action === 'stop') {
      process.stderr.write(`profiles-test: stopped at ${point}\n`);
      // Keeps the event loop alive, so signal handlers still run.
      setInterval(() => undefined, 1 << 30);
      await new Promise(() => undefined);
    } else if (action === 'pause') {
      const alive = setInterval(() => undefined, 1 << 30); // a signal listener alone does not keep the process running
      // The listener goes in before the line is printed: a SIGUSR2 that a test sends as soon as it
      // reads the line would otherwise find no handler and kill the process (its default action).
      const resumed = new Promise<void>((resume) => process.once('SIGUSR2', () => resume()));
      process.stderr.write(`profiles-test: paused at ${point}\n`);
      await resumed;
      clearInterval(alive);
    } else {
      throw Object.assign(new Error(`${action}: injected at ${point}`), { code: action });
    }
  }
}

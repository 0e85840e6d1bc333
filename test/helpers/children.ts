/** Child processes started by tests never outlive the test (once one wrote 15.9 GB to /tmp). */
import type { ChildProcess } from 'node:child_process';

/** In a test's `finally`: kill the child if it still runs, and wait until it is gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
}

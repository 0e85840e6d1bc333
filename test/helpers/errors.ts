/** The UserError a call or promise ends with; any other outcome fails the test. */
import { UserError } from '../../src/errors.js';

export async function userError(p: Promise<unknown> | (() => unknown)): Promise<UserError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

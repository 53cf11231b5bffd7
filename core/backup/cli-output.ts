/** JSON output shared by the backup, restore and check commands. */
import { AppError } from '../errors';

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

/** Prints an AppError as `{ ok: false, error }` and returns exit code 1; anything else is rethrown. */
export function printFailure(err: unknown): number {
  if (!(err instanceof AppError)) throw err;
  printJson({ ok: false, error: err.toInfo() });
  return 1;
}

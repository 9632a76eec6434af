// An error the user can fix (bad --out, skipped inputs under --strict-inputs): one line, exit 2.
export class UsageError extends Error {}

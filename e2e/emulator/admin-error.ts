// The one error the admin API throws on purpose; `status` is what its HTTP route answers.

/** An admin call that cannot be carried out: 400 invalid, 404 unknown, 409 conflicting. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

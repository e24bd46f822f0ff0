/** What a careful error handler writes to the server log: the request ID next to the real error. */
export interface LoggedError {
  readonly requestId: string
  readonly message: string
}

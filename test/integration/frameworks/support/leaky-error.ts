/**
 * The database password in the leaked connection string, built at run time (no literal secret).
 *
 * @example
 * ```ts
 * expect(failureMessage).not.toContain(leakyPassword.slice(4))
 * ```
 */
export const leakyPassword = ['Xq7v', 'R2pL', '9wT4', 'mKe8'].join('')

/**
 * What a failing database call typically throws: SQL error text, a source location and a
 * connection string with credentials and a private address, all in one message. The location
 * reads `in <path>:41:7`, not `at <path>:41:7`: the latter is a V8 stack frame, and only bodies
 * that show `err.stack` should count as showing one.
 *
 * @example
 * ```ts
 * expect(body).not.toContain(leakyMessage)
 * ```
 */
export const leakyMessage = `relation "orders" does not exist in /srv/app/src/db.js:41:7 (postgres://svc:${leakyPassword}@10.0.3.7:5432/orders)`

/**
 * The header an error carries in `headers` (as http-errors and HTTP clients' errors do).
 *
 * @example
 * ```ts
 * expect(res.headers.get(leakyHeader.name)).toBeNull()
 * ```
 */
export const leakyHeader = { name: 'x-upstream-host', value: 'pg-primary.orders.svc.cluster.local' }

/**
 * An error carrying `leakyMessage`. With `{ exposed: true }` it also carries what frameworks read
 * off errors: `status`/`statusCode` 500, `expose: true` and `headers` naming an internal host.
 *
 * @example
 * ```ts
 * app.get('/naive/throw', () => { throw leakyError() })
 * app.get('/naive/expose', () => { throw leakyError({ exposed: true }) })
 * ```
 */
export function leakyError(options: { exposed?: boolean } = {}): Error {
  const error = new Error(leakyMessage)
  if (!options.exposed) return error
  return Object.assign(error, {
    status: 500,
    statusCode: 500,
    expose: true,
    headers: { [leakyHeader.name]: leakyHeader.value },
  })
}

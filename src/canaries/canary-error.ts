import { plantCanaries, type Canaries } from './canaries.ts'

/**
 * An Error laced with canaries, and the canaries it carries.
 *
 * @example
 * ```ts
 * import { canaryError, type CanaryError } from 'safe500'
 * const error: CanaryError = canaryError('payments client failed')
 * vi.spyOn(payments, 'charge').mockRejectedValue(error)
 * const res = await fetch(`${app.url}/checkout`, { method: 'POST' })
 * expect(await res.text()).not.toContain(error.canaries.token)
 * ```
 */
export type CanaryError = Error & {
  readonly canaries: Canaries
  readonly code: string
  readonly headers: Readonly<Record<string, string>>
  readonly query: string
  readonly connectionString: string
}

/**
 * An Error whose message, stack, `headers` and custom fields carry canaries: throw it from a mocked
 * dependency, and any trace of it in the response is reported as `upstream-echo`.
 *
 * @example
 * ```ts
 * import { canaryError } from 'safe500'
 * vi.spyOn(db, 'query').mockRejectedValue(canaryError('orders query failed'))
 * await expect(await fetch(`${url}/orders`)).toBeSafe500()
 * ```
 */
export function canaryError(label?: string): CanaryError {
  // Findings say what planted it: `echoes a canary planted by canaryError("orders query failed")`.
  const canaries = plantCanaries(
    label === undefined ? 'canaryError()' : `canaryError(${JSON.stringify(label)})`,
  )
  const error = new Error(
    `${canaries.marker}: connect ECONNREFUSED ${canaries.host}:5432 (query failed: SELECT * FROM orders WHERE token = '${canaries.secret}')`,
  ) as Error & Record<string, unknown>
  error.stack = `Error: ${error.message}\n    at query (${canaries.path})\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)`
  Object.assign(error, {
    canaries,
    code: 'ECONNREFUSED',
    headers: { 'x-upstream-detail': canaries.marker },
    query: `SELECT * FROM orders WHERE token = '${canaries.secret}'`,
    connectionString: canaries.connectionString,
  })
  return error as unknown as CanaryError
}

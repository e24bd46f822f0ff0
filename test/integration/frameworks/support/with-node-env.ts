/**
 * Runs `create` with `process.env.NODE_ENV` set to `value` (deleted when undefined), then restores
 * it: Express reads NODE_ENV once, when an app is created.
 *
 * @example
 * ```ts
 * const app = withNodeEnv('production', () => express())
 * ```
 */
export function withNodeEnv<T>(value: string | undefined, create: () => T): T {
  const saved = process.env.NODE_ENV
  if (value === undefined) delete process.env.NODE_ENV
  else process.env.NODE_ENV = value
  try {
    return create()
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = saved
  }
}

import { Safe500Error } from './errors.ts'

/**
 * The oldest Node.js safe500 runs on: what vitest 5, msw 3 and undici 8 need.
 *
 * @example
 * ```ts
 * import { minimumNode } from 'safe500'
 * console.log(`needs Node ${minimumNode}+`)
 * ```
 */
export const minimumNode = '22.19.0'

/**
 * Throws a clear error on a Node.js older than 22.19. There, MSW 3 and undici 8 fail in ways that
 * look like upstream failures (every intercepted request errors), so 500 tests would pass for the
 * wrong reason. The setup entries call it for you.
 *
 * @example
 * ```ts
 * import { assertSupportedNode } from 'safe500'
 * assertSupportedNode() // throws [safe500] ... on Node 20
 * ```
 */
export function assertSupportedNode(version: string = process.versions.node): void {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  const [needMajor = 0, needMinor = 0] = minimumNode.split('.').map(Number)
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return
  throw new Safe500Error(
    'ERR_NODE_VERSION',
    `Node.js ${version} is too old: safe500 needs ${minimumNode} or later (vitest 5, msw 3 and undici 8 do). On older versions intercepted requests fail like a broken upstream, and 500 tests pass for the wrong reason. Install Node 22.19+ (or add the "node" package as a devDependency so npm scripts run on it).`,
  )
}

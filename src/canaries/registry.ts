import { randomBytes } from 'node:crypto'

/** Every canary token starts with this; the rest is 20 base32 characters. */
export const canaryPrefix = 's5c'
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567'
const limit = 50_000

// Shared through globalThis so that a canary planted through one copy of the package (the msw
// entry) is known to another (the matchers), whatever the module graph.
const key = Symbol.for('safe500.canaries')
const store = ((globalThis as Record<symbol, unknown>)[key] ??= new Map<string, string>()) as Map<
  string,
  string
>

/** Makes a fresh, unguessable canary token and remembers it with a label saying who planted it. */
export function newCanaryToken(label: string): string {
  const bytes = randomBytes(20)
  let token = canaryPrefix
  for (const byte of bytes) token += alphabet[byte & 31]
  if (store.size >= limit) store.delete(store.keys().next().value as string)
  store.set(token, label)
  return token
}

/** The label of a planted token (any case), or undefined when it was never planted. */
export function canaryLabel(token: string): string | undefined {
  return store.get(token.toLowerCase())
}

/** The pattern that finds candidate tokens in text. */
export const canaryPattern = new RegExp(`${canaryPrefix}[${alphabet}]{20}`, 'gi')

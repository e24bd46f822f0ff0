/** What an adapter reads from one response shape, before Content-Encoding and charset are undone. */
export interface RawResponse {
  readonly status: number
  readonly statusText?: string
  readonly headers: Record<string, string>
  readonly body: Uint8Array
  readonly truncated: boolean
  readonly method?: string
}

/** Limits every adapter honours. */
export interface ReadLimits {
  readonly maxBytes: number
  readonly timeout: number
}

/** Reads one response shape. */
export interface Adapter<T = unknown> {
  readonly name: string
  readonly accepts: (value: unknown) => value is T
  readonly read: (value: T, limits: ReadLimits) => Promise<RawResponse>
}

/** Types an adapter for the list in `adapters.ts`. */
export function defineAdapter<T>(adapter: Adapter<T>): Adapter {
  return adapter as unknown as Adapter
}

/**
 * Lower-cases header names and joins repeated values: a fetch `Headers`, a `Map`, a node headers
 * object (string, string[] or number values), node's flat `rawHeaders` list, or a list of pairs.
 * `set-cookie` values are joined with a line break, the others with `, `. Never throws.
 *
 * @example
 * ```ts
 * normalizeHeaders({ 'Content-Type': 'text/html', 'Set-Cookie': ['a=1', 'b=2'] })
 * // { 'content-type': 'text/html', 'set-cookie': 'a=1\nb=2' }
 * ```
 */
export function normalizeHeaders(input: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null || typeof value === 'function') return
    const key = name.toLowerCase()
    const text = Array.isArray(value)
      ? value.map(String).join(key === 'set-cookie' ? '\n' : ', ')
      : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- node gives strings and numbers
        String(value)
    out[key] = key in out ? `${out[key]}${key === 'set-cookie' ? '\n' : ', '}${text}` : text
  }
  if (typeof input !== 'object' || input === null) return out
  const headers = input as Partial<Headers>
  if (typeof headers.forEach === 'function' && typeof headers.get === 'function') {
    const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : undefined
    headers.forEach((value, name) => {
      if (cookies === undefined || name.toLowerCase() !== 'set-cookie') add(String(name), value)
    })
    if (cookies !== undefined && cookies.length > 0) add('set-cookie', cookies)
    return out
  }
  if (Array.isArray(input)) {
    if (input.every((item) => typeof item === 'string')) {
      // node's rawHeaders: [name, value, name, value, ...], duplicates kept.
      for (let i = 0; i + 1 < input.length; i += 2) add(input[i] as string, input[i + 1])
      return out
    }
    for (const pair of input as unknown[])
      if (Array.isArray(pair) && pair.length >= 2) add(String(pair[0]), pair[1])
    return out
  }
  for (const [name, value] of Object.entries(input)) add(name, value)
  return out
}

/**
 * The `rawHeaders` of a node message (`[name, value, ...]`, as sent), or undefined. Node drops
 * repeats of Content-Type, Content-Length and a few others from `headers`, and got and axios drop
 * Content-Encoding after decompressing; a safety check wants the headers as sent.
 *
 * @example
 * ```ts
 * normalizeHeaders(rawHeadersOf(message) ?? message.headers)
 * ```
 */
export function rawHeadersOf(message: unknown): readonly string[] | undefined {
  if (typeof message !== 'object' || message === null) return undefined
  const raw = (message as { rawHeaders?: unknown }).rawHeaders
  return Array.isArray(raw) && raw.length > 0 && raw.every((item) => typeof item === 'string')
    ? raw
    : undefined
}

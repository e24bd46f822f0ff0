/**
 * Lower-cases header names and joins repeated values: a fetch `Headers`, a node headers object
 * (string, string[] or number values), or a list of pairs. `set-cookie` values are joined with a
 * line break, the others with `, `.
 */
export function normalizeHeaders(input: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return
    const key = name.toLowerCase()
    const text = Array.isArray(value)
      ? value.map(String).join(key === 'set-cookie' ? '\n' : ', ')
      : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- node gives strings and numbers
        String(value)
    out[key] = key in out ? `${out[key]}${key === 'set-cookie' ? '\n' : ', '}${text}` : text
  }
  if (input === null || input === undefined) return out
  if (
    typeof (input as Headers).forEach === 'function' &&
    typeof (input as Headers).get === 'function'
  ) {
    const headers = input as Headers
    headers.forEach((value, name) => {
      if (name !== 'set-cookie') add(name, value)
    })
    const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : []
    if (cookies.length > 0) add('set-cookie', cookies)
    return out
  }
  if (Array.isArray(input)) {
    for (const pair of input)
      if (Array.isArray(pair) && pair.length >= 2) add(String(pair[0]), pair[1])
    return out
  }
  if (typeof input === 'object') {
    for (const [name, value] of Object.entries(input)) add(name, value)
  }
  return out
}

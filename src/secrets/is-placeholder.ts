/** Values that stand for a secret without being one. */
const words = new Set([
  'redacted',
  'filtered',
  'hidden',
  'masked',
  'removed',
  'omitted',
  'secret',
  'password',
  'passwd',
  'token',
  'apikey',
  'api_key',
  'null',
  'nil',
  'none',
  'undefined',
  'true',
  'false',
  'string',
  'value',
  'placeholder',
  'dummy',
  'sample',
  'required',
  'optional',
  'empty',
  'n/a',
  'demo',
  'demo_key',
])

/** Markers that only appear in templates, docs and redacted output. */
const markers = [
  'example',
  'placeholder',
  'redacted',
  'xxxx',
  '***',
  '•••',
  '●●●',
  '···',
  '####',
  '...',
  '…',
  'your_',
  'your-',
]

/**
 * True when `value` is a stand-in for a secret rather than a secret: a template (`${TOKEN}`,
 * `{{ token }}`, `<password>`, `%s`, `$API_KEY`, `#{db_password}`, `%env(APP_SECRET)%`,
 * `$(SERVICE_TOKEN)`), a redaction (`****`, `[REDACTED]`), a word
 * (`password`, `null`), a documentation value (`…EXAMPLE…`, `your-api-key`) or a run of one or
 * two characters (`xxxxxxxx`, `AAAAAAAA`). Secret rules pass such values over.
 *
 * @example
 * ```ts
 * isPlaceholder('${DB_PASSWORD}') // true
 * isPlaceholder('[REDACTED]') // true
 * isPlaceholder('hunter2-Qx7') // false
 * ```
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim()
  if (v.length === 0) return true
  const lower = v.toLowerCase()
  if (words.has(lower)) return true
  const first = v[0] as string
  const last = v[v.length - 1] as string
  if (
    (first === '<' && last === '>') ||
    (first === '[' && last === ']') ||
    (first === '{' && last === '}') ||
    (first === '(' && last === ')') ||
    (first === '%' && v.length <= 3) ||
    v.startsWith('${') ||
    v.startsWith('{{') ||
    v.startsWith('%(') ||
    // Ruby and i18n interpolation, a shell or Kubernetes substitution, Symfony's env processor.
    v.startsWith('#{') ||
    v.startsWith('%{') ||
    v.startsWith('$(') ||
    v.startsWith('%env(') ||
    v.startsWith('env(') ||
    // LiteLLM's reference to an environment variable: `os.environ/OPENAI_API_KEY`.
    v.startsWith('os.environ/') ||
    (first === '$' && isEnvName(v.slice(1))) ||
    (first === ':' && isEnvName(v.slice(1).toUpperCase()))
  )
    return true
  if (markers.some((m) => lower.includes(m))) return true
  return fewCharacters(v) || counts(lower)
}

/** `9`, `f` and `z` end a run that counts up; `0`, `1` and `a` start the next. */
const runEnds = [0x39, 0x66, 0x7a]
const runStarts = [0x30, 0x31, 0x61]

/**
 * A value of 16 characters or more that counts up, as documentation writes a made-up key
 * (`0123456789abcdef0123…`, `abcdefghijklmnop…`, `1234567890abcdef…`): nine in ten characters
 * follow the one before in ASCII, or go from the end of a run (`9`, `f`, `z`) to a start (`0`,
 * `1`, `a`).
 */
function counts(lower: string): boolean {
  if (lower.length < 16) return false
  let steps = 0
  for (let i = 1; i < lower.length; i++) {
    const a = lower.charCodeAt(i - 1)
    const b = lower.charCodeAt(i)
    if (b === a + 1 || (runEnds.includes(a) && runStarts.includes(b))) steps++
  }
  return steps * 10 >= (lower.length - 1) * 9
}

/** Two different characters (code points) or fewer: `xxxxxxxx`, `AAAAAAAA`, `abab`. */
function fewCharacters(value: string): boolean {
  let first: string | undefined
  let second: string | undefined
  for (const char of value) {
    if (char === first || char === second) continue
    if (first === undefined) first = char
    else if (second === undefined) second = char
    else return false
  }
  return true
}

function isEnvName(name: string): boolean {
  if (name.length === 0) return false
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    const ok = (c >= 0x41 && c <= 0x5a) || c === 0x5f || (i > 0 && c >= 0x30 && c <= 0x39)
    if (!ok) return false
  }
  return true
}

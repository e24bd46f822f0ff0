import { isAsciiAlnum } from './token-char.ts'

/** How far back from a key the call that holds it is looked for. */
const reach = 300

/** The last name of the callee (`Bugsnag.start` → `start`) of calls that start a client SDK. */
const starters = new Set([
  'init',
  'start',
  'configure',
  'load',
  'setup',
  'docsearch',
  'docsSearchBar',
  'initialize',
  'Initialize',
  'install',
  'createUploadWidget',
])
/** Globals a client SDK's snippet reads its key from: `var _rollbarConfig = { accessToken }`. */
const configGlobals = new Set(['_rollbarConfig'])

/**
 * True when `index` of `text` stands in an object literal passed to a call that starts a client
 * SDK with its key: `Bugsnag.start({ apiKey: '…' })`, `Rollbar.init({ accessToken: '…' })`,
 * `Honeybadger.configure({ apiKey })`, `fcWidget.init({ token })`, `docsearch({ apiKey })`,
 * `Paddle.Initialize({ token })`, `TrackJS.install({ token })`, also from an object nested in the
 * call's (`docsearch({ typesenseServerConfig: { apiKey } })`), or
 * assigned to the global an SDK's snippet reads (`var _rollbarConfig = { accessToken: '…' }`).
 * Such keys are made to be shown in browsers. Looks back at most 300 characters, so a scan stays linear.
 *
 * @example
 * ```ts
 * inSdkCall("Bugsnag.start({ apiKey: 'c9d6…' })", 16) // true
 * inSdkCall("db.connect({ password: 'x' })", 12) // false: connect starts no SDK
 * ```
 */
export function inSdkCall(text: string, index: number): boolean {
  const stop = Math.max(0, index - reach)
  // Back to the brace that opens the object the key stands in, then to the call's parenthesis.
  let depth = 0
  let i = index - 1
  let inObject = false
  for (; i >= stop; i--) {
    const c = text[i]
    if (c === '}' || c === ')' || c === ']') depth++
    else if (c === '{' || c === '(' || c === '[') {
      if (depth > 0) {
        depth--
        continue
      }
      // `docsearch({ typesenseServerConfig: { apiKey } })`: out through the objects around it.
      if (c === '{' && inObject) continue
      if (c === '{' && !inObject) {
        inObject = true
        let j = i
        while (j > stop && text[j - 1] === ' ') j--
        if (text[j - 1] === '=' && text[j - 2] !== '=')
          return configGlobals.has(nameBefore(text, j - 1, stop))
        continue
      }
      if (c === '(' && inObject) break
      return false
    }
  }
  if (i < stop || !inObject) return false
  return starters.has(nameBefore(text, i, stop))
}

/** The name that ends just before `at` (blanks between allowed): a callee's last name, a variable. */
function nameBefore(text: string, at: number, stop: number): string {
  let end = at
  while (end > stop && text[end - 1] === ' ') end--
  let start = end
  while (start > stop && isNameChar(text.charCodeAt(start - 1))) start--
  return text.slice(start, end)
}

/** `[\w$]`: a character of a JavaScript name. */
function isNameChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x5f || c === 0x24
}

import { traceparentProblem } from './parse-traceparent.ts'

/** Longest request ID that is still reasonable to log, show and search for. */
export const maxRequestIdLength = 128

const unsafe = /[^A-Za-z0-9._~+/=:-]/g

/**
 * What is wrong with a request ID as a client would receive it: too long (over 128 characters),
 * CR or LF, markup, characters outside `A-Z a-z 0-9 . _ ~ + / = : -` (the
 * colon for GitHub's `C0DE:3F2A:…`, Vercel's `fra1::iad1::…`), or (for a `traceparent`)
 * anything W3C Trace Context rejects. An empty list means the ID is well-formed.
 *
 * @example
 * ```ts
 * import { requestIdProblems } from 'safe500'
 * requestIdProblems('3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c') // []
 * requestIdProblems('<script>1</script>') // ['contains markup (<, >)', 'contains characters outside ...']
 * requestIdProblems('00-00000000000000000000000000000000-00f067aa0ba902b7-01', { traceparent: true })
 * // ['is not a valid traceparent: has an all-zero trace-id']
 * ```
 */
export function requestIdProblems(
  value: string,
  { traceparent = false }: { traceparent?: boolean } = {},
): string[] {
  const problems: string[] = []
  if (value.length === 0) return ['is empty']
  if (value.length > maxRequestIdLength)
    problems.push(
      `is ${value.length.toLocaleString('en-US')} characters long (at most ${maxRequestIdLength})`,
    )
  if (/[\r\n]/.test(value)) problems.push('contains CR/LF')
  if (/[<>]/.test(value)) problems.push('contains markup (<, >)')
  if (traceparent) {
    const why = traceparentProblem(value)
    if (why) problems.push(`is not a valid traceparent: ${why}`)
    return problems
  }
  const bad = new Set<string>()
  const head = value.slice(0, 4096)
  // The pattern is this module's own and nothing runs between setting and reading lastIndex;
  // matchAll would copy it for every ID.
  unsafe.lastIndex = 0
  for (let match = unsafe.exec(head); match !== null; match = unsafe.exec(head)) {
    if (match[0] === '\r' || match[0] === '\n' || match[0] === '<' || match[0] === '>') continue
    bad.add(match[0])
    if (bad.size >= 5) break
  }
  if (bad.size > 0)
    problems.push(
      `contains characters outside A-Z a-z 0-9 . _ ~ + / = : - (${[...bad].map((c) => JSON.stringify(c)).join(' ')})`,
    )
  return problems
}

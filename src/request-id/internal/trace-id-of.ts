/** The trace-id of something shaped like a traceparent (any case), else the value itself. */
export function traceIdOf(value: string): string {
  const part = value.split('-', 3)[1]
  return part !== undefined && /^[0-9a-f]{32}$/i.test(part) ? part : value
}

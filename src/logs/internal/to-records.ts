import type { LogRecord } from '../capture-logs.ts'

/** pino's numeric levels. */
const pinoLevels: Readonly<Record<number, string>> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
}

/**
 * Turns one write or call into records: a chunk whose every line is JSON becomes one record per
 * line (pino and winston write one JSON line each); anything else is one record, final line break
 * dropped, inner ones kept (a stack stays with its message).
 */
export function toRecords(
  source: LogRecord['source'],
  level: string | undefined,
  text: string,
): LogRecord[] {
  const trimmed = text.replace(/\r?\n$/, '')
  if (trimmed.trimStart().startsWith('{')) {
    const lines = trimmed.split('\n').filter((line) => line.trim() !== '')
    const parsed = lines.map(parseObject)
    if (parsed.every((p) => p !== undefined))
      return lines.map((line, i) => ({
        source,
        level: level ?? levelOf(parsed[i]),
        text: line.replace(/\r$/, ''),
        json: parsed[i],
      }))
  }
  return [{ source, level, text: trimmed, json: undefined }]
}

function parseObject(line: string): object | undefined {
  try {
    const value = JSON.parse(line) as unknown
    return typeof value === 'object' && value !== null ? value : undefined
  } catch {
    return undefined
  }
}

function levelOf(json: object | undefined): string | undefined {
  const level = (json as { level?: unknown } | undefined)?.level
  if (typeof level === 'number') return pinoLevels[level] ?? String(level)
  return typeof level === 'string' ? level : undefined
}

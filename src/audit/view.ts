import type { TextView } from '../rule.ts'

/**
 * A view of a subject whose lower-cased copy is made only when something asks for it.
 *
 * @example
 * ```ts
 * const body = new View(snapshot.text, (start, end) => [start, end])
 * body.lower.includes('traceback') // lower-cased on first use, then kept
 * ```
 */
export class View implements TextView {
  readonly text: string
  readonly toBody: TextView['toBody']
  readonly header: string | undefined
  #lower: string | undefined
  constructor(text: string, toBody: TextView['toBody'], header?: string) {
    this.text = text
    this.toBody = toBody
    this.header = header
  }
  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase())
  }
}

import { appendFileSync } from 'node:fs'
import { audit, categories, formatReport, type Category, type Report } from 'safe500'

/** Where a response came from, for the integration matrix. */
export interface Cell {
  readonly framework: string
  readonly mode: string
  readonly route: string
}

/** What `measure()` found: the report, its categories in catalogue order, and a readable summary. */
export interface Measured {
  readonly report: Report
  readonly categories: readonly Category[]
  /** The findings, one per line: the assertion message when the categories differ. */
  readonly summary: string
}

/**
 * Audits a response and lists the categories found, each once, in catalogue order. With
 * `SAFE500_MATRIX_OUT=<file>` set, appends the cell and its findings to that file as a JSON line,
 * which is how docs/integration-matrix.md is measured.
 *
 * @example
 * ```ts
 * const { categories, summary } = await measure(res, { framework: 'Koa 3', mode: 'default', route })
 * expect(categories, summary).toEqual(inCatalogueOrder(['header', 'request-id']))
 * ```
 */
export async function measure(response: unknown, cell: Cell): Promise<Measured> {
  const report = await audit(response)
  const found = inCatalogueOrder(report.findings.map((finding) => finding.category))
  const out = process.env.SAFE500_MATRIX_OUT
  if (out) {
    const rules = [...new Set(report.findings.map((finding) => finding.rule))].sort()
    appendFileSync(
      out,
      `${JSON.stringify({ ...cell, ok: report.ok, categories: found, rules, status: report.status })}\n`,
    )
  }
  return {
    report,
    categories: found,
    summary: `${cell.framework} (${cell.mode}) ${cell.route}:\n${formatReport(report)}`,
  }
}

/**
 * The categories given, each once, in the order of the catalogue's `categories` list.
 *
 * @example
 * ```ts
 * inCatalogueOrder(['request-id', 'header', 'header']) // ['header', 'request-id']
 * ```
 */
export function inCatalogueOrder(list: readonly Category[]): Category[] {
  return categories.filter((category) => list.includes(category))
}

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/**
 * The repository's src/ folder.
 *
 * @example
 * ```ts
 * regexLiterals(join(srcDir, 'rules', 'stack-trace-node.ts'))
 * ```
 */
export const srcDir = fileURLToPath(new URL('../../../src/', import.meta.url))

/** A regex literal written in a source file. */
export interface RegexLiteral {
  /** Path relative to src/, e.g. `rules/stack-trace-node.ts`. */
  readonly file: string
  readonly line: number
  readonly regex: RegExp
}

/**
 * Every `.ts` file under `dir`, recursively, sorted.
 *
 * @example
 * ```ts
 * const files = sourceFiles(srcDir)
 * ```
 */
export function sourceFiles(dir: string = srcDir): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/**
 * The regex literals of a TypeScript file, found by its parser (so strings, comments and
 * divisions are never taken for one).
 *
 * @example
 * ```ts
 * regexLiterals(join(srcDir, 'rules/stack-trace-node.ts')).map((l) => l.regex.source)
 * ```
 */
export function regexLiterals(path: string): RegexLiteral[] {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const found: RegexLiteral[] = []
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text
      const end = literal.lastIndexOf('/')
      found.push({
        file: relative(srcDir, path),
        line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        regex: new RegExp(literal.slice(1, end), literal.slice(end + 1)),
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/**
 * How many times a file builds a RegExp from a string (`new RegExp(` or `RegExp(`).
 *
 * @example
 * ```ts
 * dynamicRegexCount(join(srcDir, 'canaries/registry.ts')) // 1
 * ```
 */
export function dynamicRegexCount(path: string): number {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  let count = 0
  const visit = (node: ts.Node) => {
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    )
      count++
    ts.forEachChild(node, visit)
  }
  visit(file)
  return count
}

/** The part of a matcher's `this` that Vitest and Jest share: enough for one implementation. */
export interface MatcherContext {
  readonly isNot: boolean
  readonly promise?: string
  readonly utils: {
    matcherHint: (
      matcherName: string,
      received?: string,
      expected?: string,
      options?: { isNot?: boolean; promise?: string; secondArgument?: string; comment?: string },
    ) => string
    printReceived: (value: unknown) => string
    printExpected: (value: unknown) => string
  }
}

/** What a matcher returns. */
export interface MatcherResult {
  readonly pass: boolean
  readonly message: () => string
}

/**
 * True for the UTF-16 code unit of a character that can stand inside a token: an ASCII letter or
 * digit, `_`, `.` or `-` (the class `[\w.-]`). A token glued to such a character is part of a
 * longer word, not a token of its own.
 */
export function isTokenChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x5f || code === 0x2e || code === 0x2d
}

/** True for the UTF-16 code unit of an ASCII digit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** True for the UTF-16 code unit of an ASCII letter, either case. */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}

/** True for the UTF-16 code unit of a hex digit, either case. */
export function isHexDigit(code: number): boolean {
  const lower = code | 0x20
  return isAsciiDigit(code) || (lower >= 0x61 && lower <= 0x66)
}

/** True for the UTF-16 code unit of an ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code)
}

/** True for the UTF-16 code unit of a character of `\w`: an ASCII letter or digit, or `_`. */
export function isWordChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x5f
}

/** True for the UTF-16 code unit of a character of a URL's scheme: `[A-Za-z0-9+.-]`. */
export function isSchemeChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2b || code === 0x2e || code === 0x2d
}

/** True for the UTF-16 code unit of a character of standard base64: `[A-Za-z0-9+/]`. */
export function isBase64Char(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2b || code === 0x2f
}

/** True for the UTF-16 code unit of a character of a host name: `[A-Za-z0-9.-]`. */
export function isHostChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2d || code === 0x2e
}

import { defineRule } from '../define-rule.ts'

/** Result names of a directory's refusals, as LDAP clients name their error classes. */
const results =
  'InvalidCredentials|NoSuchObject|InvalidDNSyntax|InvalidDnSyntax|InsufficientAccess|InsufficientAccessRights|ObjectClassViolation|ObjectclassViolation|NoSuchAttribute|UndefinedAttributeType|EntryAlreadyExists|ConstraintViolation|NamingViolation|UnwillingToPerform'

/** The results' words, as ldapjs (Title Case) and PHP's ldap_error() (sentence case) say them. */
const phrases =
  'Invalid Credentials|No Such Object|Invalid DN Syntax|Insufficient Access Rights|Insufficient access|Object Class Violation|No Such Attribute|Entry Already Exists|Constraint Violation|Naming Violation|Unwilling To Perform|Already exists|Server is unwilling to perform'

// ldapts' message: the server's diagnostic and the result code in hex (` Code: 0x31` alone when
// slapd sends no text); ldapjs' error serialized (`"lde_message":"No Such Object","lde_dn":…`), or
// its class beside its message (`NoSuchObjectError: No Such Object`); ldapts' serialized
// (`{"code":32,"name":"NoSuchObjectError"}`); PHP's ldap_error() with its number, as phpLDAPadmin
// shows it (`Invalid credentials (49)`).
const ldap = new RegExp(
  String.raw`(?<![^"'>\s])Code: 0x[0-9a-f]{2}(?![\w])|"lde_message"\s{0,3}:\s{0,3}"|\b(?:${results})Error: (?:Invalid Credentials|No Such Object|Invalid DN Syntax|Insufficient Access Rights|Object Class Violation|No Such Attribute|Entry Already Exists|Constraint Violation|Naming Violation|Unwilling To Perform)\b|"code"\s{0,3}:\s{0,3}\d{1,3}\s{0,3},\s{0,3}"name"\s{0,3}:\s{0,3}"(?:${results})Error"|\b(?:Invalid credentials|No such object|Insufficient access|Invalid DN syntax|Object class violation|Constraint violation|Already exists|Server is unwilling to perform) \((?:49|32|50|34|65|19|68|53)\)`,
  'g',
)

/**
 * A directory server's refusal as LDAP clients pass it on: ldapts (`object class 'inetOrgPerson'
 * requires attribute 'sn' Code: 0x41`), ldapjs (`"lde_message":"No Such Object","lde_dn":
 * "dc=shop,dc=example"`), and PHP's ldap extension as phpLDAPadmin shows it (`Invalid credentials
 * (49)`). The directory's words and its result codes are database error text.
 *
 * @example
 * ```ts
 * '{"error":"invalid DN Code: 0x22"}' // flagged
 * ```
 */
export const sqlErrorLdap = defineRule({
  id: 'sql-error-ldap',
  category: 'sql-error',
  description:
    'LDAP directory errors as clients pass them on: ldapts (<diagnostic> Code: 0x31), ldapjs (its lde_message and lde_dn serialized, NoSuchObjectError: No Such Object), ldapts serialized ({"code":32,"name":"NoSuchObjectError"}), PHP\'s ldap_error() with its number (Invalid credentials (49)).',
  keywords: [
    'code: 0x',
    '"lde_message"',
    // A class (NoSuchObjectError), and the result's words as ldapjs and PHP say them.
    ...results
      .toLowerCase()
      .split('|')
      .map((r) => `${r}error`),
    ...phrases.toLowerCase().split('|'),
  ],
  pattern: ldap,
  message: 'shows an LDAP directory error',
  examples: {
    leaky: [
      '{"error":" Code: 0x31"}',
      '{"error":"object class \'inetOrgPerson\' requires attribute \'sn\' Code: 0x41"}',
      '{"error":{"lde_message":"No Such Object","lde_dn":"dc=shop,dc=example"}}',
      '{"error":"No Such Object","stack":"NoSuchObjectError: No Such Object\\n    at messageCallback (/srv/app/node_modules/ldapjs/lib/client/client.js:1267:45)"}',
      '{"error":{"code":50,"name":"InsufficientAccessError"}}',
      '<div class="error">Unable to connect to LDAP server My LDAP Server<br />Error: Invalid credentials (49) for user</div>',
    ],
    safe: [
      'Internal Server Error',
      '{"error":"Invalid credentials"}',
      'Error Code: 0x80070005 means access is denied on your PC.',
      '{"error":{"code":401,"name":"Unauthorized"}}',
      'No such object (photo 49) in the album.',
    ],
  },
})

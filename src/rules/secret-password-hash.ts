import { defineRule } from '../define-rule.ts'
import { sampleSecret } from '../secrets/sample-secret.ts'

const bcryptAlphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * A password hash in the body: bcrypt (`$2b$10$…`), Argon2 (`$argon2id$v=19$…`), scrypt and
 * PBKDF2 in Django's form (`pbkdf2_sha256$600000$…`), as a serialized user record shows it.
 * Whoever reads it can try to crack it offline.
 *
 * @example
 * ```ts
 * '{"email":"a@b.c","passwordHash":"$2b$10$…"}' // flagged, excerpt masked
 * ```
 */
export const secretPasswordHash = defineRule({
  id: 'secret-password-hash',
  category: 'secret',
  description:
    'Password hashes: bcrypt ($2a$/$2b$/$2y$), Argon2 ($argon2id$...), Django PBKDF2 (pbkdf2_sha256$...) and scrypt.',
  keywords: ['$2a$', '$2b$', '$2y$', '$argon2', 'pbkdf2_sha', 'scrypt$'],
  pattern:
    /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,10},t=\d{1,5},p=\d{1,5}\$[A-Za-z0-9+/]{8,200}\$[A-Za-z0-9+/]{16,400}|\bpbkdf2_sha(?:1|256|512)\$\d{1,8}\$[\w./+]{4,100}\$[\w./+=]{16,200}|\bscrypt\$[\w./+=$]{32,400}/g,
  secret: true,
  message: 'shows a password hash',
  examples: {
    leaky: [
      `{"id":42,"email":"ana@shop.example","passwordHash":"$2b$10$${sampleSecret(53, 841, bcryptAlphabet)}"}`,
      `password: "$argon2id$v=19$m=65536,t=3,p=4$${sampleSecret(22, 842)}$${sampleSecret(43, 843)}"`,
      `password = pbkdf2_sha256$600000$${sampleSecret(22, 844)}$${sampleSecret(44, 845)}=`,
    ],
    safe: [
      'Internal Server Error',
      'Passwords are stored with bcrypt ($2b$ hashes), never in clear text.',
      'Price: $2b$ tickets are sold out',
    ],
  },
})

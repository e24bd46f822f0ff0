import { defineRule } from '../define-rule.ts'

/** The Django technical 500/404 page shown with `DEBUG = True`. */
export const debugPageDjango = defineRule({
  id: 'debug-page-django',
  category: 'debug-page',
  description:
    'The Django DEBUG page (technical 500 or 404): "You\'re seeing this error because you have DEBUG = True", its summary table.',
  keywords: [
    'debug = true',
    'urlconf defined in',
    'python executable:',
    'django version:',
    'exception location:',
  ],
  pattern:
    /\bYou(?:'|’|&#39;|&#x27;|&rsquo;)re seeing this error because you have (?:<code>)?DEBUG = True|\bUsing the URLconf defined in\b|\bPython Executable:|\bDjango Version:(?:<\/th>|\s)|\bException Location:(?:<\/th>|\s)/g,
  message: 'is the Django DEBUG page (set DEBUG = False)',
  examples: {
    leaky: [
      '<p>You’re seeing this error because you have <code>DEBUG = True</code> in your Django settings file.</p>',
      "You're seeing this error because you have DEBUG = True in your\nDjango settings file.",
      '<tr>\n  <th scope="row">Django Version:</th>\n  <td>5.1.2</td>\n</tr>',
      '<p>Using the URLconf defined in <code>shop.urls</code>, Django tried these URL patterns, in this order:</p>',
      'Exception Location: /app/orders/views.py, line 12, in show\nPython Executable: /usr/local/bin/python',
    ],
    safe: [
      'Internal Server Error',
      '<!doctype html>\n<html lang="en">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n',
      "You're seeing this error because something went wrong on our side.",
      'Our Django version is fine; debug is off. Request 3f1c0d6e.',
    ],
  },
})

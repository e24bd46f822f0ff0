import type { Hit } from '../rule.ts'
import { defineRule } from '../define-rule.ts'

const setting =
  /\b(INSTALLED_APPS|ROOT_URLCONF|MIDDLEWARE|ALLOWED_HOSTS|DATABASES|STATIC_ROOT|STATIC_URL|MEDIA_ROOT|WSGI_APPLICATION|ASGI_APPLICATION|DEFAULT_AUTO_FIELD|AUTH_PASSWORD_VALIDATORS|LANGUAGE_CODE|USE_TZ|USE_I18N|CSRF_COOKIE_SECURE|SESSION_ENGINE|DEBUG_PROPAGATE_EXCEPTIONS|SETTINGS_MODULE|DEFAULT_FROM_EMAIL|EMAIL_HOST|CACHES|LOGGING_CONFIG)\b/g
const settingsModule = /\bUsing settings module\b/g

/** Django settings as listed by the DEBUG page (INSTALLED_APPS, DATABASES, ROOT_URLCONF, ...). */
export const envDumpDjangoSettings = defineRule({
  id: 'env-dump-django-settings',
  category: 'env-dump',
  description:
    'Django settings listed in a page ("Using settings module", or three or more names such as INSTALLED_APPS, DATABASES, ROOT_URLCONF).',
  keywords: [
    'using settings module',
    'installed_apps',
    'root_urlconf',
    'allowed_hosts',
    'databases',
    'middleware',
  ],
  patterns: [setting, settingsModule],
  *detect({ views }): Iterable<Hit> {
    for (const view of views) {
      if (view.header !== undefined) continue
      for (const match of view.text.matchAll(settingsModule)) {
        yield {
          message: 'shows the Django settings',
          view,
          span: [match.index, match.index + match[0].length],
        }
        return
      }
      const names = new Set<string>()
      for (const match of view.text.matchAll(setting)) {
        names.add(match[1] as string)
        if (names.size >= 3) {
          yield {
            message: 'shows Django settings',
            view,
            span: [match.index, match.index + match[0].length],
          }
          return
        }
      }
    }
  },
  examples: {
    leaky: [
      '<h3 id="settings-info">Using settings module <code>shop.settings</code></h3>',
      "Installed Applications:\n['django.contrib.admin']\nALLOWED_HOSTS = ['*']\nDATABASES = {'default': {}}\nROOT_URLCONF = 'shop.urls'",
      '<tr><td>INSTALLED_APPS</td><td class="code"><pre>[]</pre></td></tr><tr><td>MIDDLEWARE</td><td class="code"><pre>[]</pre></td></tr><tr><td>ROOT_URLCONF</td><td class="code"><pre>&#x27;shop.urls&#x27;</pre></td></tr>',
    ],
    safe: [
      'Internal Server Error',
      'Our DATABASES are being upgraded. Please try again at 10:30.',
      '<h1>Server Error (500)</h1><p></p>',
    ],
  },
})

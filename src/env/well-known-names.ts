/**
 * Environment variables every process or deployment has, by runtime and platform: a dump of the
 * environment shows some of them, whatever form it takes (`NAME=value` lines, a JSON or inspected
 * object, a Java map).
 *
 * @example
 * ```ts
 * wellKnownEnvNames.has('DATABASE_URL') // true
 * ```
 */
export const wellKnownEnvNames: ReadonlySet<string> = new Set(
  [
    // The shell and the system.
    'PATH HOME USER SHELL PWD HOSTNAME LANG TERM TZ LD_LIBRARY_PATH',
    // Runtimes and their tools.
    'NODE_ENV NODE_OPTIONS NODE_VERSION YARN_VERSION PYTHONPATH PYTHON_VERSION VIRTUAL_ENV',
    'JAVA_HOME JAVA_VERSION GOPATH GOLANG_VERSION RUBY_VERSION PHP_VERSION',
    // Frameworks.
    'RAILS_ENV RACK_ENV APP_ENV APP_KEY APP_DEBUG DJANGO_SETTINGS_MODULE',
    'SPRING_PROFILES_ACTIVE SPRING_DATASOURCE_URL SPRING_DATASOURCE_PASSWORD',
    // The deployment: its port, stores, cloud, cluster and keys.
    'PORT DATABASE_URL REDIS_URL MONGO_URL MONGODB_URI DB_HOST DB_USER DB_PASSWORD DB_NAME',
    'POSTGRES_PASSWORD MYSQL_PASSWORD AWS_REGION AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY',
    'KUBERNETES_SERVICE_HOST KUBERNETES_SERVICE_PORT KUBERNETES_PORT',
    'SECRET_KEY JWT_SECRET API_KEY SENTRY_DSN',
  ]
    .join(' ')
    .split(' '),
)

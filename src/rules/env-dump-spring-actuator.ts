import { defineRule } from '../define-rule.ts'

/**
 * Spring Boot actuator `/env` and `/configprops` shapes: property sources, active profiles, and
 * configuration beans with their prefix and properties.
 *
 * @example
 * ```ts
 * '{"activeProfiles":["prod"],"propertySources":[]}' // flagged
 * ```
 */
export const envDumpSpringActuator = defineRule({
  id: 'env-dump-spring-actuator',
  category: 'env-dump',
  description:
    'Spring Boot actuator environment output (/env: activeProfiles, propertySources, systemEnvironment; /configprops: a bean\'s dotted "prefix" with its "properties", or a bean named after its Spring class).',
  keywords: [
    'propertysources',
    'server.ports',
    'servletcontextinitparams',
    'activeprofiles',
    'systemenvironment',
    'systemproperties',
    'applicationconfig: [',
    'config resource ',
    '"prefix"',
    '-org.springframework.',
  ],
  pattern:
    /"propertySources"\s{0,5}:\s{0,5}\[|"activeProfiles"\s{0,5}:\s{0,5}\[|"name"\s{0,5}:\s{0,5}"(?:systemEnvironment|systemProperties|server\.ports|servletContextInitParams|applicationConfig: \[|Config resource ')|"prefix"\s{0,5}:\s{0,5}"[\w-]{1,60}\.[\w.-]{1,200}"\s{0,5},\s{0,5}"properties"\s{0,5}:\s{0,5}\{|"[\w.-]{1,200}-org\.springframework\.[\w.]{1,200}"\s{0,5}:\s{0,5}\{/g,
  message: 'shows a Spring Boot environment dump',
  examples: {
    leaky: [
      '{"name":"server.ports","properties":{"local.server.port":{"value":8080}}}',
      '{"name":"servletContextInitParams","properties":{}}',
      '{"activeProfiles":["prod"],"propertySources":[{"name":"server.ports","properties":{"local.server.port":{"value":8080}}}]}',
      '{"propertySources":[{"name":"systemEnvironment","properties":{"PATH":{"value":"/usr/bin","origin":"System Environment Property \\"PATH\\""}}}]}',
      '{"name":"Config resource \'class path resource [application.yml]\' via location \'optional:classpath:/\'","properties":{}}',
      '{"beans":{"server-org.springframework.boot.autoconfigure.web.ServerProperties":{"prefix":"server","properties":{"port":8080}}}}',
      '{"contexts":{"application":{"beans":{"spring.datasource-org.springframework.boot.autoconfigure.jdbc.DataSourceProperties":{"prefix":"spring.datasource","properties":{"url":"jdbc:postgresql://db.internal:5432/shop"}}}}}}',
    ],
    safe: [
      'Internal Server Error',
      '{"timestamp":"2026-05-12T10:30:00.000+00:00","status":500,"error":"Internal Server Error","path":"/orders"}',
      '{"status":"DOWN","components":{"db":{"status":"DOWN"}}}',
      '{"prefix":"Dr.","name":"Ada"}',
      '{"queue":[{"prefix":"web","properties":{"page":"/checkout"}}]}',
    ],
  },
})

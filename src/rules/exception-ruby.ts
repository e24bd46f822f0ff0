import { defineRule } from '../define-rule.ts'

const namespaces =
  'ActiveRecord|ActionController|ActionView|ActionDispatch|ActiveModel|ActiveSupport|ActiveJob|ActionMailer|ActiveStorage|Sinatra|Rack|Faraday|Net|Errno|Psych|JSON|Zeitwerk|Puma'

/** Ruby exceptions: `NoMethodError`, `ActiveRecord::RecordNotFound`, `undefined method 'x' for nil`. */
export const exceptionRuby = defineRule({
  id: 'exception-ruby',
  category: 'exception',
  description:
    'Ruby and Rails exceptions (NoMethodError, ActiveRecord::RecordNotFound, Errno::ENOENT, any Gem::Namespaced::Error: message) and their raw messages.',
  keywords: [
    '::',
    'nomethoderror',
    'argumenterror',
    'undefined method',
    'undefined local variable',
    'nilclass',
    'uninitialized constant',
    'frozenerror',
    'loaderror',
  ],
  pattern: new RegExp(
    String.raw`\b(?:NoMethodError|ArgumentError|FrozenError|LoadError|(?:${namespaces})::[A-Z]\w{1,100})\b|\bundefined (?:local variable or )?method [\x60'‘][^'\x60\s]{1,100}' for |\bfor nil:NilClass\b|\buninitialized constant [A-Z]\w{0,100}|\b[A-Z]\w{0,60}(?:::[A-Z]\w{0,60}){1,6}Error: \S`,
    'g',
  ),
  message: 'shows a Ruby exception',
  examples: {
    leaky: [
      'RedisClient::CannotConnectError: Connection refused - connect(2) for 10.0.3.7:6379',
      "ActiveRecord::RecordNotFound: Couldn't find Order with 'id'=42",
      "NoMethodError: undefined method `total' for nil:NilClass",
      "undefined method 'email' for nil",
      "ActionView::Template::Error (undefined local variable or method `current_user')",
      'Errno::ENOENT: No such file or directory @ rb_sysopen - config/secrets.yml',
      'NameError: uninitialized constant OrdersController::Paginator',
    ],
    safe: [
      'Internal Server Error',
      'Time: 10:30::00 UTC. Please try again later.',
      'Our Rails team is on it. Reference 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      'Section 3::A of the terms applies.',
    ],
  },
})

import { defineRule } from '../define-rule.ts'

const namespaces =
  'ActiveRecord|ActionController|ActionView|ActionDispatch|ActiveModel|ActiveSupport|ActiveJob|ActionMailer|ActiveStorage|Sinatra|Rack|Faraday|Errno|Psych|Zeitwerk|Puma|PG|Grape::Exceptions|RestClient|HTTParty'
// Namespaces Perl shares (Net::Server, Net::LDAP, JSON::PP in a Carp trace): only their errors.
const sharedNamespaces = String.raw`Net::(?:[A-Z]\w{0,60}(?:Error|Timeout)|HTTPBadResponse)|JSON::(?:ParserError|GeneratorError|NestingError|JSONError)`

/**
 * Ruby exceptions: `NoMethodError`, `ActiveRecord::RecordNotFound`, `PG::ConnectionBad`,
 * `undefined method 'x' for nil`, and a class in parentheses ending a message's line with a frame
 * on the next, as Ruby's `full_message` and Puma print it (`timeout after 5000 ms (IOError)` then
 * `config.ru:47:in …`); prose that ends a line with `(TimeoutError)` passes. Also the message of
 * SystemStackError alone (`stack level too deep`), as Rails' JSON error body passes it on, and an
 * exception's `inspect` (`#<EOFError: end of file reached>`, `#<RestClient::Exceptions::ReadTimeout:
 * …>`); Ruby's own messages without their class (`No such file or directory @ rb_sysopen -
 * /srv/app/x.pdf`, `Command failed with exit 1: pg_dump …`, `invalid byte sequence in UTF-8`).
 */
export const exceptionRuby = defineRule({
  id: 'exception-ruby',
  category: 'exception',
  description:
    "Ruby and Rails exceptions (NoMethodError, ActiveRecord::RecordNotFound, Errno::ENOENT, any Gem::Namespaced::Error: message) and their raw messages (stack level too deep, No such file or directory @ rb_sysopen - /x, Command failed with exit 1: …, N: unexpected token at, not in gzip format, invalid value for Integer(), invalid byte sequence in UTF-8, Missing `secret_key_base` for 'production' environment, and execution expired or bad decrypt as a whole message, ...).",
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
    'error)',
    'exception)',
    'stack level too deep',
    'no such file or directory @ ',
    'is a directory @ ',
    'file exists @ ',
    'permission denied @ ',
    'not a directory @ ',
    'directory not empty @ ',
    'read-only file system @ ',
    'no such file or directory - ',
    'command failed with exit ',
    ": unexpected token at '",
    'not in gzip format',
    'invalid value for ',
    'invalid byte sequence in ',
    'execution expired',
    'bad decrypt',
    'missing `secret_key_base` for ',
    '#<',
    'error: ',
    'exception: ',
  ],
  pattern: [
    new RegExp(
      String.raw`\b(?:NoMethodError|ArgumentError|FrozenError|LoadError|(?:${namespaces})::[A-Z]\w{1,100}|${sharedNamespaces})\b|\bundefined (?:local variable or )?method [\x60'‘][^'\x60\s]{1,100}' for |\bfor nil:NilClass\b|\buninitialized constant [A-Z]\w{0,100}|\b[A-Z]\w{0,60}(?:::[A-Z]\w{0,60}){1,6}Error: \S|\((?:[A-Z]\w{0,60}::){0,6}[A-Z][A-Za-z]{0,60}(?:Error|Exception)\)(?=\r?\n(?:\tfrom )?[ \t]{0,4}[^\s:,]{1,300}(?::\d{1,7}:in |, Line \d)|\r?\n(?:[^\r\n]{0,300}\r?\n){1,4}\tfrom [^\s:]{1,300}:\d{1,7}:in )|#<[A-Z]\w{0,60}(?:Error|Exception): |\bstack level too deep\b`,
      'g',
    ),
    // A class and its message heading a backtrace whose frames are tab-indented, as
    // Rack::ShowExceptions writes it for a client that does not ask for HTML (`EOFError: end of
    // file reached` then `\t/usr/lib/ruby/3.1.0/net/protocol.rb:227:in 'rbuf_fill'`).
    /(?:^|\n)[A-Z][A-Za-z]{0,60}(?:Error|Exception): [^\n]{1,300}(?=\r?\n\t(?:from )?[^\s:]{1,300}:\d{1,7}:in )/g,
    // Ruby's own messages without their class: Errno's with the C function that failed (`No such
    // file or directory @ rb_sysopen - /srv/app/x.pdf`, a spawn's `No such file or directory -
    // ffmpeg`), Kernel#system's (`Command failed with exit 1: pg_dump …`), JSON's parser quoting
    // what it read, Zlib, Integer(), String encodings, Rails' missing secret_key_base (as WEBrick shows it when Rails fails
    // before its own error handling); Timeout's and OpenSSL's cipher's as a whole
    // message.
    /\bMissing `secret_key_base` for '[\w-]{1,60}' environment\b|\b(?:No such file or directory|Is a directory|File exists|Permission denied|Not a directory|Directory not empty|Read-only file system) @ [a-z][a-z0-9_]{1,40} - |\bNo such file or directory - \S|\bCommand failed with exit \d{1,3}: |\b\d{1,10}: unexpected token at '|\bnot in gzip format\b|\binvalid value for (?:Integer|Float|Rational|Complex)\(\): |\binvalid byte sequence in [A-Z][\w-]{1,30}\b|(?<=[">\n])(?:execution expired|bad decrypt)(?=["<\n])/g,
  ],
  message: 'shows a Ruby exception',
  examples: {
    leaky: [
      "/srv/app/app.rb:35:in `rate': timeout after 5000 ms (IOError)\n\tfrom /srv/app/app.rb:72:in `price_in'",
      '/srv/app/views/slim/invoice.slim:2: Unknown line indicator (Slim::Parser::SyntaxError)\n  /srv/app/views/slim/invoice.slim, Line 2, Column 0',
      "/srv/app/views/invoice.erb:12: syntax error, unexpected `end' (SyntaxError)\nend;end;\n        ^~~\n\tfrom /usr/lib/ruby/vendor_ruby/tilt/template.rb:280:in `compile_template'",
      '{"error":"Net::ReadTimeout with #<TCPSocket:(closed)>"}',
      '{"error":"JSON::ParserError: unexpected token at \'<html>\'"}',
      'RedisClient::CannotConnectError: Connection refused - connect(2) for 10.0.3.7:6379',
      '{"error":"#<EOFError: end of file reached>"}',
      "EOFError: end of file reached\n\t/usr/lib/ruby/3.1.0/net/protocol.rb:227:in 'rbuf_fill'",
      '#<RestClient::Exceptions::ReadTimeout: Timed out reading data from server>',
      "ActiveRecord::RecordNotFound: Couldn't find Order with 'id'=42",
      "NoMethodError: undefined method `total' for nil:NilClass",
      "undefined method 'email' for nil",
      "Missing `secret_key_base` for 'production' environment, set this string with `bin/rails credentials:edit`",
      "ActionView::Template::Error (undefined local variable or method `current_user')",
      'Errno::ENOENT: No such file or directory @ rb_sysopen - config/secrets.yml',
      '{"error":"No such file or directory @ rb_sysopen - /srv/app/uploads/invoice-42.pdf"}',
      '{"error":"No such file or directory - ffmpeg"}',
      '{"error":"Command failed with exit 1: pg_dump --schema-only"}',
      '{"error":"859: unexpected token at \'<!DOCTYPE html>\'"}',
      '{"error":"not in gzip format"}',
      '{"error":"invalid value for Integer(): \\"1,299.00\\""}',
      '{"error":"invalid byte sequence in UTF-8"}',
      '{"error":"execution expired"}',
      '{"error":"bad decrypt"}',
      'NameError: uninitialized constant OrdersController::Paginator',
      'PG::ConnectionBad: connection to server at "10.0.3.7", port 5432 failed: Connection refused',
      "Puma caught this error: Cannot reach the orders database: timeout after 5000 ms (IOError)\nconfig.ru:47:in `block in <class:ShopAPI>'",
      '{"status":500,"error":"stack level too deep"}',
    ],
    safe: [
      "\tNet::Server::PreFork::run_child('Starman::Server=HASH(0x55eb0befcd80)') called at /usr/share/perl5/Net/Server/PreFork.pm line 184",
      'The sync app stops on older phones (TimeoutError)\nUpdate to version 5 to fix it.',
      '<p>Ticket #<b>42</b>: the Error: page is fixed.</p>',
      '<pre><code>class API &lt; Grape::API\n  format :json\nend</code></pre>',
      'Internal Server Error',
      'Time: 10:30::00 UTC. Please try again later.',
      'Our Rails team is on it. Reference 01J9ZQ4T7B8N3K5M6P2R4S6V8X',
      'Section 3::A of the terms applies.',
      'Retry later (NetworkError) or contact support.',
      '{"error":"Your session expired: the link was bad, decrypt failed? Try again."}',
      'The value for the discount is invalid for this order.',
      'Choose a stack level: shallow, medium or deep.',
    ],
  },
})

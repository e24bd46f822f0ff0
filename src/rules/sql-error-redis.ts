import { defineRule } from '../define-rule.ts'

/**
 * Redis server error replies (`WRONGTYPE`, `READONLY`, `MOVED`, `NOAUTH`) and client reply-error
 * classes (ioredis `ReplyError`, node-redis `ErrorReply`), and go-redis's `redis: nil` (no such key).
 *
 * @example
 * ```ts
 * 'WRONGTYPE Operation against a key holding the wrong kind of value' // flagged
 * ```
 */
export const sqlErrorRedis = defineRule({
  id: 'sql-error-redis',
  category: 'sql-error',
  description:
    "Redis error replies (WRONGTYPE, READONLY, NOSCRIPT, ERR unknown command, OOM, MOVED, CROSSSLOT, NOAUTH, WRONGPASS), ReplyError classes and go-redis's redis: nil; ioredis's ReplyError serialized whole (a command with its args); Upstash's command was: [[\"get\",…]].",
  keywords: [
    'wrongtype',
    'replyerror',
    'rediserror',
    'errorreply',
    'readonly you',
    'noscript',
    'err ',
    'oom command',
    'moved ',
    'crossslot',
    'loading redis',
    'misconf',
    'noauth',
    'wrongpass',
    'execabort',
    'busy redis',
    'clusterdown',
    'noperm',
    'redis: nil',
    'command was: [["',
    '"args"',
  ],
  pattern: [
    /\bWRONGTYPE Operation against a key|\b(?:Reply|Redis)Error\b|\bErrorReply\b|\bREADONLY You can't write against a read only (?:replica|slave)|\bNOSCRIPT No matching script|\bERR (?:unknown command|wrong number of arguments|value is not an integer|Error running script|invalid expire time|max number of clients reached|syntax error)|\bOOM command not allowed when used memory|\bMOVED \d{1,5} [\w.:[\]-]{3,200}|\bCROSSSLOT Keys in request|\bLOADING Redis is loading|\bMISCONF Redis is configured|\bNOAUTH (?:Authentication required|HELLO must be called)|\bcommand was: \[\["[a-z]{2,30}"|\bWRONGPASS invalid username-password pair|\bEXECABORT Transaction discarded|\bBUSY Redis is busy|\bCLUSTERDOWN\b|\bNOPERM (?:this|User|No permissions)|\bredis: nil\b/g,
    // ioredis's ReplyError serialized whole: its message is not enumerable, so the command and its
    // arguments (keys, and the values written) are what reach the body.
    // A command of Redis's own, so a job or chat-bot API's `{"command":{"name":"export",…}}` passes.
    /"command"\s{0,3}:\s{0,3}\{\s{0,3}"name"\s{0,3}:\s{0,3}"(?:get|set|setex|setnx|getset|getdel|mget|mset|del|unlink|exists|expire|pexpire|expireat|ttl|pttl|persist|incr|incrby|decr|decrby|append|hset|hget|hmset|hmget|hgetall|hdel|hincrby|hexists|hkeys|hvals|hlen|lpush|rpush|lpop|rpop|lrange|llen|lrem|ltrim|lmove|blpop|brpop|sadd|srem|smembers|sismember|scard|zadd|zrem|zrange|zrangebyscore|zrevrange|zscore|zincrby|zcard|publish|subscribe|eval|evalsha|fcall|info|auth|hello|select|keys|scan|hscan|sscan|zscan|xadd|xread|xreadgroup|xack|xrange|ping|multi|exec|watch|type|rename|flushdb|flushall|json\.get|json\.set|ft\.search)"\s{0,3},\s{0,3}"args"\s{0,3}:\s{0,3}\[/g,
  ],
  message: 'shows a Redis error reply',
  examples: {
    leaky: [
      'ReplyError: WRONGTYPE Operation against a key holding the wrong kind of value',
      'NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used',
      '{"error":"WRONGPASS invalid or missing auth token, command was: [[\\"get\\",\\"session:u42\\"]]"}',
      '{"error":"READONLY You can\'t write against a read only replica."}',
      "ERR unknown command 'JSON.GET', with args beginning with: 'cart:42'",
      'MOVED 3999 10.0.4.17:6381',
      'NOAUTH Authentication required.',
      '{"error":"redis: nil"}',
      '{"command":{"name":"hset","args":["session:9f1c","user","42"]}}',
    ],
    safe: [
      'This item was MOVED to a new page.',
      'The service is BUSY right now. Please retry.',
      '{"error":"ERR_INTERNAL","message":"Internal Server Error"}',
      'Cache status: redis: nilpotent checks passed.',
      '{"command":{"name":"export","args":["--all"]}}',
      '{"command":{"name":"deploy","args":["api","--canary"]},"status":"failed"}',
    ],
  },
})

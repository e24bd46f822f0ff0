import { defineRule } from '../define-rule.ts'
import { jsonAnswer } from '../example-snapshot.ts'
import { standsAlone } from '../audit/stands-alone.ts'

/**
 * The operating system's words for a failed socket, as the JVM's exceptions carry them alone
 * (`ConnectException: Connection refused`, `SocketTimeoutException: Read timed out`): a leak when
 * they are the whole message an app passed on (`{"message":"Connection refused"}`), not inside
 * a sentence of its own. (`Connection timed out` is not among them: a CDN's 522 page heads itself
 * so.)
 */
const socketPhrases = new Set([
  'Connection refused',
  'Connection reset by peer',
  'Connection reset',
  'connect timed out',
  'Read timed out',
  'Broken pipe',
  'No route to host',
  'Network is unreachable',
  // Bun.SQL's PostgresError, which names neither host nor port.
  'Failed to connect',
])
const socketPattern = new RegExp(String.raw`\b(?:${[...socketPhrases].join('|')})\b`, 'g')

/**
 * Connection errors from other runtimes and drivers: Go's `dial tcp`, Python's `[Errno 111]` and
 * urllib3 pools, asyncpg (`connection was closed in the middle of operation`), Java's
 * `java.net.*Exception`, Prisma's P1001, tedious's `Failed to connect to`, and sqlx's connect
 * options printed with {:?} (`PgConnectOptions { host: "db", … }`); Go's database/sql
 * (`driver: bad connection`, driver.ErrBadConn), golang.org/x/crypto/ssh (`ssh: handshake failed:
 * ssh: unable to authenticate, attempted methods [none publickey]…`), the Docker client
 * (`Cannot connect to the Docker daemon at unix:///var/run/docker.sock.`) and ZooKeeper's
 * KeeperException (`KeeperErrorCode = ConnectionLoss for /brokers/ids`); Erlang's and Elixir's
 * socket errors as terms (`{error,econnrefused}`, `{:error, :econnrefused}`) and httpc's
 * `{failed_connect,[{to_address,{"127.0.0.1",45691}},{inet,[inet],econnrefused}]}`.
 *
 * @example
 * ```ts
 * 'dial tcp 10.0.0.3:5432: connect: connection refused' // flagged
 * ```
 */
export const driverErrorOtherRuntimes = defineRule({
  id: 'driver-error-other-runtimes',
  category: 'driver-error',
  description:
    "Connection errors of Go (dial tcp, lookup x on y, no such host), Python ([Errno 111], HTTPConnectionPool(host=...), Max retries exceeded), Java (java.net.ConnectException), Prisma P1001, tedious, asyncpg (connection was closed in the middle of operation), sqlx connect options dumped with {:?} (PgConnectOptions { host: ... }), Go's database/sql (driver: bad connection), SSH (ssh: handshake failed: ...), the Docker client (Cannot connect to the Docker daemon at unix://...), ZooKeeper (KeeperErrorCode = ConnectionLoss for /path), Racket's tcp-connect: connection failed, SBCL's USOCKET:CONNECTION-REFUSED-ERROR and SB-BSD-SOCKETS:...-ERROR, Ruby's getaddrinfo: Name or service not known and Resolv's no address for host.x, PHP's php_network_getaddresses: getaddrinfo for x failed, the JDK's host.x: Name or service not known, IO::Socket::IP's Cannot getaddrinfo - Name or service not known, Perl LWP's Can't connect to host:port (Connection refused), its quote escaped too as Data::Dumper writes it, Erlang's {error,econnrefused} and Elixir's {:error, :econnrefused}, httpc's {failed_connect,[{to_address,...}, {inet,[inet],econnrefused}]}, and a socket phrase as the whole message (Connection refused, Read timed out, Broken pipe); the clients of message brokers and caches (an AMQP NOT_FOUND - no exchange 'x' in vhost, Bunny's and php-amqplib's connection failures, pika's AMQP handshake timeout, Dalli's over max size and No server available, pymemcache's object too large for cache, libmemcached's ITEM TOO BIG).",
  keywords: [
    'dial ',
    'read tcp',
    'write tcp',
    'read udp',
    'write udp',
    'no such host',
    '[errno',
    'max retries exceeded',
    'connectionpool(',
    'newconnectionerror',
    'java.net.',
    "can't reach database server",
    'failed to connect to ',
    'closed in the middle of operation',
    'connectiondoesnotexisterror',
    'connectoptions {',
    'driver: bad connection',
    'ssh: handshake failed: ',
    'ssh: unable to authenticate',
    'cannot connect to the docker daemon at ',
    'keepererrorcode = ',
    'could not perform discovery',
    'tcp-connect: connection failed',
    'usocket:',
    'getaddrinfo: ',
    ': name or service not known',
    'cannot getaddrinfo - ',
    'cannot construct socket - ',
    ': temporary failure in name resolution',
    'php_network_getaddresses: ',
    'no address for ',
    'sb-bsd-sockets:',
    ...[...socketPhrases].map((phrase) => phrase.toLowerCase()),
    "can't connect to ",
    "\\'t connect to ",
    'econnrefused}',
    'ehostunreach}',
    'enetunreach}',
    'econnreset}',
    'etimedout}',
    'nxdomain}',
    'failed_connect,',
    'routing table: routingtable[',
    '"originalerror"',
    '"resurrecttimeout"',
    'not_found - no ',
    'authentication with rabbitmq failed',
    'could not establish tcp connection to any of the configured hosts',
    'detected a network failure: ',
    'cannot use a closed channel!',
    'timeout during amqp handshake',
    'sec while awaiting incoming data',
    ' over max size: ',
    'object too large for cache',
    'connection failure',
    'a timeout occurred',
    'item too big',
    'server is marked dead',
    'server has failed and is disabled',
    'no server available',
    'stream_socket_client(): unable to connect to ',
  ],
  pattern: [
    socketPattern,
    /\bdial (?:tcp|udp|unix)[46]?:? [\w.:[\]%-]{1,200}|\b(?:read|write) (?:tcp|udp)[46]? [\w.:[\]%-]{1,200}->|\bno such host\b|\[Errno -?\d{1,5}\] (?:Connection refused|Name or service not known|Temporary failure in name resolution|Connection reset by peer|No route to host|Network is unreachable|nodename nor servname provided)|\bMax retries exceeded with url: |\bHTTPS?ConnectionPool\(host='|\bNewConnectionError\b|\bjava\.net\.(?:ConnectException|UnknownHostException|SocketTimeoutException|NoRouteToHostException|SocketException)\b|\bCan't reach database server at |\bFailed to connect to [\w.-]{1,200}:\d{1,5}\b|\bconnection was closed in the middle of operation\b|\bConnectionDoesNotExistError\b|\b(?:Pg|MySql|Sqlite|Mssql|Any)ConnectOptions \{ /g,
    // Go's database/sql (driver.ErrBadConn, ending its message), golang.org/x/crypto/ssh's client,
    // the Docker client (`Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is
    // the docker daemon running?`), ZooKeeper's KeeperException (`KeeperErrorCode = ConnectionLoss
    // for /brokers/ids`).
    /(?<=^|["\n>]|: )driver: bad connection(?=$|["\n\\]|<\/)|\bssh: (?:handshake failed: |unable to authenticate, attempted methods )|\bCannot connect to the Docker daemon at (?:unix|tcp|npipe|https?|ssh):\/\/|\bKeeperErrorCode = [A-Z][A-Za-z]{2,40}\b/g,
    // Neo4j's driver finding no routing server (`Could not perform discovery. No routing servers
    // available. Known routing table: RoutingTable[…]`); mssql's error serialized whole, whose
    // `originalError` is tedious's with its connection code (`"originalError":{"code":"ESOCKET"}`;
    // GraphQL's `originalError` holds any error, so only these codes count); the Elasticsearch
    // client's connection pool entry (`"deadCount":0,"resurrectTimeout":0`).
    // Racket's tcp-connect (`tcp-connect: connection failed\n  hostname: db\n  port number:
    // 5432`), SBCL's usocket and sb-bsd-sockets conditions (`USOCKET:CONNECTION-REFUSED-ERROR`), Ruby's
    // SocketError (`getaddrinfo: Name or service not known`) and Resolv (`no address for db.internal`), the JDK's
    // UnknownHostException (`orders-db.internal: Name or service not known`), IO::Socket::IP's
    // (`Cannot getaddrinfo - Name or service not known`), Perl's LWP (`Can't connect to db:5432 (Connection refused)`), an Erlang posix atom
    // in a tuple (`{error,econnrefused}`, `{reason,nxdomain}`, Elixir's `{:error, :econnrefused}`).
    /\btcp-connect: connection failed\b|\bgetaddrinfo: (?:Name or service not known|Temporary failure in name resolution|nodename nor servname provided, or not known|No address associated with hostname)|\b[a-z0-9][\w.-]{0,252}: (?:Name or service not known|Temporary failure in name resolution)\b|\bCannot (?:getaddrinfo|construct socket) - (?:Name or service not known|Temporary failure in name resolution|No address associated with hostname|Connection refused|Connection timed out)|\bphp_network_getaddresses: getaddrinfo(?: for [\w.-]{1,253})? failed: |\bno address for [a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,6}\b|\b(?:USOCKET|SB-BSD-SOCKETS):(?:CONNECTION-REFUSED|CONNECTION-RESET|CONNECTION-ABORTED|TIMEOUT|HOST-UNREACHABLE|NETWORK-UNREACHABLE|NS-HOST-NOT-FOUND|HOST-NOT-FOUND)-ERROR\b|\bCan(?:'|\\'|\\\\')t connect to [\w.:[\]-]{1,260}:\d{1,5} \((?:Connection refused|Connection timed out|No route to host|Name or service not known|Network is unreachable|Connection reset by peer)\)|\{:?(?:error|reason),\s{0,3}:?(?:econnrefused|ehostunreach|enetunreach|econnreset|etimedout|nxdomain)\}/g,
    // httpc's failed connection, as Erlang and Elixir print it: `{failed_connect,[{to_address,
    // {"127.0.0.1",45691}},{inet,[inet],econnrefused}]}`, `{:inet, [:inet], :econnrefused}`.
    /\{:?failed_connect,\s{0,3}\[\{:?to_address,|\{:?inet6?,\s{0,3}\[:?inet6?\],\s{0,3}:?(?:econnrefused|ehostunreach|enetunreach|econnreset|etimedout|nxdomain)\}/g,
    // Message brokers' and caches' clients: an AMQP reply (`NOT_FOUND - no exchange 'orders' in
    // vhost '/'`), Bunny's and php-amqplib's words for a failed connection, pika's handshake
    // timeout; Dalli (`Value for cart:42 over max size: 1048576 <= 2097798`, `No server
    // available` as the whole message), pymemcache (`object too large for cache`) and
    // libmemcached's result messages ending a message after a wrapper's `: ` (`ITEM TOO BIG`, `A
    // TIMEOUT OCCURRED`); PHP's stream_socket_client() failing, as php-amqplib passes it on.
    /\bNOT_FOUND - no (?:exchange|queue) '[^'\n]{1,200}' in vhost '|\bAuthentication with RabbitMQ failed\b|\bCould not establish TCP connection to any of the configured hosts\b|\bdetected a network failure: |\bcannot use a closed channel!|\bTimeout during AMQP handshake\b|\bThe connection timed out after \d{1,6}(?:\.\d{1,6})? sec while awaiting incoming data\b|\bValue for [^\s]{1,250} over max size: \d{1,12}|\bobject too large for cache\b|(?<=: )(?:CONNECTION FAILURE|A TIMEOUT OCCURRED|ITEM TOO BIG|SERVER IS MARKED DEAD|SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY)(?=["\n<]|$)|\bstream_socket_client\(\): Unable to connect to |(?<=")No server available(?=")/g,
    /\bCould not perform discovery\. No routing servers available\b|\bKnown routing table: RoutingTable\[|"originalError"\s{0,3}:\s{0,3}\{\s{0,3}"code"\s{0,3}:\s{0,3}"E(?:SOCKET|LOGIN|TIMEOUT|CONNCLOSED|INSTLOOKUP|DRIVER|NOCONN)"|"resurrectTimeout"\s{0,3}:\s{0,3}\d/g,
  ],
  // A socket phrase counts only as a whole message.
  // RabbitMQ's management API answering its own client (404 `{"error":"not_found","reason":
  // "NOT_FOUND - no queue 'x' in vhost '/'"}`) names what the client asked for: an app relays it
  // in a 5xx.
  ignore: (m, subject) =>
    (socketPhrases.has(m[0]) && !standsAlone(m.input, m.index, m.index + m[0].length)) ||
    (m[0].startsWith('NOT_FOUND') && subject.snapshot.status < 500),
  message: 'shows a connection error from a backend call',
  examples: {
    leaky: [
      'dial tcp 10.0.0.3:5432: connect: connection refused',
      '{"status":500,"message":"Connection refused"}',
      '<pre>Read timed out</pre>',
      '{"error":"Failed to connect"}',
      '{"error":"checkout failed: Connection reset by peer"}',
      '<pre>tcp-connect: connection failed\n  hostname: orders-db\n  port number: 5432\n  system error: Connection refused; errno=111</pre>',
      '<pre>Condition USOCKET:CONNECTION-REFUSED-ERROR was signalled.</pre>',
      '{"error":"getaddrinfo: Name or service not known"}',
      '{"error":"no address for orders-db.internal"}',
      '{"error":"orders-db.internal: Name or service not known"}',
      '{"error":"Cannot getaddrinfo - Name or service not known at /srv/shop/app.psgi line 233.\\n"}',
      '{"error":"stream_socket_client(): php_network_getaddresses: getaddrinfo for orders-db.internal failed: Name or service not known"}',
      "pricing upstream failed: 500 Can't connect to pricing.internal:8080 (Connection refused) at /usr/share/perl5/LWP/Protocol/http.pm line 50.",
      "$VAR1 = bless( { '_content' => 'Can\\'t connect to inventory:8080 (Connection refused)' }, 'HTTP::Response' );",
      'Exception: {db_connect_failed,[{host,"orders-db"},{port,5432},{reason,econnrefused}]}',
      'dial tcp: lookup db.internal on 10.96.0.10:53: no such host',
      "HTTPSConnectionPool(host='payments.internal', port=443): Max retries exceeded with url: /v1/charge (Caused by NewConnectionError('[Errno 111] Connection refused'))",
      'java.net.ConnectException: Connection refused',
      "Can't reach database server at `db.internal`:`5432`",
      'ConnectionError: Failed to connect to sql.internal:1433 - Could not connect (sequence)',
      '{"detail":"connection was closed in the middle of operation"}',
      'failed to connect: PgConnectOptions { host: "orders-db", port: 5432, socket: None, username: "orders", database: Some("orders") }',
      '{"error":"driver: bad connection"}',
      '{"error":"ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain"}',
      '{"error":"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"}',
      '{"status":"error","description":"KeeperErrorCode = ConnectionLoss for /brokers/ids"}',
      'Neo4jError: Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=default database, expirationTime=0, routers=[], readers=[], writers=[]]',
      '{"code":"ESOCKET","originalError":{"code":"ESOCKET"},"name":"ConnectionError"}',
      '{"name":"ConnectionError","meta":{"connection":{"url":"http://es.internal:9200/","deadCount":0,"resurrectTimeout":0}}}',
      '{"error":"(404, \\"NOT_FOUND - no exchange \'orders.events.v2\' in vhost \'/\'\\")"}',
      '{"error":"Authentication with RabbitMQ failed. Please check your connection settings. Username: guest, vhost: /, password length: 24"}',
      '{"error":"Could not establish TCP connection to any of the configured hosts"}',
      '{"error":"The connection timed out after 0.3 sec while awaiting incoming data"}',
      '{"error":"Value for cart:42 over max size: 1048576 <= 2097798"}',
      '{"error":"memcached set failed: ITEM TOO BIG"}',
      '{"error":"No server available"}',
      '{"error":"stream_socket_client(): Unable to connect to tcp:\\/\\/10.0.3.7:5672 (Connection refused)"}',
      '** (MatchError) no match of right hand side value: {:error, :econnrefused}',
      '** (MatchError) no match of right hand side value: {:error, {:init, {:error, :econnrefused}}}',
      "** (MatchError) no match of right hand side value: {:error, {:failed_connect, [{:to_address, {'127.0.0.1', 42853}}, {:inet, [:inet], :econnrefused}]}}",
      'exception error: no match of right hand side value \n                 {error,\n                     {failed_connect,\n                         [{to_address,{"127.0.0.1",40163}},\n                          {inet,[inet],econnrefused}]}}',
      '<pre>Exception: {badmatch,\n               {error,\n                   {failed_connect,\n                       [{to_address,{&quot;127.0.0.1&quot;,42295}},\n                        {inet,[inet],econnrefused}]}}}</pre>',
    ],
    safe: [
      jsonAnswer(
        404,
        '{"error":"not_found","reason":"NOT_FOUND - no queue \'invoices\' in vhost \'/\'"}',
      ),
      '<label>Problem with driver: bad connection</label>',
      'Something went wrong with your driver: bad connection, late pickup or other.',
      'Our dial-in numbers are listed on the contact page.',
      'We have no address for your account yet. Add one under Settings.',
      'Failed to connect to your bank. Please try again.',
      'Too many retries; please wait.',
      'Your connection was closed in the middle of the upload. Please try again.',
      'Set PgConnectOptions in the settings page to change the database.',
      'Driver: bad connection? Call dispatch and we will reassign your ride.',
      'Report a driver: bad connection reports go to the dispatch team.',
      'Cannot connect to the Docker daemon? See our guide to installing Docker Desktop.',
      'We could not perform discovery of your devices. Try again.',
      "Can't connect to the payment service right now (connection refused). Please retry.",
      'Our tcp-connect guide explains how to set up the printer.',
      'Connection refused by our card partner; please try again in a minute.',
      'Our failed_connect counter and the inet team are on it: {error} rates are back to normal.',
      'Set {:error, reason} in your handler; see :econnrefused in the glossary.',
      '<title>shop.example.com | 522: Connection timed out</title><h1><span class="inline-block">Connection timed out</span><span class="code-label">Error code 522</span></h1>',
      '<p>If the page shows Connection timed out, check your Wi-Fi.</p>',
      // GraphQL's originalError holds any error: the rules of its own kind report it.
      '{"errors":[{"message":"Unexpected error.","extensions":{"originalError":{"message":"Cannot read properties of undefined"}}}]}',
      'SSH: handshake failed for your key. Upload a new key in your account settings.',
      '<p>No server available right now: please retry in a minute.</p>',
      'STATUS: CONNECTION FAILURE ON LINE 3 (call your provider)',
    ],
  },
})

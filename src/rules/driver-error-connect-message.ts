import { defineRule } from '../define-rule.ts'

/**
 * Connection failures in the words of clients the other driver-error rules do not read: Rust's
 * `(os error 111)` (the socket errors of Linux, macOS and Windows; `(os error 2)`, a missing file,
 * is an exception message) and its io::Error printed with {:?} (`Os { code: 13, kind:
 * PermissionDenied, … }`, any kind), .NET's HttpClient and SqlClient, Ruby's Net::HTTP, botocore,
 * HikariCP, DBConnection (`tcp connect (db:5432)`, `request was dropped from queue after 2000ms`),
 * sqlx, libpq's `could not translate host name "db" to address`, postgres.js (`write
 * CONNECT_TIMEOUT db:5432`), amqplib, redis-py, StackExchange.Redis, Predis, the PostgreSQL JDBC driver, mysqli, Netty,
 * OpenFeign, Dart's SocketException and Prisma's pool timeout; proxies naming the backend they could
 * not reach (Apache's `DNS lookup failure for:`, Kong, Linkerd 1); and an SMTP server's reply as a mail
 * client such as Nodemailer passes it on (`535-5.7.8 Username and Password not accepted`); message
 * brokers (amqplib's `Channel closed by server: 404 (NOT-FOUND) with message "…"`, librdkafka's
 * `KafkaError{code=…}`, KafkaJS's error classes, NATS's `nats: no servers available…`,
 * kafka-go's `[3] Unknown Topic Or Partition: …`, the Java producer's `Topic orders.events not
 * present in metadata after 60000 ms.`); SqlClient's pool and command timeouts (`The timeout
 * period elapsed prior to obtaining a connection from the pool.`). A
 * proxy's own page that says only that the upstream failed (Envoy's `upstream connect error or
 * disconnect/reset before headers`, like nginx's "502 Bad Gateway") names nothing behind it and
 * passes.
 *
 * @example
 * ```ts
 * '{"error":"Connection refused (inventory-api:8080)"}' // flagged
 * ```
 */
export const driverErrorConnectMessage = defineRule({
  id: 'driver-error-connect-message',
  category: 'driver-error',
  description:
    "Connection failures of clients: Rust's (os error 111), .NET HttpClient and SqlClient, Ruby Net::HTTP, botocore, HikariCP, Elixir DBConnection, sqlx, libpq's could not translate host name, postgres.js (write CONNECT_TIMEOUT host:port), AMQP, redis-py, StackExchange.Redis, PgJDBC, mysqli, Netty, Spring's OpenFeign, Dart's SocketException; OpenResty's cosocket clients (failed to connect: connection refused); SMTP replies (535 5.7.8 ...); message brokers: amqplib (Channel closed by server: 404 (NOT-FOUND) with message \"...\", Frame size N exceeds maxFrameSize N, Expected ConnectionOpenOk; got <ConnectionClose …>), librdkafka (KafkaError{code=...,val=...,str=\"...\"}), KafkaJS error classes and request timeouts (Request ApiVersions(key: 18, version: 2) timed out), NATS (nats: no servers available for connection, 'Authorization Violation', a NatsError serialized with its code), MQTT's refusals (Connection refused: Not authorized), memjs (MemJS SET: …, socket timed out waiting on response.), PlanetScale's database API (Expected JSON response from database API, got HTTP 401), kafka-go ([3] Unknown Topic Or Partition: ...), the Kafka Java producer (Topic x not present in metadata after N ms); SqlClient timeouts (The timeout period elapsed prior to obtaining a connection from the pool); Cloudflare KV through Miniflare (KV PUT failed: 414 …); WordPress (contact with the database server at <code>host:port</code> could not be established) and MediaWiki (Cannot access the database: … (host:port)).",
  keywords: [
    'socket timed out waiting on response',
    'failed to connect: ',
    'failed to authenticate: ',
    '(os error ',
    'error trying to connect',
    'actively refused',
    'connection refused (',
    'httpclient.timeout',
    'failed to open tcp connection',
    'network-related or instance-specific error',
    'could not connect to the endpoint url',
    'hikaripool-',
    'dbconnection.connectionerror',
    'pool timed out while waiting',
    'handshake terminated by server',
    'access_refused - login was refused',
    ' connecting to ',
    'not possible to connect to the redis',
    'connection to ',
    '(hy000/',
    'annotatedconnectexception',
    'connection refused: ',
    '] during [',
    'failed to connect to ',
    'i/o error on ',
    'authentication failed against database server',
    "can't contact ldap server",
    't contact ldap server',
    'ldaperr: dsid-',
    'unable to connect to any servers',
    'operation failed: ',
    'connection could not be established with host',
    'connect to ipv',
    'nioconnectionerror(',
    'invalid login: ',
    'mail command failed: ',
    "can't send mail",
    'socketexception: ',
    'tcp connect (',
    'os { code: ',
    'timed out fetching a new connection',
    '"databasenotreachable"',
    'failed to connect to `host=',
    '<b>connection to ',
    'dns lookup failure for: ',
    'transport failure reason: ',
    'the remote name could not be resolved: ',
    'failed the initial dns/balancer resolve',
    'network.socket.connect',
    'unable to establish connection to ',
    ' [tcp://',
    ' [tls://',
    ' [unix://',
    'data command failed: ',
    'message failed: ',
    '"response"',
    '"command"',
    ", b'",
    ', b"',
    'could not translate host name',
    'dropped from queue after',
    'connect_timeout ',
    'connection_closed ',
    'connection_ended ',
    'connection_destroyed ',
    'connect_timeout"',
    'connection_closed"',
    'connection_ended"',
    'connection_destroyed"',
    'channel closed by server: ',
    'expected connectionopenok',
    ') timed out',
    'connection refused: ',
    "'authorization violation'",
    '"natserror"',
    'memjs ',
    'response from database api',
    'exceeds maxframesize',
    'kafkaerror{code=',
    'kafkajs',
    'nats: ',
    'unknown topic or partition: ',
    'leader not available: ',
    'not leader for partition: ',
    'broker not available: ',
    ' not present in metadata after ',
    'timeout period elapsed prior to ',
    'contact with the database server at <code>',
    'cannot access the database: ',
    'kv get failed: ',
    'kv put failed: ',
    'kv delete failed: ',
    'kv list failed: ',
  ],
  pattern: [
    /\(os error (?:32|4[89]|5\d|6[0-5]|9[89]|10\d|11[0-3]|1\d{4})\)|\berror trying to connect: |\btarget machine actively refused it\b|\bConnection refused \([\w.-]{1,200}:\d{1,5}\)/g,
    /\bconfigured HttpClient\.Timeout of \d{1,6}|\bFailed to open TCP connection to [\w.-]{1,200}:\d{1,5}|\bA network-related or instance-specific error occurred while establishing a connection to SQL Server|\bCould not connect to the endpoint URL: /g,
    /\bHikariPool-\d{1,4} - Connection is not available|\bDBConnection\.ConnectionError\b|\bpool timed out while waiting for an open connection\b|\bHandshake terminated by server: \d{3}|\bACCESS_REFUSED - Login was refused\b/g,
    /\bError \d{1,5} connecting to [\w.-]{1,200}:\d{1,5}\.|\bIt was not possible to connect to the redis server|\bConnection to [\w.-]{1,200}:\d{1,5} refused\b|\(HY000\/\d{4}\)|\bAnnotatedConnectException\b|\bConnection refused: [\w.-]{1,200}\/[\da-fA-F.:]{3,60}:\d{1,5}\b/g,
    /\[\d{3} [\w ]{1,60}\] during \[[A-Z]{3,7}\] to \[/g,
    // Cloudflare's KV as Miniflare and wrangler answer a refused operation (`KV PUT failed: 414
    // UTF-8 encoded length of 545 exceeds key length limit of 512.`).
    /\bKV (?:GET|PUT|DELETE|LIST) failed: \d{3} /g,
    // WordPress naming the database server it could not reach (in wp-admin even without
    // WP_DEBUG), and MediaWiki's connection error with details (`Cannot access the database:
    // Access denied for user 'orders'@'localhost' (using password: YES) (127.0.0.1:3306)`).
    /\bcontact with the database server at <code>[^<\n]{1,300}<\/code> could not be established\b|\bCannot access the database: [A-Z][^<\n]{0,300}\((?:[\w.-]{1,200}|\[[\dA-Fa-f:]{2,39}\]):\d{1,5}\)/g,
    // cURL (Guzzle, PHP) and Spring's RestTemplate naming the host they could not reach; Prisma's
    // P1000; LDAP; the Cassandra Python driver; amqplib's channel errors; Symfony Mailer; librdkafka;
    // SwiftNIO; Dart's and Java's SocketException; Predis (`Connection refused [tcp://…]`).
    /\bFailed to connect to [\w.-]{1,200} port \d{1,5}\b|\bI\/O error on [A-Z]{3,7} request for "|\bAuthentication failed against database server at |\bCan\\?(?:'|&#0?39;|&apos;)t contact LDAP server\b|\bLdapErr: DSID-[0-9A-F]{8}\b|\bUnable to connect to any servers\b|\bOperation failed: \w{1,60}; \d{3} \([A-Z-]{2,40}\) with message "|\bConnection could not be established with host "|\bConnect to ipv[46]#[\da-fA-F.:[\]]{3,60}:\d{1,5} failed\b|\bNIOConnectionError\(host: "|\bSocketException: (?:Connection (?:refused|reset|timed out)|Failed host lookup: '|OS Error: )|\b(?:Connection refused|Connection timed out|Operation timed out|No route to host|Connection reset by peer) \[(?:tcp|tls|unix):\/\//g,
    // DBConnection (Postgrex, MyXQL); a Rust io::Error of a socket printed with {:?} (a file's,
    // `kind: NotFound`, is exception-message-other-runtimes'); Prisma's pool timeout, and
    // its driver adapter's `"kind":"DatabaseNotReachable"` (with the host and port beside it); pgx's
    // `failed to connect to \`host=db user=app database=shop\``; Squid's ERR_CONNECT_FAIL page
    // (`<b>Connection to 10.0.3.7 failed.</b>`).
    /\btcp connect \([\w.-]{1,200}:\d{1,5}\): |\bOs \{ code: -?\d{1,5}, kind: (?:ConnectionRefused|ConnectionReset|ConnectionAborted|NotConnected|AddrInUse|AddrNotAvailable|BrokenPipe|TimedOut|HostUnreachable|NetworkUnreachable|NetworkDown|PermissionDenied)\b|\bTimed out fetching a new connection from the connection pool\b|"kind"\s{0,3}:\s{0,3}"DatabaseNotReachable"|\bfailed to connect to `host=[^\s`]{1,255} |<b>Connection to (?:\d{1,3}(?:\.\d{1,3}){3}|\[?[\dA-Fa-f:]{2,39}\]?) failed\.<\/b>/g,
    // OpenResty's cosocket clients (lua-resty-redis, lua-resty-mysql) as their documentation's
    // handlers print them (`failed to connect: connection refused`).
    /\bfailed to (?:connect|authenticate): (?:connection refused|timeout|closed|no route to host|connection reset by peer)\b/g,
    // Proxies and gateways naming the backend they could not reach: Apache's mod_proxy, .NET's
    // WebException (Azure API Management), Kong, Hasura's Haskell client, Linkerd 1; Envoy's local
    // reply when it adds why the connection failed (`delayed connect error: 111`).
    /\breset before headers\. (?:retried and the latest )?[Rr]eset reason: [\w ]{1,60}, transport failure reason: |\bDNS lookup failure for: |\bThe remote name could not be resolved: '|\bfailed the initial dns\/balancer resolve for '|\bNetwork\.Socket\.connect: |\bUnable to establish connection to [\w.-]{1,200}:\d{1,5}\b/g,
    // An SMTP server's reply as a mail client passes it on: Nodemailer's `Invalid login: 535-5.7.8
    // Username ...`, smtplib's `(535, b'5.7.8 Username ...')`; Nodemailer's error serialized whole
    // (`"response":"535 5.7.8 Error: authentication failed…","command":"AUTH PLAIN"`).
    /\b(?:Invalid login|Mail command failed|Can't send mail - all recipients were rejected|Data command failed|Message failed): [45]\d\d[- ]|\([45]\d\d(?:, b'|, b")[245]\.\d{1,3}\.\d{1,3} |"response"\s{0,3}:\s{0,3}"[45]\d\d[- ][245]\.\d{1,3}\.\d{1,3} |"command"\s{0,3}:\s{0,3}"(?:AUTH (?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5)|MAIL FROM|RCPT TO)"/g,
    // libpq's DNS failure (`could not translate host name "db" to address`); DBConnection's queue
    // timeout without its class name; postgres.js (`write CONNECT_TIMEOUT db:5432`, or the error
    // serialized: `{"code":"CONNECT_TIMEOUT","errno":"CONNECT_TIMEOUT","address":"db","port":5432}`).
    /\bcould not translate host name "[^"\n]{1,255}" to address\b|\bconnection not available and request was dropped from queue after \d{1,7}ms\b|\bwrite (?:CONNECT_TIMEOUT|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED) (?:[\w.-]{1,200}:\d{1,5}|\/[\w./-]{1,200})|"(?:code|errno)"\s{0,3}:\s{0,3}"(?:CONNECT_TIMEOUT|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED)"\s{0,3},\s{0,3}(?:"(?:code|errno)"\s{0,3}:\s{0,3}"[A-Z_]{1,30}"\s{0,3},\s{0,3})?"address"\s{0,3}:/g,
    // Message brokers: amqplib closing a channel or refused its connection, librdkafka's
    // KafkaError, KafkaJS's error classes and a request of its protocol timing out, NATS, MQTT's
    // CONNACK refusals as mqtt.js words them; memjs naming its operation; PlanetScale's database API.
    /\bExpected ConnectionOpenOk; got <ConnectionClose\b|\bRequest [A-Z][A-Za-z]{2,40}\(key: \d{1,3}, version: \d{1,3}\) timed out\b|\bConnection refused: (?:Not authorized|Bad username or password|Server unavailable|Identifier rejected|Unacceptable protocol version)\b|(?<![^"'>\n])'Authorization Violation'(?![^"'<\n\\])|"name"\s{0,3}:\s{0,3}"NatsError"\s{0,3},\s{0,3}"code"\s{0,3}:\s{0,3}"(?:AUTHORIZATION_VIOLATION|CONNECTION_REFUSED|CONNECTION_TIMEOUT|CONNECTION_CLOSED|DISCONNECT|PERMISSIONS_VIOLATION|NO_RESPONDERS|TIMEOUT)"|\bMemJS [A-Z]{3,12}: |\bsocket timed out waiting on response\b|\bExpected JSON response from database API, got HTTP \d{3}\b|\bChannel closed by server: \d{3} \([A-Z-]{2,40}\) with message "|\bFrame size \d{1,12} exceeds maxFrameSize \d{1,12}\b|\bKafkaError\{code=_?[A-Z][A-Z_]{1,60},val=-?\d{1,5},str="|\bKafkaJS[A-Z][A-Za-z]{2,60}\b|\bnats: (?:no servers available for connection|no responders available for request|authorization violation|stale connection|maximum payload exceeded|connection closed)\b/g,
    // kafka-go's protocol errors (`[3] Unknown Topic Or Partition: the request is for a topic or
    // partition that does not exist on this broker`); the Kafka Java producer waiting on metadata
    // (KafkaProducer.waitOnMetadata: `Topic orders.events not present in metadata after 60000
    // ms.`); SqlClient's pool and command timeouts (`Timeout expired.  The timeout period elapsed
    // prior to obtaining a connection from the pool.`).
    /\[\d{1,3}\] (?:Unknown Topic Or Partition|Leader Not Available|Not Leader For Partition|Broker Not Available): |\bTopic [\w.-]{1,249} not present in metadata after \d{1,7} ms\b|\bThe timeout period elapsed prior to (?:obtaining a connection from the pool|completion of the operation or the server is not responding)\b/g,
  ],
  message: 'shows a connection error from a backend call',
  examples: {
    leaky: [
      '{"error":"socket timed out waiting on response."}',
      '<p>Authentication error in source &amp;#039;ldap&amp;#039;. The reason was: &amp;#039;Library - LDAP bind(): Bind failed; cause: \\&amp;#039;Can\\&amp;#039;t contact LDAP server\\&amp;#039;&amp;#039;</p>',
      'failed to connect: connection refused',
      '<p><b>Connection to 10.0.3.7 failed.</b></p>\n<p id="sysmsg">The system returned: <i>(111) Connection refused</i></p>',
      'failed to connect to `host=10.0.3.7 user=orders database=shop`: failed SASL auth (FATAL: password authentication failed for user "orders" (SQLSTATE 28P01))',
      '{"error":{"code":"P1001","meta":{"driverAdapterError":{"name":"DriverAdapterError","cause":{"kind":"DatabaseNotReachable","host":"db.internal","port":5432}}},"clientVersion":"7.10.1"}}',
      'Connection refused [tcp://10.0.6.9:6379]',
      '{"error":"Expected ConnectionOpenOk; got <ConnectionClose channel:0>"}',
      '{"error":"Request ApiVersions(key: 18, version: 2) timed out"}',
      '{"error":"Connection refused: Not authorized"}',
      '{"error":"\'Authorization Violation\'"}',
      '{"error":{"name":"NatsError","code":"AUTHORIZATION_VIOLATION"}}',
      '{"error":"MemJS SET: Value too large"}',
      '{"error":"Expected JSON response from database API, got HTTP 401 Unauthorized"}',
      'The proxy server could not handle the request <em><a href="/orders">GET&nbsp;/orders</a></em>.<p>Reason: <strong>DNS lookup failure for: orders-backend.prod.internal</strong></p>',
      '{"message":"failed the initial dns/balancer resolve for \'orders.svc\' with: dns server error: 3 name error"}',
      'Connection failure: Network.Socket.connect: <socket: 40>: does not exist (Connection refused)',
      '{"error":"error sending request for url (http://inventory:8080/stock/42): error trying to connect: tcp connect error: Connection refused (os error 111)"}',
      '{"error":"No connection could be made because the target machine actively refused it. (inventory-api:8080)"}',
      '{"error":"Connection refused (inventory-api:8080)"}',
      '{"error":"The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."}',
      '{"error":"Failed to open TCP connection to inventory:3000 (Connection refused - connect(2) for \\"inventory\\" port 3000)"}',
      'A network-related or instance-specific error occurred while establishing a connection to SQL Server.',
      '{"error":"Could not connect to the endpoint URL: \\"http://localstack:4566/orders-bucket\\""}',
      '{"message":"HikariPool-1 - Connection is not available, request timed out after 30000ms."}',
      '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms',
      'pool timed out while waiting for an open connection',
      'Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN."',
      'Error 111 connecting to cache:6379. Connection refused.',
      'It was not possible to connect to the redis server(s). UnableToConnect on cache:6379/Interactive',
      'org.postgresql.util.PSQLException: Connection to db:5432 refused. Check that the hostname and port are correct',
      'mysqli_sql_exception: (HY000/2002): Connection refused',
      'Error: KV PUT failed: 414 UTF-8 encoded length of 545 exceeds key length limit of 512.',
      '<p>This either means that the username and password information in your <code>wp-config.php</code> file is incorrect or that contact with the database server at <code>db.internal:3306</code> could not be established.</p>',
      "<small>(Cannot access the database: <span dir=\"ltr\">Cannot access the database: Access denied for user 'wiki'@'10.0.3.7' (using password: YES) (db-wiki-1:3306)</span>)</small>",
      'io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed',
      '{"status":500,"error":"Internal Server Error","message":"Connection refused: localhost/127.0.0.1:8081"}',
      '{"message":"[503 Service Unavailable] during [GET] to [http://inventory-service/api/stock/42] [InventoryClient#getStock(Long)]: [no healthy upstream]"}',
      'Error: Connection reset by peer (os error 104)',
      'tcp connect error: No connection could be made because the target machine actively refused it. (os error 10061)',
      '{"error":"Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp"}',
      '{"error":"Mail command failed: 550 5.7.1 Relaying denied"}',
      "SMTPAuthenticationError(535, b'5.7.8 Username and Password not accepted.')",
      'Error: Frame size 1345270062 exceeds maxFrameSize 67108864',
      '{"code":"EAUTH","response":"535 5.7.8 Error: authentication failed: authentication failure","responseCode":535,"command":"AUTH PLAIN"}',
      '{"error":"cURL error 7: Failed to connect to inventory.internal port 8080 after 0 ms: Connection refused"}',
      '{"error":"I/O error on POST request for \\"http://keycloak.auth.svc.cluster.local:8080/realms/internal/protocol/openid-connect/token\\": Connection refused"}',
      "{'desc': \"Can't contact LDAP server\", 'errno': 111}",
      '80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 52e, v4563',
      '{"error":"Operation failed: QueueDeclare; 406 (PRECONDITION-FAILED) with message \\"PRECONDITION_FAILED - inequivalent arg x-queue-type\\""}',
      'Connection could not be established with host "smtp.internal:587": stream_socket_client(): unable to connect',
      '{"error":"SocketException: Failed host lookup: \'db\' (OS Error: Name or service not known, errno = -2)"}',
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111',
      '{"error":"Os { code: 13, kind: PermissionDenied, message: \\"Permission denied\\" }"}',
      'timed out waiting for connection: could not translate host name "orders-db" to address: Name or service not known',
      '{"errors":{"detail":"connection not available and request was dropped from queue after 2000ms"}}',
      'write CONNECT_TIMEOUT orders-db:5432',
      'write CONNECTION_CLOSED 10.0.4.12:5432',
      '{"errno":"CONNECT_TIMEOUT","code":"CONNECT_TIMEOUT","address":"orders-db","port":5432}',
      '{"error":{"code":"CONNECTION_CLOSED","errno":"CONNECTION_CLOSED","address":"10.0.4.12","port":5432}}',
      '{"message":"Channel closed by server: 404 (NOT-FOUND) with message \\"NOT_FOUND - no exchange \'orders.events\' in vhost \'/\'\\""}',
      '{"detail":"KafkaError{code=_MSG_TIMED_OUT,val=-192,str=\\"Local: Message timed out\\"}"}',
      '{"name":"KafkaJSProtocolError","retriable":true,"type":"UNKNOWN_TOPIC_OR_PARTITION","code":3}',
      '{"error":"KafkaJSNumberOfRetriesExceeded","message":"Connection timeout"}',
      '{"error":"nats: no servers available for connection"}',
      '{"error":"publish order.created: [3] Unknown Topic Or Partition: the request is for a topic or partition that does not exist on this broker"}',
      '{"error":"Topic orders.events.v1 not present in metadata after 60000 ms."}',
      '{"error":"Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached."}',
      'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.',
    ],
    safe: [
      'We failed to connect your account. Try again later.',
      '<p>Sorry! This site is experiencing technical difficulties.</p><p><small>(Cannot access the database)</small></p>',
      '<p>Cannot access the database: Maintenance until 10:30 (see status page).</p>',
      '<p><b>Connection to api.stripe.com failed.</b> Payments resume shortly.</p>',
      '<p><b>Connection to the payment service failed.</b> Please retry.</p>',
      'Internal Server Error',
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      'We could not connect you to an agent. Please try again in a few minutes.',
      'Connection refused (please try again later)',
      'Our upstream partner is having trouble; your order is safe. Reference 3f1c0d6e.',
      'The connection to our payment partner was refused. Please try another card.',
      'Version 2.5.1 of the app fixes this; build 500 4.2.0 Beta is out.',
      'Invalid login: please check your email and password.',
      '{"response":"200 OK","command":"refresh"}',
      'We failed to connect to your bank. Please try again later.',
      'Operation failed: please try again.',
      '{"error":"No such file or directory (os error 2)"}',
      'Our OS code 13 means permission denied: please sign in again.',
      'We could not translate the host name you entered to an address. Please check it.',
      'Your request was dropped from the queue after 20 minutes. Please try again.',
      'Database connection timed out (CONNECT_TIMEOUT). Please retry.',
      'write CONNECTION_CLOSED: the chat session ended, please reconnect.',
      '{"code":"CONNECT_TIMEOUT","message":"The database did not answer in time. Please retry."}',
      'Our Kafka pipeline is catching up: new orders will show shortly.',
      'Channel closed: the live chat is offline right now.',
      'Unknown topic or partition: pick a forum topic from the list.',
      'The topic you follow is not present in our feed yet.',
      'The timeout period elapsed before your payment was confirmed. Please try again.',
    ],
  },
})

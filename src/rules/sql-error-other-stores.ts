import { defineRule } from '../define-rule.ts'

/**
 * Errors of data stores the other sql-error rules do not read: Elasticsearch and OpenSearch
 * (`index_not_found_exception`), ClickHouse (`DB::Exception:`), Neo4j (`Neo.ClientError.…`),
 * Snowflake (`SQL compilation error:`), DynamoDB (`Invalid UpdateExpression: `, `Requested resource
 * not found: Table: orders not found`), BigQuery (`Not found: Table p:d.t`), a MongoDB duplicate
 * key error serialized whole (`"keyPattern":{…}`), Go's database/sql (`sql: no rows in
 * result set`), a Redis Lua script's error (`ERR user_script:14: …`), Ecto quoting its query,
 * Elasticsearch and OpenSearch refusing a user (`is unauthorized for user [orders_app]`),
 * Meilisearch (its docs link, an index not found, the attributes it filters on), Typesense naming a
 * field, Neo4j's place of a syntax error (`(line 1, column 52 (offset: 51))`), Mongoose's model registry, TypeORM without a connection, Django's `get() returned
 * more than one Order`, the Zabbix frontend's `the table "dbversion" was not found`, `VercelPostgresError` and the Rust MongoDB driver's topology; etcd's server
 * errors (`etcdserver: request timed out`) and Cassandra's unavailable and timeout errors as its
 * drivers word them (`Cannot achieve consistency level LOCAL_QUORUM`, `Not enough replicas
 * available for query at consistency QUORUM (2 required but only 1 alive)`).
 *
 * @example
 * ```ts
 * '{"error":"index_not_found_exception: no such index [orders-2024]"}' // flagged
 * ```
 */
export const sqlErrorOtherStores = defineRule({
  id: 'sql-error-other-stores',
  category: 'sql-error',
  description:
    "Errors of Elasticsearch/OpenSearch (index_not_found_exception, search_phase_execution_exception, ...), ClickHouse (DB::Exception), Neo4j (Neo.ClientError...), Snowflake (SQL compilation error), DynamoDB (expression errors, Requested resource not found: Table: x not found), BigQuery (Not found: Table), a serialized MongoDB duplicate key error (keyPattern, keyValue), Go database/sql (sql: no rows in result set), Redis Lua script errors (user_script:N:), Ecto quoting its query (in query: from o0 in ...); Elasticsearch/OpenSearch refusing a user (is unauthorized for user [...], no permissions for [...] and User [name=...), Meilisearch errors (their docs link, Index `x` not found., the attributes it filters and sorts on), Typesense (Could not find a field named `x` in the schema, Server said:, its API key header, its error serialized: ObjectNotFound with httpStatus), Neo4j's syntax error position (line 1, column 52 (offset: 51)), Mongoose model registry errors, TypeORM without a connection, Django get() returned more than one, Zabbix (the table 'dbversion' was not found), VercelPostgresError, the Rust MongoDB driver's topology (Server selection timeout: No available servers. Topology: {); etcd (etcdserver: request timed out, ...), Cassandra (Cannot achieve consistency level LOCAL_QUORUM, Not enough replicas available for query at consistency ..., Cassandra timeout during read query at consistency ...).",
  keywords: [
    'user_script:',
    'the table "',
    ' in query:',
    'sql: scan error',
    'error from server: code=',
    'expression: ',
    'pgrst',
    '_exception',
    'db::exception: ',
    'neo.clienterror.',
    'neo.transienterror.',
    'neo.databaseerror.',
    'sql compilation error:',
    'not found: table ',
    '"keypattern"',
    'sql: ',
    'mongo: no documents',
    'unknown expression',
    'in query: while processing',
    'while processing query: ',
    'requested resource not found: table: ',
    'is unauthorized for user [',
    'unable to authenticate user [',
    'no permissions for [',
    'docs.meilisearch.com/errors#',
    '(offset: ',
    'is not filterable',
    'is not sortable',
    'attributes are: `',
    'index `',
    'could not find a field named',
    'server said: ',
    'x-typesense-api-key',
    '"httpstatus"',
    "hasn't been registered for model",
    'model once compiled',
    'connection is not yet established',
    'cannotexecutenotconnectederror',
    ' -- it returned ',
    'vercelpostgreserror',
    'no available servers. topology: {',
    'etcdserver: ',
    'cannot achieve consistency level ',
    'not enough replicas available for query at consistency ',
    'cassandra timeout during ',
  ],
  pattern: [
    /\b(?:index_not_found|search_phase_execution|version_conflict_engine|resource_already_exists|mapper_parsing|document_missing|cluster_block|es_rejected_execution|rejected_execution|parsing|query_shard|circuit_breaking|security)_exception\b/g,
    /\bDB::Exception: |\bUnknown expression (?:or function )?identifier '[^'\n]{1,100}' in scope |\bin query: While processing |\bwhile processing query: '|\bNeo\.(?:ClientError|TransientError|DatabaseError)\.\w{1,60}\.\w{1,60}|\bSQL compilation error:|\bNot found: Table [\w-]{1,100}:[\w.-]{1,200}/g,
    /"keyPattern"\s{0,3}:\s{0,3}\{|\bsql: (?:no rows in result set|database is closed|transaction has already been committed or rolled back|connection is already closed)\b|\bmongo: no documents in result\b|\bsql: Scan error on column index \d{1,4}, name "/g,
    // Cassandra's server errors, DynamoDB's expression errors and missing table, and PostgREST's
    // codes for its schema cache (PGRST2xx, naming functions, tables and relationships) and its
    // internal errors (PGRSTX00); not its connection (PGRST0xx), request (PGRST1xx) or JWT ones,
    // whose messages are its own generic ones.
    /\bError from server: code=\d{4} \[[\w ]{1,60}\] message="|\bRequested resource not found: Table: [\w.-]{1,255} not found\b|\bInvalid (?:Update|KeyCondition|Condition|Projection|Filter)Expression: |"code"\s{0,3}:\s{0,3}"PGRST(?:2\d\d|X00)"/g,
    // A Redis Lua script's error (`ERR user_script:14: …`); Ecto quoting the query it could not run.
    /\buser_script:\d{1,6}: |\b(?:cannot be cast to type (?::\w{1,60}|[A-Z][\w.]{0,100}|\{[\w:, ]{1,100}\})|expected at least one result but got none|expected at most one result but got \d{1,9}) in query:\s{1,4}from \w{1,60} in /g,
    // Neo4j's place of a Cypher syntax error; Meilisearch naming an index and the attributes it
    // filters and sorts on; Typesense naming a field, relaying its server, asking for its key.
    /\(line \d{1,7}, column \d{1,7} \(offset: \d{1,9}\)\)|\bAttribute \x60[^\x60\n]{1,100}\x60 is not (?:filterable|sortable)\b|\bAvailable (?:filterable|sortable) attributes are: \x60|\bIndex \x60[\w-]{1,100}\x60 not found\.|\bCould not find a field named \x60[^\x60\n]{1,100}\x60 in the schema\b|\bRequest failed with HTTP code \d{3} \| Server said: |\ba valid \x60x-typesense-api-key\x60 header must be sent\b|"name"\s{0,3}:\s{0,3}"(?:ObjectNotFound|ObjectAlreadyExists|ObjectUnprocessable|RequestMalformed|RequestUnauthorized)"\s{0,3},\s{0,3}"httpStatus"\s{0,3}:/g,
    // Elasticsearch and OpenSearch refusing a user, Meilisearch's error link, Mongoose's model
    // registry, TypeORM without a connection, Django's get() finding several rows, @vercel/postgres
    // without its env var, the Rust MongoDB driver's topology.
    /\bis unauthorized for user \[[^\]\n]{1,100}\]|\bunable to authenticate user \[[^\]\n]{1,100}\] for REST request \[|\bno permissions for \[[^\]\n]{1,200}\] and User \[name=|"link"\s{0,3}:\s{0,3}"https:\/\/docs\.meilisearch\.com\/errors#|\bSchema hasn't been registered for model "|\bCannot overwrite `[^`\n]{1,100}` model once compiled\b|\bCannot execute operation on "[^"\n]{1,100}" connection because connection is not yet established\b|\bCannotExecuteNotConnectedError\b|\bget\(\) returned more than one [\w.]{1,100} -- it returned (?:more than )?\d{1,9}!|\bVercelPostgresError\b|\bServer selection timeout: No available servers\. Topology: \{/g,
    // etcd's server errors (api/v3rpc/rpctypes: `etcdserver: request timed out`, `etcdserver: no
    // leader`, `etcdserver: mvcc: database space exceeded`); Cassandra refusing a consistency level
    // (UnavailableException, as the Python driver and the server word it: `Cannot achieve
    // consistency level LOCAL_QUORUM`; the Java driver's `Not enough replicas available for query
    // at consistency QUORUM`) and its timeouts (`Cassandra timeout during read query at
    // consistency LOCAL_QUORUM`).
    // The Zabbix frontend naming a table it did not find (`Unable to determine current Zabbix
    // database version: the table "dbversion" was not found.`).
    /\bthe table "[\w.$]{1,64}" was not found\b/g,
    /\betcdserver: [a-z]|\bCannot achieve consistency level [A-Z_]{3,20}\b|\bNot enough replicas available for query at consistency [A-Z_]{3,20}\b|\bCassandra timeout during (?:read|write|[A-Z_]{3,20} write) query at consistency [A-Z_]{3,20}\b/g,
  ],
  message: 'shows a data store error',
  examples: {
    leaky: [
      '{"error":"rejected_execution_exception: [rejected_execution_exception] Reason: rejected execution of org.opensearch.common.util.concurrent.TimedRunnable@1f2e on QueueResizingOpenSearchThreadPoolExecutor[name = opensearch-data-1/search]"}',
      '{"jsonrpc":"2.0","error":{"code":1,"message":"Unable to determine current Zabbix database version: the table \\"dbversion\\" was not found.","data":""},"id":1}',
      "ReplyError: ERR user_script:14: Script attempted to access nonexistent global variable 'cjson2' script: 5e1f, on @user_script:14.",
      'value `"abc"` in `where` cannot be cast to type :id in query:\n\nfrom o0 in Shop.Orders.Order,\n  where: o0.id == ^"abc"',
      '{"error":"index_not_found_exception: no such index [orders-2024]"}',
      '{"error":{"type":"search_phase_execution_exception","reason":"all shards failed"}}',
      'Code: 60. DB::Exception: Table default.events does not exist. (UNKNOWN_TABLE)',
      '{"error":"sql: Scan error on column index 2, name \\"total\\": converting NULL to float64 is unsupported"}',
      '{"error":"Error from server: code=2200 [Invalid query] message=\\"unconfigured table orders\\""}',
      '{"message":"ValidationException: Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status"}',
      '{"code":"PGRST202","details":"Searched for the function public.place_order","hint":null,"message":"Could not find the function public.place_order(qty) in the schema cache"}',
      '{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input \'RETRUN\'"}',
      '{"error":"SQL compilation error:\\nObject \'ANALYTICS.PUBLIC.ORDERS\' does not exist or not authorized."}',
      '{"error":"Not found: Table acme-prod:analytics.orders was not found in location EU"}',
      '{"code":11000,"keyPattern":{"email":1},"keyValue":{"email":"a@b.com"}}',
      '{"error":"sql: no rows in result set"}',
      '{"error":"mongo: no documents in result"}',
      "code: 47, message: Unknown expression identifier 'totl' in scope SELECT totl FROM orders",
      '{"message":"Aggregate function argMax(status, createdAt) is found in WHERE in query: While processing argMax(status, createdAt) AS status."}',
      "Missing columns: 'totl' while processing query: 'SELECT totl FROM orders', required columns: 'totl'",
      '{"__type":"ResourceNotFoundException","message":"Requested resource not found: Table: orders-prod not found"}',
      '{"error":{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [orders_app] with effective roles [orders_reader]"}}',
      'security_exception\n\tRoot causes:\n\t\tsecurity_exception: unable to authenticate user [orders_app] for REST request [/orders/_search]',
      'no permissions for [indices:data/read/search] and User [name=orders_app, backend_roles=[], requestedTenant=null]',
      '{"message":"Index `orders` not found.","code":"index_not_found","type":"invalid_request","link":"https://docs.meilisearch.com/errors#index_not_found"}',
      '{"error":"Index `products_v2` not found."}',
      '{"error":"Attribute `internal_cost_cents` is not filterable. Available filterable attributes are: `brand, category, supplier_id`.\\n1:6 price > 10"}',
      '{"error":"Could not find a field named `internal_margin` in the schema."}',
      '{"error":"Request failed with HTTP code 404 | Server said: Not Found"}',
      '{"error":{"name":"ObjectNotFound","httpStatus":404}}',
      "Invalid input 'RETRUN': expected 'RETURN' (line 1, column 52 (offset: 51))\n\"MATCH (u:User {email: $email}) WHERE u.pwHash = $h RETRUN u\"",
      '{"message":"Schema hasn\'t been registered for model \\"User\\".\\nUse mongoose.model(name, schema)"}',
      '{"error":"OverwriteModelError: Cannot overwrite `User` model once compiled."}',
      '{"message":"Cannot execute operation on \\"default\\" connection because connection is not yet established."}',
      '{"detail":"get() returned more than one Order -- it returned 2!"}',
      '{"error":"VercelPostgresError - \'missing_connection_string\': You did not supply a \'connectionString\'"}',
      '{"error":"Server selection timeout: No available servers. Topology: { Type: ReplicaSetNoPrimary, Servers: [ { Address: mongo-0.mongo:27017, Type: Unknown } ] }"}',
      '{"error":"etcdserver: request timed out"}',
      'etcdserver: mvcc: database space exceeded',
      '{"error":"Cannot achieve consistency level LOCAL_QUORUM"}',
      '{"message":"Not enough replicas available for query at consistency QUORUM (2 required but only 1 alive)"}',
      'Cassandra timeout during write query at consistency LOCAL_QUORUM (2 replica were required but only 1 acknowledged the write)',
    ],
    safe: [
      '{"code":"PGRST002","details":null,"hint":null,"message":"Could not query the database for the schema cache. Retrying."}',
      '{"code":"PGRST116","details":"The result contains 0 rows","hint":null,"message":"JSON object requested, multiple (or no) rows returned"}',
      'Internal Server Error',
      'Not found: the table you booked is no longer available.',
      'Our search is temporarily unavailable (exception handled). Reference 3f1c0d6e.',
      'SQL: the course for beginners starts on Monday.',
      '{"__type":"ResourceNotFoundException","message":"Requested resource not found"}',
      'We could not find that order -- it returned to the warehouse.',
      'This page is unauthorized for users without an account.',
      'Our etcdserver cluster is being upgraded tonight.',
      'We cannot achieve consistency level with last year: prices changed.',
      'Not enough replicas available for this course. Please pick another date.',
    ],
  },
})

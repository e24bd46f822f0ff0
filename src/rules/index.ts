import type { Rule } from '../rule.ts'
import { useSecretRules } from '../audit/mask-secrets.ts'
import { bodyEmpty } from './body-empty.ts'
import { bodyTruncated } from './body-truncated.ts'
import { contentLengthMismatch } from './content-length-mismatch.ts'
import { contentTypeCharset } from './content-type-charset.ts'
import { contentTypeMismatch } from './content-type-mismatch.ts'
import { contentTypeMissing } from './content-type-missing.ts'
import { debugPageAspnet } from './debug-page-aspnet.ts'
import { debugPageDjango } from './debug-page-django.ts'
import { debugPageExpress } from './debug-page-express.ts'
import { debugPageLaravel } from './debug-page-laravel.ts'
import { debugPageMojolicious } from './debug-page-mojolicious.ts'
import { debugPageNextjs } from './debug-page-nextjs.ts'
import { debugPageOtherFrameworks } from './debug-page-other-frameworks.ts'
import { debugPagePhpErrors } from './debug-page-php-errors.ts'
import { debugPageRails } from './debug-page-rails.ts'
import { debugPageSinatra } from './debug-page-sinatra.ts'
import { debugPageSpringWhitelabel } from './debug-page-spring-whitelabel.ts'
import { debugPageStarlette } from './debug-page-starlette.ts'
import { debugPageSymfony } from './debug-page-symfony.ts'
import { debugPageTomcat } from './debug-page-tomcat.ts'
import { debugPageTracebackSection } from './debug-page-traceback-section.ts'
import { debugPageWerkzeug } from './debug-page-werkzeug.ts'
import { debugPageYouch } from './debug-page-youch.ts'
import { driverErrorConnectMessage } from './driver-error-connect-message.ts'
import { driverErrorConnectionString } from './driver-error-connection-string.ts'
import { driverErrorErrno } from './driver-error-errno.ts'
import { driverErrorGrpc } from './driver-error-grpc.ts'
import { driverErrorHttpClient } from './driver-error-http-client.ts'
import { driverErrorHttpClientRuntimes } from './driver-error-http-client-runtimes.ts'
import { driverErrorLocalized } from './driver-error-localized.ts'
import { driverErrorMongodb } from './driver-error-mongodb.ts'
import { driverErrorMysql } from './driver-error-mysql.ts'
import { driverErrorOtherRuntimes } from './driver-error-other-runtimes.ts'
import { driverErrorPostgres } from './driver-error-postgres.ts'
import { driverErrorProtocolClients } from './driver-error-protocol-clients.ts'
import { driverErrorRedis } from './driver-error-redis.ts'
import { driverErrorTls } from './driver-error-tls.ts'
import { envDumpAppConfig } from './env-dump-app-config.ts'
import { envDumpDjangoSettings } from './env-dump-django-settings.ts'
import { envDumpKeyValue } from './env-dump-key-value.ts'
import { envDumpObject } from './env-dump-object.ts'
import { envDumpPerlConfig } from './env-dump-perl-config.ts'
import { envDumpPhpinfo } from './env-dump-phpinfo.ts'
import { envDumpRack } from './env-dump-rack.ts'
import { envDumpSpringActuator } from './env-dump-spring-actuator.ts'
import { exceptionDart } from './exception-dart.ts'
import { exceptionDotnet } from './exception-dotnet.ts'
import { exceptionGo } from './exception-go.ts'
import { exceptionJava } from './exception-java.ts'
import { exceptionHeader } from './exception-header.ts'
import { exceptionJs } from './exception-js.ts'
import { exceptionJsMessage } from './exception-js-message.ts'
import { exceptionJsonMember } from './exception-json-member.ts'
import { exceptionMessageOtherRuntimes } from './exception-message-other-runtimes.ts'
import { exceptionNative } from './exception-native.ts'
import { exceptionNodeCode } from './exception-node-code.ts'
import { exceptionPerl } from './exception-perl.ts'
import { exceptionPhp } from './exception-php.ts'
import { exceptionPython } from './exception-python.ts'
import { exceptionPythonMessage } from './exception-python-message.ts'
import { exceptionR } from './exception-r.ts'
import { exceptionRuby } from './exception-ruby.ts'
import { exceptionSaasSdk } from './exception-saas-sdk.ts'
import { exceptionStackHeader } from './exception-stack-header.ts'
import { exceptionTemplateEngine } from './exception-template-engine.ts'
import { exceptionValidationError } from './exception-validation-error.ts'
import { filePathFileUrl } from './file-path-file-url.ts'
import { filePathPackageDir } from './file-path-package-dir.ts'
import { filePathSourceLocation } from './file-path-source-location.ts'
import { filePathTemplatePosition } from './file-path-template-position.ts'
import { filePathUnix } from './file-path-unix.ts'
import { filePathWindows } from './file-path-windows.ts'
import { headerBackend } from './header-backend.ts'
import { headerCacheControl } from './header-cache-control.ts'
import { headerDebug } from './header-debug.ts'
import { headerNosniff } from './header-nosniff.ts'
import { headerRetryAfter } from './header-retry-after.ts'
import { headerServerFramework } from './header-server-framework.ts'
import { headerServerVersion } from './header-server-version.ts'
import { headerUpstream } from './header-upstream.ts'
import { headerVersion } from './header-version.ts'
import { headerXPoweredBy } from './header-x-powered-by.ts'
import { internalAddressCloudArn } from './internal-address-cloud-arn.ts'
import { internalAddressCloudHost } from './internal-address-cloud-host.ts'
import { internalAddressHostname } from './internal-address-hostname.ts'
import { internalAddressIpv6 } from './internal-address-ipv6.ts'
import { internalAddressLoopback } from './internal-address-loopback.ts'
import { internalAddressPodName } from './internal-address-pod-name.ts'
import { internalAddressPrivateIpv4 } from './internal-address-private-ipv4.ts'
import { internalAddressServiceAccount } from './internal-address-service-account.ts'
import { internalAddressServicePort } from './internal-address-service-port.ts'
import { internalAddressServiceUrl } from './internal-address-service-url.ts'
import { problemJsonShape } from './problem-json-shape.ts'
import { problemJsonStatus } from './problem-json-status.ts'
import { requestIdMalformed } from './request-id-malformed.ts'
import { requestIdMismatch } from './request-id-mismatch.ts'
import { requestIdMissing } from './request-id-missing.ts'
import { secretAiApiKey } from './secret-ai-api-key.ts'
import { secretAssignment } from './secret-assignment.ts'
import { secretAuthHeader } from './secret-auth-header.ts'
import { secretAws } from './secret-aws.ts'
import { secretConnectArguments } from './secret-connect-arguments.ts'
import { secretGithubToken } from './secret-github-token.ts'
import { secretGoogleKey } from './secret-google-key.ts'
import { secretJwt } from './secret-jwt.ts'
import { secretPasswordHash } from './secret-password-hash.ts'
import { secretPrivateKey } from './secret-private-key.ts'
import { secretProviderToken } from './secret-provider-token.ts'
import { secretQuotedKey } from './secret-quoted-key.ts'
import { secretSessionCookie } from './secret-session-cookie.ts'
import { secretSignedUrl } from './secret-signed-url.ts'
import { secretSlackToken } from './secret-slack-token.ts'
import { secretStripeKey } from './secret-stripe-key.ts'
import { secretUrlCredentials } from './secret-url-credentials.ts'
import { sourceCodeClonedFunction } from './source-code-cloned-function.ts'
import { sourceCodeFrame } from './source-code-frame.ts'
import { sourceCodeListing } from './source-code-listing.ts'
import { sourceCodeNumberedLines } from './source-code-numbered-lines.ts'
import { sourceCodeSnippet } from './source-code-snippet.ts'
import { sourceCodeTraceback } from './source-code-traceback.ts'
import { sqlErrorLdap } from './sql-error-ldap.ts'
import { sqlErrorLocalized } from './sql-error-localized.ts'
import { sqlErrorMongodb } from './sql-error-mongodb.ts'
import { sqlErrorMssql } from './sql-error-mssql.ts'
import { sqlErrorMysql } from './sql-error-mysql.ts'
import { sqlErrorOracle } from './sql-error-oracle.ts'
import { sqlErrorOrmOther } from './sql-error-orm-other.ts'
import { sqlErrorOtherRuntimes } from './sql-error-other-runtimes.ts'
import { sqlErrorOtherStores } from './sql-error-other-stores.ts'
import { sqlErrorPostgres } from './sql-error-postgres.ts'
import { sqlErrorPostgresFields } from './sql-error-postgres-fields.ts'
import { sqlErrorPrisma } from './sql-error-prisma.ts'
import { sqlErrorRedis } from './sql-error-redis.ts'
import { sqlErrorSequelize } from './sql-error-sequelize.ts'
import { sqlErrorSqlite } from './sql-error-sqlite.ts'
import { sqlErrorStatement } from './sql-error-statement.ts'
import { sqlErrorTypeorm } from './sql-error-typeorm.ts'
import { stackTraceBeam } from './stack-trace-beam.ts'
import { stackTraceDart } from './stack-trace-dart.ts'
import { stackTraceDotnet } from './stack-trace-dotnet.ts'
import { stackTraceGo } from './stack-trace-go.ts'
import { stackTraceJava } from './stack-trace-java.ts'
import { stackTraceJsonFrames } from './stack-trace-json-frames.ts'
import { stackTraceJsonObjects } from './stack-trace-json-objects.ts'
import { stackTraceNode } from './stack-trace-node.ts'
import { stackTraceOtherRuntimes } from './stack-trace-other-runtimes.ts'
import { stackTracePhp } from './stack-trace-php.ts'
import { stackTracePython } from './stack-trace-python.ts'
import { stackTraceRuby } from './stack-trace-ruby.ts'
import { stackTraceRust } from './stack-trace-rust.ts'
import { statusReason } from './status-reason.ts'
import { statusUnexpected } from './status-unexpected.ts'
import { upstreamEcho } from './upstream-echo.ts'
import { versionDisclosureFramework } from './version-disclosure-framework.ts'
import { versionDisclosureGem } from './version-disclosure-gem.ts'
import { versionDisclosureRuntime } from './version-disclosure-runtime.ts'
import { versionDisclosureServer } from './version-disclosure-server.ts'

/**
 * The catalogue: every built-in rule, sorted by id. The list is frozen: give rules of your own to
 * `audit(res, { rules })`.
 *
 * @example
 * ```ts
 * import { rules } from 'safe500'
 * for (const rule of rules) console.log(rule.id, rule.category, rule.description)
 * ```
 */
export const rules: readonly Rule[] = Object.freeze([
  bodyEmpty,
  bodyTruncated,
  contentLengthMismatch,
  contentTypeCharset,
  contentTypeMismatch,
  contentTypeMissing,
  debugPageAspnet,
  debugPageDjango,
  debugPageExpress,
  debugPageLaravel,
  debugPageMojolicious,
  debugPageNextjs,
  debugPageOtherFrameworks,
  debugPagePhpErrors,
  debugPageRails,
  debugPageSinatra,
  debugPageSpringWhitelabel,
  debugPageStarlette,
  debugPageSymfony,
  debugPageTomcat,
  debugPageTracebackSection,
  debugPageWerkzeug,
  debugPageYouch,
  driverErrorConnectMessage,
  driverErrorConnectionString,
  driverErrorErrno,
  driverErrorGrpc,
  driverErrorHttpClient,
  driverErrorHttpClientRuntimes,
  driverErrorLocalized,
  driverErrorMongodb,
  driverErrorMysql,
  driverErrorOtherRuntimes,
  driverErrorPostgres,
  driverErrorProtocolClients,
  driverErrorRedis,
  driverErrorTls,
  envDumpAppConfig,
  envDumpDjangoSettings,
  envDumpKeyValue,
  envDumpObject,
  envDumpPerlConfig,
  envDumpPhpinfo,
  envDumpRack,
  envDumpSpringActuator,
  exceptionDart,
  exceptionDotnet,
  exceptionGo,
  exceptionHeader,
  exceptionJava,
  exceptionJs,
  exceptionJsMessage,
  exceptionJsonMember,
  exceptionMessageOtherRuntimes,
  exceptionNative,
  exceptionNodeCode,
  exceptionPerl,
  exceptionPhp,
  exceptionPython,
  exceptionPythonMessage,
  exceptionR,
  exceptionRuby,
  exceptionSaasSdk,
  exceptionStackHeader,
  exceptionTemplateEngine,
  exceptionValidationError,
  filePathFileUrl,
  filePathPackageDir,
  filePathSourceLocation,
  filePathTemplatePosition,
  filePathUnix,
  filePathWindows,
  headerBackend,
  headerCacheControl,
  headerDebug,
  headerNosniff,
  headerRetryAfter,
  headerServerFramework,
  headerServerVersion,
  headerUpstream,
  headerVersion,
  headerXPoweredBy,
  internalAddressCloudArn,
  internalAddressCloudHost,
  internalAddressHostname,
  internalAddressIpv6,
  internalAddressLoopback,
  internalAddressPodName,
  internalAddressPrivateIpv4,
  internalAddressServiceAccount,
  internalAddressServicePort,
  internalAddressServiceUrl,
  problemJsonShape,
  problemJsonStatus,
  requestIdMalformed,
  requestIdMismatch,
  requestIdMissing,
  secretAiApiKey,
  secretAssignment,
  secretAuthHeader,
  secretAws,
  secretConnectArguments,
  secretGithubToken,
  secretGoogleKey,
  secretJwt,
  secretPasswordHash,
  secretPrivateKey,
  secretProviderToken,
  secretQuotedKey,
  secretSessionCookie,
  secretSignedUrl,
  secretSlackToken,
  secretStripeKey,
  secretUrlCredentials,
  sourceCodeClonedFunction,
  sourceCodeFrame,
  sourceCodeListing,
  sourceCodeNumberedLines,
  sourceCodeSnippet,
  sourceCodeTraceback,
  sqlErrorLdap,
  sqlErrorLocalized,
  sqlErrorMongodb,
  sqlErrorMssql,
  sqlErrorMysql,
  sqlErrorOracle,
  sqlErrorOrmOther,
  sqlErrorOtherRuntimes,
  sqlErrorOtherStores,
  sqlErrorPostgres,
  sqlErrorPostgresFields,
  sqlErrorPrisma,
  sqlErrorRedis,
  sqlErrorSequelize,
  sqlErrorSqlite,
  sqlErrorStatement,
  sqlErrorTypeorm,
  stackTraceBeam,
  stackTraceDart,
  stackTraceDotnet,
  stackTraceGo,
  stackTraceJava,
  stackTraceJsonFrames,
  stackTraceJsonObjects,
  stackTraceNode,
  stackTraceOtherRuntimes,
  stackTracePhp,
  stackTracePython,
  stackTraceRuby,
  stackTraceRust,
  statusReason,
  statusUnexpected,
  upstreamEcho,
  versionDisclosureFramework,
  versionDisclosureGem,
  versionDisclosureRuntime,
  versionDisclosureServer,
])

// Messages mask what these rules find as they mask it in a body.
useSecretRules(rules)

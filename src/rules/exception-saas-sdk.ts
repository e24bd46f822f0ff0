import { defineRule } from '../define-rule.ts'
import { jsonAnswer } from '../example-snapshot.ts'

// An HTTP client's message that is the upstream's status and body (`429 {"type":"error",…}`, as
// the Anthropic SDK and others write it, at the start of a string or line, the body an error
// object: a help page's flat `503 {"message":"Service Unavailable"}` passes). An envelope alone is
// no sign: apps answer in Anthropic's or Google's shape themselves, and echo the request.
const relayed =
  /(?<![^"'>\n])[1-5]\d\d \{"(?:type"\s{0,3}:\s{0,3}"error"|error"\s{0,3}:\s{0,3}\{|errors"\s{0,3}:\s{0,3}\[)/g
// AWS services as the SDK passes them on (S3, SQS, DynamoDB, Secrets Manager, STS, the credential
// chain, IAM's refusal naming the action and the resource), and the string a signature was
// computed over.
const aws =
  /\bThe specified (?:bucket|key|queue|upload|blob|container) does not exist\b|\bThe request signature we calculated does not match the signature you provided\b|\bThe conditional request failed\b|\bSecrets Manager can't find the specified secret\b|\bThe security token included in the request is (?:invalid|expired)\b|\bUnable to find environment variable credentials\b|\bCould not load credentials from any providers\b|\bThe AWS Access Key Id you provided does not exist in our records\b|<StringToSign>|\bServer used the following payload to sign: '|\bString to sign - '|\bis not authorized to perform: [A-Za-z0-9-]{2,40}:[A-Za-z*]{2,80}(?: on resource: | because )|\bFunction not found: arn:aws:lambda:/g
// OpenAI (its model refusal names the model; its server error, with the status its SDK puts
// first), GitHub (octokit ends a message with the documentation link, its error serialized holds
// GitHub's answer with the link; its rate limit names the caller's address or ID), Slack (its code alone
// ends the message), Microsoft Entra (AADSTS codes), Google Cloud Storage, Twilio, Algolia,
// Resend, Vercel Blob, Stripe's idempotency keys, SendGrid, and Auth0's management client.
const providers =
  /\bThe model [`'"][^`'"\n]{1,200}[`'"] does not exist or you do not have access to it\b|(?<![^"'>\n])[1-5]\d\d The server had an error while processing your request\b|\bYou exceeded your current quota\b|\bThis model's maximum context length is \d{1,9} tokens\b|\bprompt is too long: \d{1,12} tokens > \d{1,12} maximum\b|\bAPI key not valid\. Please pass a valid API key\.|\bAPI key is missing\. Pass it using the '|\bInvalid prompt: |\bFailed after \d{1,3} attempts\. Last error: | - https:\/\/docs\.github\.com\/(?:rest|graphql)[\w/#.-]{0,200}(?![^"'<\n\\])|"documentation_url"\s{0,3}:\s{0,3}"https:\/\/docs\.github\.com\/|\bAPI rate limit exceeded for (?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|user ID \d|installation ID \d)|\bAn API error occurred: (?:[a-z_]{2,60}(?![^"'<\n\\])|\{"ok":)|\bAn HTTP protocol error occurred: statusCode = \d{3}\b|"code"\s{0,3}:\s{0,3}"slack_webapi_[a-z_]{1,40}"|\bAADSTS\d{5,7}\b|\bNo such object: [\w.-]{3,63}\/|\bInvalid JWT Signature\b|\/Accounts\/AC[0-9a-f]{32}\b|\bTrial accounts cannot send messages to unverified numbers\b|\bInvalid 'To' Phone Number\b|\bInvalid Application-ID or API key\b|\bUnreachable hosts - your application id may be incorrect\b|\bYou can only send testing emails to your own email address\b|\bVercel Blob: |\bThe API key you provided was rejected while calling https?:\/\/|\bA call to https?:\/\/[^\s"'<>]{1,300} returned HTTP status \d{3}\b|\bVector dimension \d{1,6} does not match the dimension of the index \d{1,6}\b|\bThe request to Weaviate failed with status code: \d{3} and message: |\bUnauthenticated: \{"code":4\d\d,|\bCollection `[^`\n]{1,200}` doesn't exist!|\bWrong input: Vector dimension error: expected dim: \d{1,6}, got \d{1,6}\b|\bInvalid API key or JWT\b|"debug_id"\s{0,3}:\s{0,3}"[0-9a-f]{8,20}"|\bKeys for idempotent requests can only be used with the same parameters\b|\bThe provided authorization grant is invalid, expired, or revoked\b|\bStatus code: \d{3}(?:\r?\n|\\n)Body: /g

// An OAuth 2.0, OpenID or SAML provider's error passed on: openid-client's `invalid_client (Client
// authentication failed)`, MSAL's `Error(s): … - Timestamp: …`, node-saml's `SAML provider
// returned Responder error`, or the provider's body (`"error":"invalid_grant","error_description":`).
// Only in a 5xx: an authorization server answers a client's bad request with these in a 4xx (and
// its own failure with server_error or temporarily_unavailable, which pass).
const oauthCodes =
  'invalid_client|invalid_grant|unauthorized_client|unsupported_grant_type|invalid_scope|redirect_uri_mismatch|invalid_dpop_proof|unsupported_response_type|interaction_required|login_required|consent_required'
const oauth = new RegExp(
  String.raw`\b(?:${oauthCodes}) \(|\bError\(s\): [\w, ]{1,100} - Timestamp: |\bSAML provider returned (?:Responder|Requester|VersionMismatch) error\b|"error"\s{0,3}:\s{0,3}"(?:${oauthCodes}|invalid_request|invalid_token|access_denied)"\s{0,3},\s{0,3}"error_description"\s{0,3}:`,
  'g',
)
/** True for a match of `oauth`. */
function isOauth(text: string): boolean {
  return (
    text.startsWith('"error"') ||
    text.endsWith(' (') ||
    text.startsWith('Error(s)') ||
    text.startsWith('SAML provider')
  )
}

const keywords = [
  ' {"',
  'the specified ',
  'the request signature we calculated',
  'the conditional request failed',
  "can't find the specified secret",
  'the security token included',
  'environment variable credentials',
  'could not load credentials from any providers',
  'does not exist in our records',
  '<stringtosign>',
  'payload to sign: ',
  "string to sign - '",
  'is not authorized to perform: ',
  'function not found: arn:aws:lambda:',
  'do not have access to it',
  'the server had an error while processing',
  'exceeded your current quota',
  "this model's maximum context length is ",
  'prompt is too long: ',
  'api key not valid. please pass a valid api key.',
  "api key is missing. pass it using the '",
  'invalid prompt: ',
  ' attempts. last error: ',
  ' - https://docs.github.com/',
  '"documentation_url"',
  'api rate limit exceeded for ',
  'an api error occurred: ',
  'an http protocol error occurred: ',
  'slack_webapi_',
  'aadsts',
  'no such object: ',
  'invalid jwt signature',
  '/accounts/ac',
  'trial accounts cannot send',
  "invalid 'to' phone number",
  'invalid application-id or api key',
  'unreachable hosts - your application id',
  'send testing emails to your own',
  'vercel blob: ',
  'the api key you provided was rejected while calling ',
  'a call to http',
  'does not match the dimension of the index ',
  'the request to weaviate failed with status code: ',
  'unauthenticated: {"code":4',
  "` doesn't exist!",
  'wrong input: vector dimension error: ',
  'invalid api key or jwt',
  '"debug_id"',
  'keys for idempotent requests',
  'authorization grant is invalid',
  'status code: ',
  '"error_description"',
  'error(s): ',
  'saml provider returned ',
  ...oauthCodes.split('|').map((code) => `${code} (`),
]

/**
 * What cloud and SaaS SDKs say when a call fails, passed on as `err.message` or serialized: an
 * upstream's status and body as one message (`429 {"type":"error","error":{…`), AWS services'
 * messages (`The specified bucket does not exist`, `The conditional request failed`, a string to
 * sign), OpenAI's (`The model … does not exist or you do not have access to it`), GitHub's with
 * octokit's documentation link, Slack's `An API error occurred: invalid_auth` (or the start of a body it could not read) and
 * `An HTTP protocol error occurred: statusCode = 503`, Microsoft Entra's
 * `AADSTS7000215`, Google Cloud Storage's `No such object: bucket/…`, a Twilio account's path, and
 * the refusals of Algolia, Resend, Vercel Blob, PayPal (its debug_id), the vector databases (Pinecone\'s rejected key, HTTP status and dimension mismatch; Weaviate\'s status and message; Qdrant\'s missing collection, dimension error and refused key), Stripe, SendGrid and Auth0. An error envelope in a
 * provider's shape is no sign alone: apps answer in Anthropic's or Google's shape themselves.
 *
 * @example
 * ```ts
 * '{"error":"An API error occurred: missing_scope"}' // flagged
 * ```
 */
export const exceptionSaasSdk = defineRule({
  id: 'exception-saas-sdk',
  category: 'exception',
  description:
    'Cloud and SaaS SDK errors passed on: an upstream\'s status and body as one message (429 {"type":"error",…), AWS service messages (The specified bucket does not exist, The conditional request failed, IAM\'s … is not authorized to perform: dynamodb:GetItem on resource: …, Lambda\'s Function not found: arn:aws:lambda:…, StringToSign), Azure Cosmos DB\'s payload to sign, OpenAI (The model x does not exist or you do not have access to it, 500 The server had an error, This model\'s maximum context length is N tokens), Anthropic (prompt is too long: N tokens > N maximum), Gemini (API key not valid), the Vercel AI SDK (Failed after N attempts. Last error: …, Invalid prompt: …, X API key is missing. Pass it using the \'apiKey\' parameter), GitHub via octokit (- https://docs.github.com/rest, its documentation_url, API rate limit exceeded for 203.0.113.7), Slack (An API error occurred: x, An HTTP protocol error occurred: statusCode = 503), Microsoft Entra (AADSTS codes), Google Cloud Storage (No such object: bucket/…), Twilio account paths (/Accounts/AC…), Algolia, Resend, Vercel Blob, Stripe idempotency, SendGrid and Auth0 (Status code: 403 Body:); in a 5xx, an OAuth, OpenID or SAML provider\'s error (invalid_client (Client authentication failed), "error":"invalid_grant","error_description":…, MSAL\'s Error(s): … - Timestamp:, SAML provider returned Responder error).',
  keywords,
  pattern: [relayed, aws, providers, oauth],
  // In a 4xx, an authorization server's refusal and an `Invalid prompt:` answer the client's own
  // request.
  ignore: (match, subject) =>
    subject.snapshot.status < 500 && (isOauth(match[0]) || match[0].startsWith('Invalid prompt')),
  message: "shows a cloud or SaaS SDK's error, in the provider's words",
  examples: {
    leaky: [
      '{"error":"429 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"This request would exceed the rate limit for your organization\\"}}"}',
      '{"error":"529 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"overloaded_error\\",\\"message\\":\\"Overloaded\\"}}"}',
      '{"error":"The specified bucket does not exist","requestId":"req_7ca8b6f14c70"}',
      '{"error":"invalid_client (Client authentication failed)"}',
      "invalid_grant (redirect_uri 'https://app.example.com/auth/callback' does not match the registered redirect URI)",
      '{"error":"invalid_grant: Error(s): Not Available - Timestamp: Not Available - Description: AADSTS50011 - Correlation ID: Not Available"}',
      '{"error":"SAML provider returned Responder error: MSIS7070: The SAML request contained an invalid AssertionConsumerServiceUrl"}',
      '{"error":{"error":"invalid_grant","error_description":"Code not valid","status":400}}',
      '<p>The conditional request failed</p>',
      '{"error":"User: arn:aws:sts::123456789012:assumed-role/orders-api/i-0abc is not authorized to perform: SNS:Publish on resource: arn:aws:sns:eu-west-1:123456789012:order-events"}',
      '{"error":"Function not found: arn:aws:lambda:eu-west-1:123456789012:function:refunds-v2-prod"}',
      '{"error":"User: arn:aws:sts::123456789012:assumed-role/shop-dev-lambdaRole/shop-dev-orders is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders"}',
      "Secrets Manager can't find the specified secret.",
      '{"error":"Unable to find environment variable credentials."}',
      '{"error":"404 The model `ft:gpt-4o-mini:acme-corp:checkout:9xYz` does not exist or you do not have access to it."}',
      '500 The server had an error while processing your request. Sorry about that!',
      '{"error":"This model\'s maximum context length is 8192 tokens. However, your messages resulted in 9371 tokens."}',
      '{"error":"prompt is too long: 208451 tokens > 200000 maximum"}',
      '{"error":"Invalid prompt: System messages are not allowed in the prompt or messages fields. Use the instructions option instead."}',
      '{"error":"OpenAI API key is missing. Pass it using the \'apiKey\' parameter or the OPENAI_API_KEY environment variable."}',
      '{"error":"{\\"error\\":{\\"code\\":400,\\"message\\":\\"API key not valid. Please pass a valid API key.\\",\\"status\\":\\"INVALID_ARGUMENT\\"}}"}',
      '{"error":"Bad credentials - https://docs.github.com/rest"}',
      '{"error":{"name":"HttpError","status":404,"response":{"data":{"message":"Not Found","documentation_url":"https://docs.github.com/rest/repos/repos#get-a-repository","status":"404"}}}}',
      "API rate limit exceeded for 203.0.113.29. (But here's the good news: Authenticated requests get a higher rate limit.)",
      '{"error":"An API error occurred: invalid_auth"}',
      '{"error":"An API error occurred: {\\"ok\\":true,\\"channel\\":\\"C05ORD3"}',
      '{"error":"An HTTP protocol error occurred: statusCode = 503"}',
      'invalid_client: AADSTS7000215: Invalid client secret provided.',
      '{"error":{"code":404,"message":"No such object: acme-prod-exports/finance/payroll.csv"}}',
      '{"error":"The requested resource /2010-04-01/Accounts/AC71579cd1424517e8e06e05ed34ea23cb/Messages.json was not found"}',
      "Invalid Signature f7fa3eb7. String to sign - 'folder=kyc/passports&timestamp=1728728100'.",
      `{"error":"The input authorization token can't serve the request. The wrong key is being used or the expected payload is not built as per the protocol. Server used the following payload to sign: 'get\\ncolls\\ndbs/orders/colls/invoices\\nmon, 24 nov 2026 03:00:00 gmt\\n\\n'"}`,
      'ManagementClient: token request failed\nStatus code: 403\nBody: {"error":"access_denied"}',
      '{"error":"Vercel Blob: Access denied, please provide a valid token for this resource."}',
      '{"error":"The API key you provided was rejected while calling https://api.pinecone.io/indexes. Please check your configuration values."}',
      '{"error":"A call to https://api.pinecone.io/indexes/products-prod returned HTTP status 404."}',
      '{"error":"Vector dimension 1536 does not match the dimension of the index 3072"}',
      '{"error":{"url":"http://qdrant.internal:6333/collections/orders","status":404,"data":{"status":{"error":"Not found: Collection `orders` doesn\'t exist!"}}}}',
      '{"error":{"status":400,"data":{"status":{"error":"Wrong input: Vector dimension error: expected dim: 3072, got 1536"}}}}',
      '{"error":"The request to Weaviate failed with status code: 422 and message: {\\"error\\":[{\\"message\\":\\"class name Orders already exists\\"}]}"}',
      '{"error":"{\\"name\\":\\"UNPROCESSABLE_ENTITY\\",\\"details\\":[{\\"issue\\":\\"INSTRUMENT_DECLINED\\"}],\\"debug_id\\":\\"8f3a1c2b9d4e7\\"}"}',
    ],
    safe: [
      'You are not authorized to perform this action. Ask an administrator for access.',
      // An authorization server's own answer to a client's bad request.
      jsonAnswer(
        400,
        '{"error":"invalid_grant","error_description":"The authorization code has expired"}',
      ),
      jsonAnswer(401, '{"error":"invalid_client (Client authentication failed)"}'),
      jsonAnswer(400, '{"error":"Invalid prompt: it must be under 2,000 characters."}'),
      jsonAnswer(401, '{"error":"SAML provider returned Responder error"}'),
      'Internal Server Error',
      '{"error":"Payment provider unavailable, try again","requestId":"req_7f3a"}',
      '<p>Our email service is down. The specified order is kept; try again later.</p>',
      '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"The request failed."}',
      'Error 500 {"error":"Internal Server Error"} is all we know.',
      '{"error":{"code":500,"message":"Something went wrong","status":"INTERNAL"}}',
      '<p>We could not reach GitHub. Status: <a href="https://www.githubstatus.com">githubstatus.com</a></p>',
      'API rate limit exceeded. Please try again in a minute.',
      'API rate limit exceeded for 60 seconds. An API error occurred: please try again later.',
      'An HTTP protocol error occurred while we called the shop. Try again.',
      'The page does not exist or you do not have access to it.',
      '{"error":{"code":500,"message":"Backend error","errors":[{"domain":"global","reason":"backendError"}]}}',
      '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}',
      '<pre>\n503 {"message":"Service Unavailable"}</pre> is what our API answers while we deploy.',
      '{"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error"}}',
      '{"error":"Internal Server Error","request":{"method":"GET","url":"https://api.example.com/orders"}}',
      'Docs - https://docs.github.com/rest Status - https://www.githubstatus.com',
    ],
  },
})

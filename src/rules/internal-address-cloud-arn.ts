import { defineRule } from '../define-rule.ts'
import { clip } from '../format/clip.ts'

/** The account IDs AWS's own documentation uses in examples. */
const exampleAccounts = new Set(['123456789012', '111122223333', '444455556666'])

/** Bucket names of AWS's documentation. */
const exampleBuckets = new Set([
  'doc-example-bucket',
  'examplebucket',
  'example-bucket',
  'awsexamplebucket',
])

/**
 * Whether an S3 ARN names a bucket of AWS's documentation (`amzn-s3-demo-bucket`,
 * `DOC-EXAMPLE-BUCKET`, `examplebucket`), whatever key follows.
 */
function isExampleBucket(arn: string): boolean {
  const bucket =
    arn
      .slice(arn.indexOf(':::') + 3)
      .split('/')[0]
      ?.toLowerCase() ?? ''
  return exampleBuckets.has(bucket) || bucket.startsWith('amzn-s3-demo-')
}

/**
 * An AWS resource name with its account ID: `arn:aws:sts::<account>:assumed-role/api-task/…`, as
 * an AccessDenied message or a serialized SDK error shows it. It names the account, the roles
 * and the resources behind the service. An S3 ARN has no account but names the bucket and the
 * object (`arn:aws:s3:::acme-prod-invoices/customers/8812/invoice.pdf`). The account IDs and
 * bucket names of AWS's documentation pass.
 *
 * @example
 * ```ts
 * 'User: arn:aws:sts::<account>:assumed-role/api-task-role/3f0e is not authorized' // flagged
 * ```
 */
export const internalAddressCloudArn = defineRule({
  id: 'internal-address-cloud-arn',
  category: 'internal-address',
  description:
    "AWS resource names with an account ID (arn:aws:iam::<account>:role/..., arn:aws:sts::<account>:assumed-role/...) and S3 ARNs naming a bucket (arn:aws:s3:::bucket/key), except the example accounts and buckets of AWS's documentation.",
  keywords: ['arn:aws'],
  pattern: [
    /\barn:aws(?:-cn|-us-gov)?:[a-z0-9-]{1,60}:[a-z0-9-]{0,30}:(\d{12}):[\w+=,.@/:-]{1,300}/g,
    /\barn:aws(?:-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{2,62}(?:\/[\w+=,.@/!*'()-]{0,300})?/g,
  ],
  ignore: (m) => (m[1] === undefined ? isExampleBucket(m[0]) : exampleAccounts.has(m[1])),
  message: (m) => `names the AWS resource ${clip(m[0], 60)}`,
  examples: {
    leaky: [
      '{"message":"User: arn:aws:sts::480523701194:assumed-role/api-task-role/3f0e is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:480523701194:table/orders"}',
      'AccessDenied: arn:aws:iam::480523701194:role/orders-writer',
      '{"error":"Access Denied","resource":"arn:aws:s3:::acme-prod-invoices/customers/8812/invoice-2024-10.pdf"}',
      '{"resource":"arn:aws:s3:::acme-examples-prod/customers/8812/example-invoice.pdf"}',
    ],
    safe: [
      'Internal Server Error',
      'See the IAM guide: arn:aws:iam::123456789012:role/ExampleRole',
      'A bucket policy names its bucket: arn:aws:s3:::amzn-s3-demo-bucket/*',
      'Our status page runs on AWS in eu-west-1.',
    ],
  },
})

import { defineRule } from '../define-rule.ts'
import { clip } from '../format/clip.ts'

// How the account names and project IDs of Google's documentation and tutorials begin, and the
// project number of its examples.
const placeholders = [
  'my-',
  'your-',
  'example',
  'sa-name',
  'service-account',
  'project-id',
  'project.',
  'name@',
  '123456789012-',
  // Accounts Google owns and asks users to grant access to.
  'firebase-sa-management.',
]

/**
 * Whether the account or its project is one of the documentation's placeholders, or the default
 * account of the default namespace, which names nothing of the service.
 */
function isDocumentationAccount(account: string): boolean {
  // The default account, and the cluster's own components, name nothing of the service.
  if (account === 'system:serviceaccount:default:default') return true
  if (account.startsWith('system:serviceaccount:kube-system:')) return true
  return account.split('@').some((part, i) => {
    const text = i === 0 ? `${part}@` : part
    return placeholders.some((p) => text.startsWith(p))
  })
}

/**
 * The service accounts a service runs as: Google Cloud's
 * (`orders-api@acme-prod.iam.gserviceaccount.com`,
 * `123456789012-compute@developer.gserviceaccount.com`), as a permission error from a Google API
 * names them, and Kubernetes' (`system:serviceaccount:payments:orders-sa`), as a Forbidden status
 * from the API server does. They name the project, namespace and identity behind the service. The
 * names of Google's documentation (`my-sa@my-project.iam...`) pass.
 *
 * @example
 * ```ts
 * 'User "system:serviceaccount:payments:orders-sa" cannot patch resource' // flagged
 * ```
 */
export const internalAddressServiceAccount = defineRule({
  id: 'internal-address-service-account',
  category: 'internal-address',
  description:
    "Service accounts a service runs as: Google Cloud's (name@project.iam.gserviceaccount.com, 123-compute@developer.gserviceaccount.com) and Kubernetes' (system:serviceaccount:namespace:name), except the placeholders of Google's documentation.",
  keywords: ['gserviceaccount.com', 'system:serviceaccount:'],
  pattern: [
    /(?<![\w.+-])[a-z\d][a-z\d-]{0,62}@(?:[a-z][a-z\d-]{3,61}\.iam|appspot|developer|cloudservices|cloudbuild)\.gserviceaccount\.com\b/g,
    /\bsystem:serviceaccount:[a-z\d][a-z\d-]{0,62}:[a-z\d][a-z\d.-]{0,252}/g,
  ],
  ignore: (m) => isDocumentationAccount(m[0]),
  message: (m) => `names the service account ${clip(m[0], 80)}`,
  examples: {
    leaky: [
      '{"error":{"code":403,"message":"orders-api@acme-prod-3f2a.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage object."}}',
      'Permission denied for 480523701194-compute@developer.gserviceaccount.com',
      '{"message":"deployments.apps \\"invoice-worker\\" is forbidden: User \\"system:serviceaccount:payments:orders-sa\\" cannot patch resource \\"deployments/scale\\""}',
    ],
    safe: [
      'Internal Server Error',
      'Grant the role to my-sa@my-project.iam.gserviceaccount.com as the guide shows.',
      'Kubernetes identities look like system:serviceaccount:NAMESPACE:NAME.',
      'Pods run as system:serviceaccount:default:default unless you give them one.',
      'Share the sheet with name@project.iam.gserviceaccount.com or service-account@project.iam.gserviceaccount.com.',
      'Cloud Build runs as 123456789012-compute@developer.gserviceaccount.com by default.',
      'Add firebase-service-account@firebase-sa-management.iam.gserviceaccount.com as an owner.',
      '"StringEquals": {"oidc.eks.region-code.amazonaws.com/id/OIDC_ID:sub": "system:serviceaccount:kube-system:aws-load-balancer-controller"}',
      'Write to support@acme.example for help.',
    ],
  },
})

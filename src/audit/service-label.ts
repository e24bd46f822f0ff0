/**
 * Names that stand for a host in documentation and templates, and loopback (another rule's): not
 * a private network's service, though a host of one label.
 */
const notServices = new Set([
  'localhost',
  'host',
  'hostname',
  'server',
  'servername',
  'example',
  'domain',
  'yourdomain',
  'your-domain',
  'yourserver',
  'your-server',
  'yourhost',
  'your-host',
  'myserver',
  'my-server',
  'myhost',
  'my-host',
  'ip',
  'address',
  'url',
  'foo',
  'bar',
  'baz',
])

/**
 * Whether a host of one label (`inventory-svc`, `orders-db`) may be a service of a private
 * network, as Docker Compose and Kubernetes short names are: not `localhost`, nor a name
 * documentation puts in a host's place (`host`, `your-server`, `example`).
 *
 * @example
 * ```ts
 * isServiceLabel('inventory-svc') // true
 * isServiceLabel('localhost') // false
 * ```
 */
export function isServiceLabel(label: string): boolean {
  return !notServices.has(label.toLowerCase())
}

/**
 * What a rule says of a service named by a host of one label.
 *
 * @example
 * ```ts
 * serviceMessage('pricing:8080') // 'names the internal service pricing:8080 (a host of one label)'
 * ```
 */
export function serviceMessage(name: string): string {
  return `names the internal service ${name} (a host of one label)`
}

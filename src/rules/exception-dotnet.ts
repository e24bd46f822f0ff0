import { defineRule } from '../define-rule.ts'

const names =
  'NullReference|InvalidOperation|ArgumentNull|ArgumentOutOfRange|ObjectDisposed|KeyNotFound|InvalidCast|DivideByZero|IndexOutOfRange|TaskCanceled|OperationCanceled|DbUpdate|DbUpdateConcurrency|HttpRequest|SqlNullValue|TypeInitialization|TargetInvocation|JsonReader|JsonSerialization|UnauthorizedAccess|DirectoryNotFound|Aggregate|BadImageFormat'

/** .NET exceptions: `System.NullReferenceException`, `Object reference not set to an instance of an object`. */
export const exceptionDotnet = defineRule({
  id: 'exception-dotnet',
  category: 'exception',
  description:
    '.NET exception names (System.*Exception, Microsoft.*Exception, NullReferenceException, Namespaced.*Exception: heading a message or [in brackets]: as ASP.NET chains them, ...) and their well-known raw messages.',
  // A qualified name of .NET's own namespaces counts only as an exception's, but its scan starts
  // at the namespace: the pattern runs near these too.
  keywords: [
    'exception',
    'system.',
    'microsoft.',
    'newtonsoft.',
    'object reference not set',
    'sequence contains no',
    'value cannot be null',
  ],
  pattern: new RegExp(
    String.raw`(?<![\w.\x60])(?:System|Microsoft|Newtonsoft)\.[\w.\x60]{1,200}|\b(?:${names})Exception\b|\bObject reference not set to an instance of an object|\bSequence contains no (?:matching )?elements?\b|\bValue cannot be null\. \(Parameter '|(?<![\w.\x60])(?:[A-Z]\w{0,60}\.){1,6}[A-Z]\w{0,60}Exception(?:\x60\d\[[\w., ]{1,300}\])?(?=\]?: )`,
    'g',
  ),
  // A qualified name is scanned as one run (linear); only a name of an exception class counts.
  ignore: (match) => {
    let name = match[0]
    while (name.endsWith('.')) name = name.slice(0, -1)
    const qualified = ['System.', 'Microsoft.', 'Newtonsoft.'].some((ns) => name.startsWith(ns))
    return qualified && !name.endsWith('Exception')
  },
  message: 'shows a .NET exception',
  examples: {
    leaky: [
      '{"error":"Confluent.Kafka.ProduceException\x602[System.String,System.String]: Local: Message timed out"}',
      'System.NullReferenceException: Object reference not set to an instance of an object.',
      '{"Message":"An error has occurred.","ExceptionMessage":"Sequence contains no elements","ExceptionType":"System.InvalidOperationException"}',
      "Value cannot be null. (Parameter 'connectionString')",
      'Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes.',
      'TaskCanceledException: A task was canceled.',
      'Azure.RequestFailedException: The specified container does not exist.',
      'Polly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not allowing calls.',
      '<!--\n[Mono.Data.Sqlite.SqliteException]: SQLite error<br />no such table: orders\n-->',
    ],
    safe: [
      'Internal Server Error',
      '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}',
      'The system could not complete your order. Reference 3f1c0d6e.',
      'An exception occurred; our team has been notified.',
    ],
  },
})

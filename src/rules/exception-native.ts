import { defineRule } from '../define-rule.ts'

// libstdc++'s what() of the exceptions the standard library throws: std::filesystem's (with the
// path it names), an iostream with exceptions on, vector::at and friends, std::string's, the
// std::bad_* family, and std::stoi's bare function name when it is the whole message.
const cpp =
  /\bfilesystem error: [a-z][\w ]{2,60}: |\bbasic_ios::clear: iostream error\b|\b(?:vector|deque|array|bitset|map|unordered_map|basic_string)::(?:_M_range_check|at|_M_construct null not valid|_M_create|substr|erase|insert|replace|compare|copy)\b|\bstd::(?:bad_alloc|bad_cast|bad_any_cast|bad_function_call|bad_optional_access|bad_variant_access|bad_weak_ptr|bad_array_new_length)\b|(?<![^"'>\n])sto(?:i|l|ll|ul|ull|f|d|ld)(?![^"'<\n\\])/g

// A C program's perror()/strerror() text after the path it failed on (CivetWeb and
// libmicrohttpd handlers answering it): `/srv/app/x.pdf: No such file or directory`. Two segments
// at least: `/admin: Permission denied` reads as a route.
const strerror =
  /(?<![\w.~-])\/[^\s:"'<>/]{1,100}\/[^\s:"'<>]{1,300}: (?:No such file or directory|Permission denied|Is a directory|Not a directory)\b/g

// OCaml's exceptions as Printexc.to_string prints them (Ocsigen Server's answer to an exception
// escaping an Eliom service): `Sys_error("…")`, `Unix.Unix_error(Unix.ECONNREFUSED, "connect", "")`,
// `Failure("nth")`, `Not_found`.
const ocaml =
  /\b(?:Sys_error|Failure|Invalid_argument|Assert_failure|Match_failure)\("|\bUnix\.Unix_error\(Unix\.E[A-Z0-9]{2,20}, "|\b(?:Not_found|End_of_file|Stack_overflow|Out_of_memory|Division_by_zero)\b/g

/**
 * Raw error messages of C, C++ and OCaml servers: libstdc++'s exception texts (`filesystem error:
 * cannot get file size: …`, `vector::_M_range_check: __n (which is 5) >= this->size() (which is
 * 3)`), a C handler's strerror() after a path, and OCaml's exceptions printed whole.
 *
 * @example
 * ```ts
 * '<h1>Error 500</h1><p>basic_ios::clear: iostream error</p>' // flagged
 * ```
 */
export const exceptionNative = defineRule({
  id: 'exception-native',
  category: 'exception',
  description:
    'Raw error messages of C, C++ and OCaml servers: libstdc++\'s exception texts (filesystem error: …, basic_ios::clear: iostream error, vector::_M_range_check: …, basic_string::_M_construct null not valid, std::bad_alloc, stoi as the whole message), a path followed by strerror() (/srv/x: No such file or directory), and OCaml exceptions as Printexc prints them (Sys_error("…"), Unix.Unix_error(Unix.ECONNREFUSED, …), Failure("nth"), Not_found).',
  keywords: [
    'filesystem error: ',
    'basic_ios::clear',
    '::_m_',
    '::at',
    '::substr',
    '::erase',
    '::insert',
    '::replace',
    '::compare',
    '::copy',
    'std::bad_',
    'stoi',
    'stol',
    'stoul',
    'stof',
    'stod',
    ': no such file or directory',
    ': permission denied',
    ': is a directory',
    ': not a directory',
    'sys_error("',
    'failure("',
    'invalid_argument("',
    'unix.unix_error(unix.e',
    'not_found',
    'end_of_file',
    'stack_overflow',
    'out_of_memory',
    'division_by_zero',
  ],
  pattern: [cpp, strerror, ocaml],
  message: 'shows a raw C, C++ or OCaml error message',
  examples: {
    leaky: [
      '<h1>Error 500</h1><p>filesystem error: cannot get file size: No such file or directory [/srv/app/uploads/invoice-42.pdf]</p>',
      '<h1>Error 500</h1><p>basic_ios::clear: iostream error</p>',
      '<h1>Error 500</h1><p>vector::_M_range_check: __n (which is 5) >= this->size() (which is 3)</p>',
      '<h1>Error 500</h1><p>stoi</p>',
      'Error 500: Internal Server Error\n/srv/app/uploads/invoice-42.pdf: No such file or directory',
      'Error: Sys_error("/srv/app/uploads/invoice-42.pdf: No such file or directory")',
      'Error: Unix.Unix_error(Unix.ECONNREFUSED, "connect", "")',
      'Error: Failure("int_of_string")',
      'Error: Not_found',
    ],
    safe: [
      'Internal Server Error',
      'Error 500: Internal Server Error',
      'Our storage service is down; please try again.',
      '{"error":"internal error","requestId":"3f1c0d6e"}',
      'See https://example.com/docs/stoi for the stoi function.',
      'Open the File menu: No such file or directory? Ask support.',
      'GET /admin: Permission denied. Sign in as an administrator.',
      'Failure (payment declined). Not found? Check the order number.',
    ],
  },
})

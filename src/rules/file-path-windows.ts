import { defineRule } from '../define-rule.ts'

/** Windows paths: `C:\inetpub\wwwroot\web.config`, `D:\a\b`, `C:/Users/x/...`, UNC `\\server\share`. */
export const filePathWindows = defineRule({
  id: 'file-path-windows',
  category: 'file-path',
  description:
    'Windows paths: drive paths (C:\\src\\app, C:/Users/...) and UNC shares (\\\\server\\share).',
  keywords: [
    ':\\',
    '\\\\',
    ':/users/',
    ':/windows/',
    ':/program files',
    ':/programdata/',
    ':/inetpub/',
    ':/src/',
    ':/projects/',
    ':/dev/',
    ':/work/',
    ':/app/',
  ],
  pattern:
    /(?:(?<![\w\\])|(?<=\\\\\?\\))[A-Za-z]:\\[^\\/:*?"<>|\r\n]{1,100}(?:\\|\.[A-Za-z0-9]{1,8}\b)|(?<![\w/])[A-Za-z]:\/(?:Users|Windows|Program Files|ProgramData|inetpub|src|projects|dev|work|app)\/|(?<![\w\\])\\\\[\w.$-]{1,100}\\[\w.$ -]{1,100}|\\\\\?\\UNC\\[\w.$-]{1,100}\\[\w.$ -]{1,100}/g,
  message: 'shows a Windows filesystem path',
  examples: {
    leaky: [
      'Cannot find module C:/projects/shop/server.js',
      'Could not find file C:\\inetpub\\wwwroot\\App_Data\\orders.xml',
      '   at Shop.Api.Program.Main() in D:\\a\\shop\\src\\Program.cs:line 9',
      '{"path":"C:\\\\Users\\\\build\\\\app\\\\server.js"}',
      'loaded from C:/Users/jane/projects/shop/.env',
      'share \\\\fileserver01\\exports\\orders.csv not reachable',
      'C:\\Program Files\\nodejs\\node.exe crashed',
      'Config File\t   \\\\?\\C:\\PassCore\\web.config',
      'Could not find \\\\?\\UNC\\fileserver01\\exports\\orders.csv',
    ],
    safe: [
      'Internal Server Error',
      'Error 500: please retry. Steps: a:\\ is not a path here, just a label.',
      'Open https://status.example.com/ for details.',
      'Use a regular expression like \\d+ to match digits.',
      'Ratio 3:\\ 4',
    ],
  },
})

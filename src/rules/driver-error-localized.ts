import { catalogueMessages } from '../audit/catalogue-messages.ts'
import { defineRule } from '../define-rule.ts'

/**
 * libpq 15's messages about a connection that failed, in the languages Debian's libpq5 ships
 * (from its catalogues, `libpq5-15.mo`), and the server's own refusals before a session starts
 * (`postgres-15.mo`): those that `driver-error-postgres` reads in English. A client whose process
 * runs in a translated locale (PHP's PDO after `setlocale()`, psql) writes libpq's part in its
 * language; the server writes its part in its own `lc_messages`. `%s` stands for a name, an
 * address or a port.
 */
const libpq: Readonly<Record<string, readonly string[]>> = {
  de: [
    'Verbindung zum Server auf »%s« (%s), Port %s fehlgeschlagen:',
    'Verbindung zum Server auf »%s«, Port %s fehlgeschlagen:',
    'Verbindung zum Server auf Socket »%s« fehlgeschlagen:',
    'Läuft der Server auf diesem Host und akzeptiert er TCP/IP-Verbindungen?',
    'Läuft der Server lokal und akzeptiert er Verbindungen auf diesem Socket?',
    'tut mir leid, schon zu viele Verbindungen',
    'kein pg_hba.conf-Eintrag für Host »%s«, Benutzer »%s«, Datenbank »%s«, %s',
    'das Datenbanksystem startet',
    'das Datenbanksystem fährt herunter',
  ],
  el: [
    'σύνδεση στον διακομιστή σε «%s» (%s), θύρα %s απέτυχε:',
    'σύνδεση στον διακομιστή σε «%s», θύρα %s απέτυχε:',
    'σύνδεση στον διακομιστή στην υποδοχή «%s» απέτυχε:',
    'Εκτελείται ο διακομιστής σε αυτόν τον κεντρικό υπολογιστή και αποδέχεται συνδέσεις TCP/IP;',
    'Εκτελείται τοπικά ο διακομιστής και αποδέχεται συνδέσεις σε αυτή την υποδοχή;',
  ],
  es: [
    'falló la conexión al servidor en «%s» (%s), puerto %s:',
    'falló la conexión al servidor en «%s», puerto %s:',
    'falló la conexión al servidor en el socket «%s»:',
    '¿Está el servidor en ejecución en ese host y aceptando conexiones TCP/IP?',
    '¿Está el servidor en ejecución localmente y aceptando conexiones en ese socket?',
    'lo siento, ya tenemos demasiados clientes',
    'no hay una línea en pg_hba.conf para «%s», usuario «%s», base de datos «%s», %s',
    'el sistema de base de datos está iniciándose',
    'el sistema de base de datos está apagándose',
  ],
  fr: [
    'la connexion au serveur sur « %s » (%s), port %s a échoué :',
    'la connexion au serveur sur « %s », port %s a échoué :',
    'la connexion au serveur sur le socket « %s » a échoué :',
    'Le serveur est-il actif sur cet hôte et accepte-t-il les connexions ?',
    'Le serveur est-il actif localement et accepte-t-il les connexions sur ce socket ?',
    'désolé, trop de clients sont déjà connectés',
    "aucune entrée dans pg_hba.conf pour l'hôte « %s », utilisateur « %s »,",
    'le système de bases de données se lance',
    "le système de base de données s'arrête",
  ],
  it: [
    'connessione al server su "%s" (%s), porta %s non riuscita:',
    'connessione al server su "%s", porta %s non riuscita:',
    'connessione al server sul socket "%s" non riuscita:',
    "Il server è in esecuzione su quell'host e accetta connessioni TCP/IP?",
    'Il server è in esecuzione localmente e accetta connessioni su quel socket?',
    'spiacente, troppi client già connessi',
    'nessuna voce in pg_hba.conf per l\'host "%s", utente "%s", database "%s", %s',
    'il database si sta avviando',
    'il database si sta spegnendo',
  ],
  ja: [
    '"%s"(%s)、ポート%sのサーバーへの接続に失敗しました:',
    '"%s"、ポート%sのサーバーへの接続に失敗しました:',
    'ソケット"%s"のサーバーへの接続に失敗しました:',
    'サーバーはそのホスト上で稼働していてTCP/IP接続を受け付けていますか?',
    'サーバーはローカルで稼働していてそのソケットで接続を受け付けていますか?',
    '現在クライアント数が多すぎます',
    'pg_hba.conf にホスト"%s"、ユーザー"%s"、データベース"%s, %s用のエントリがありません',
    'データベースシステムは起動処理中です',
    'データベースシステムはシャットダウンしています',
  ],
  ka: [
    'სერვერის ("%s" (%s)) %s-ე პორტზე მიერთების შეცდომა:',
    'სერვერის ("%s" ) %s-ე პორტზე მიერთების შეცდომა:',
    'სოკეტით ("%s")სერვერთან მიერთების შეცდომა:',
    'არის სერვერი გაშვებული ამ ჰოსტზე და ეთანხმება TCP/IP შეერთებებს?',
    'არს სერვერი ლოკალურად გაშვებული და მზადაა სოკეტითა დასაკავშირებლად?',
    'უკაცრავად, უკვე მეტისმეტად ბევრი კლიენტია',
    'pg_hba.conf-ში ჩანაწერი ჰოსტისთვის "%s" მომხმარებელი "%s", ბაზა "%s", %s აღმოჩენილი არაა',
    'მიმდინარეობს მონაცემთა ბაზის სისტემის გაშვება',
    'მონაცემთა ბაზის სისტემა ითიშება',
  ],
  ko: [
    '"%s" (%s), %s 포트로 서버 접속 할 수 없음:',
    '"%s" 포트 %s 서버에 접속 할 수 없음:',
    '"%s" 소켓으로 서버 접속 할 수 없음:',
    '해당 호스트에 서버가 실행 중이고, TCP/IP 접속을 허용하는지 확인하세요.',
    '로컬 연결을 시도 중이고, 유닉스 도메인 소켓 접속을 허용하는지 확인하세요.',
    '최대 동시 접속자 수를 초과했습니다.',
    '호스트 "%s", 사용자 "%s", 데이터베이스 "%s", %s 연결에 대한 설정이 pg_hba.conf 파일에 없습니다.',
    '데이터베이스 시스템이 새로 가동 중입니다.',
    '데이터베이스 시스템이 중지 중입니다',
  ],
  ru: [
    'подключиться к серверу "%s" (%s), порту %s не удалось:',
    'подключиться к серверу "%s", порту %s не удалось:',
    'подключиться к серверу через сокет "%s" не удалось:',
    'Сервер действительно работает по данному адресу и принимает TCP-соединения?',
    'Сервер действительно работает локально и принимает подключения через этот сокет?',
    'извините, уже слишком много клиентов',
    'в pg_hba.conf нет записи для компьютера "%s", пользователя "%s", базы "%s", %s',
    'система баз данных запускается',
    'система баз данных останавливается',
  ],
  sv: [
    'anslutning til server på "%s" (%s), port %s misslyckades:',
    'anslutning till server på "%s", port %s misslyckades:',
    'anslutning till server på socket "%s" misslyckades:',
    'Kör servern på den värden och accepterar den TCP/IP-anslutningar?',
    'Kör servern lokalt och accepterar den',
    'ledsen, för många klienter',
    'ingen rad i pg_hba.conf för värd "%s", användare "%s", databas "%s", %s',
    'databassystemet startar upp',
    'databassystemet stänger ner',
  ],
  uk: [
    'підключення до серверу "%s" (%s), порт %s провалено:',
    'підключення до серверу "%s", порт %s провалено:',
    'помилка при з\'єднанні з сервером через сокет "%s":',
    'Чи працює сервер на цьому хості і приймає TCP/IP підключення?',
    'Чи працює сервер локально і приймає підключення до цього сокету?',
    'вибачте, вже забагато клієнтів',
    'в pg_hba.conf немає запису для хосту "%s", користувача "%s", бази даних "%s", %s',
    'система бази даних запускається',
    'система бази даних завершує роботу',
  ],
  zh_CN: [
    '连接到"%s" (%s)上的服务器，端口%s失败：',
    '连接到"%s"上的服务器，端口%s失败：',
    '连接到套接字"%s"上的服务器失败:',
    '服务器是否在该主机上运行并接受TCP/IP连接?',
    '服务器是否在本地运行并接受该套接字上的连接?',
    '对不起, 已经有太多的客户',
    '没有用于主机 "%s", 用户 "%s", 数据库 "%s", %s 的 pg_hba.conf 记录',
    '数据库系统启动中',
    '数据库系统停止中',
  ],
}

const { keywords, patterns } = catalogueMessages(libpq)

/**
 * PostgreSQL's connection failures in another language than English: libpq's `Verbindung zum
 * Server auf »db.internal« (10.0.0.3), Port 5432 fehlgeschlagen:`, `falló la conexión al servidor
 * en «127.0.0.1», puerto 5432:`, its question whether the server runs, and the server's
 * refusals (too many clients, no pg_hba.conf entry, starting up). One pattern per language.
 *
 * @example
 * ```ts
 * '{"error":"falló la conexión al servidor en «db.internal» (10.0.0.3), puerto 5432: Connection refused"}' // flagged
 * ```
 */
export const driverErrorLocalized = defineRule({
  id: 'driver-error-localized',
  category: 'driver-error',
  description:
    'PostgreSQL connection failures in the languages libpq and the server translate them to (Czech, German, Greek, Spanish, French, Italian, Japanese, Georgian, Korean, Russian, Swedish, Ukrainian, Chinese): connection to server at x, port N failed, whether the server runs on that host, too many clients, no pg_hba.conf entry, the database system starting up or shutting down.',
  keywords,
  pattern: patterns,
  message: 'shows a database connection error in its client or server language',
  examples: {
    leaky: [
      '{"error":"falló la conexión al servidor en «db.internal» (10.0.0.3), puerto 5432: Connection refused"}',
      'SQLSTATE[08006] [7] Verbindung zum Server auf »127.0.0.1«, Port 5432 fehlgeschlagen: FATAL:  Passwort-Authentifizierung für Benutzer »shop« fehlgeschlagen',
      '{"error":"подключиться к серверу \\"127.0.0.1\\", порту 5432 не удалось: ВАЖНО:  база данных \\"shop\\" не существует"}',
      'la connexion au serveur sur « db.internal » (10.0.0.3), port 5432 a échoué : Connexion refusée\n\tLe serveur est-il actif sur cet hôte et accepte-t-il les connexions ?',
      '连接到"127.0.0.1"上的服务器，端口5432失败：拒绝连接',
    ],
    safe: [
      '{"error":"Die Verbindung zum Server ist fehlgeschlagen. Bitte versuchen Sie es später erneut."}',
      '{"error":"La connexion au serveur a échoué. Réessayez plus tard."}',
      '{"error":"No se pudo conectar con el servidor."}',
      '{"error":"服务器连接失败，请稍后重试"}',
    ],
  },
})

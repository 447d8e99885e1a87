import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a PostgreSQL ledger is and who connects: read from a `postgres://` URL, then libpq's environment
/// (`PGUSER`, `PGPASSWORD`, `PGHOST`, `PGPORT`, `PGDATABASE`, `PGSSLMODE`) and `~/.pgpass` (or `PGPASSFILE`), as psql
/// does. The password is kept only to connect: `shown` never holds it.
public struct PostgresAddress: Sendable, Equatable {
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    /// The folder of the server's Unix socket, when `host` is a path (`?host=/run/postgresql`).
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// Whether `sslmode` was asked for (in the URL or PGSSLMODE), so the shown URL keeps it.
    var tlsGiven: Bool
    public var connectTimeout: Int

    /// Whether a ledger argument names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("postgres://") || l.hasPrefix("postgresql://")
    }

    /// Parses a URL; `environment` and `home` stand for the process's (tests pass their own).
    public init(
        url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String? = nil
    ) throws {
        guard PostgresAddress.isURL(url), let parts = URLComponents(string: url) else {
            throw PostgresLedgerError.badURL(shown: PostgresAddress.redacted(url))
        }
        var query: [String: String] = [:]
        for item in parts.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let known: Set<String> = [
            "sslmode", "host", "port", "user", "password", "dbname", "connect_timeout",
            "application_name",
        ]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw PostgresLedgerError.unknownParameter(
                unknown, shown: PostgresAddress.redacted(url), known: known.sorted())
        }
        let env = { (name: String) -> String? in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let hostPart = parts.percentEncodedHost.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        var host = hostPart ?? query["host"] ?? env("PGHOST") ?? "/var/run/postgresql"
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let portText = parts.port.map(String.init) ?? query["port"] ?? env("PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw PostgresLedgerError.badURL(shown: PostgresAddress.redacted(url))
        }
        self.port = port
        socketFolder = host.hasPrefix("/") ? host : nil
        self.host = host
        let urlUser = parts.percentEncodedUser.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        user = urlUser ?? query["user"] ?? env("PGUSER") ?? PostgresAddress.systemUser(environment)
        let path = parts.percentEncodedPath.removingPercentEncoding ?? ""
        let db = path.hasPrefix("/") ? String(path.dropFirst()) : path
        database = db.isEmpty ? (query["dbname"] ?? env("PGDATABASE") ?? user) : db
        let mode = query["sslmode"] ?? env("PGSSLMODE")
        guard let tls = TLSMode(rawValue: mode ?? "prefer") else {
            throw PostgresLedgerError.badTLSMode(mode ?? "", known: TLSMode.allCases.map(\.rawValue))
        }
        self.tls = tls
        tlsGiven = mode != nil
        connectTimeout = Int(query["connect_timeout"] ?? env("PGCONNECT_TIMEOUT") ?? "10").map { max($0, 1) } ?? 10
        let urlPassword = parts.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        password =
            urlPassword ?? query["password"] ?? env("PGPASSWORD")
            ?? PostgresAddress.passFile(environment: environment, home: home).flatMap {
                PostgresAddress.lookUp(
                    in: $0, host: socketFolder == nil ? host : "localhost", port: port,
                    database: database, user: user)
            }
    }

    /// The URL as shown to people and in reports: `postgres://user@host:port/db`, never a password.
    public var shown: String {
        var s = "postgres://\(user)@"
        if socketFolder == nil {
            s += host.contains(":") ? "[\(host)]" : host
            s += ":\(port)"
        }
        s += "/\(database)"
        var q: [String] = []
        if let socketFolder { q.append("host=\(socketFolder)") }
        if tlsGiven { q.append("sslmode=\(tls.rawValue)") }
        return q.isEmpty ? s : s + "?" + q.joined(separator: "&")
    }

    /// A URL with any password in it replaced, for an error about a URL that could not be read.
    public static func redacted(_ url: String) -> String {
        guard let at = url.range(of: "@"), let scheme = url.range(of: "://"), scheme.upperBound <= at.lowerBound
        else { return url.components(separatedBy: "?").first ?? url }
        let userInfo = url[scheme.upperBound..<at.lowerBound]
        let user = userInfo.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        let rest = url[at.upperBound...].components(separatedBy: "?").first ?? ""
        return url[..<scheme.upperBound] + user + "@" + rest
    }

    static func systemUser(_ environment: [String: String]) -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "postgres"
    }

    /// The password file psql reads: PGPASSFILE, else ~/.pgpass; nil when there is none.
    static func passFile(environment: [String: String], home: String?) -> String? {
        let path =
            environment["PGPASSFILE"]
            ?? ((home ?? environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".pgpass")
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }

    /// The first line of a password file (`host:port:database:user:password`, `*` matching anything, `\:` and `\\`
    /// escaped) that fits the connection.
    static func lookUp(in file: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [""]
            var escaped = false
            for ch in line {
                if escaped {
                    fields[fields.count - 1].append(ch)
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else if ch == ":" && fields.count < 5 {
                    fields.append("")
                } else {
                    fields[fields.count - 1].append(ch)
                }
            }
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}

import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import VerityLedger

/// One connection to the server, used synchronously: each query waits for its result on the calling thread while
/// the connection's event loop does the work, so the ledger protocol stays the same for both stores.
final class PostgresSession: @unchecked Sendable {
    let connection: PostgresConnection
    let address: PostgresAddress
    /// Silent: the client's messages could name the server's parameters, and a command prints only its own lines.
    static let logger = Logger(label: "verity.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    private init(connection: PostgresConnection, address: PostgresAddress) {
        self.connection = connection; self.address = address
    }

    deinit { try? connection.close().wait() }

    static func connect(_ address: PostgresAddress) throws -> PostgresSession {
        var config: PostgresConnection.Configuration
        if let folder = address.socketFolder {
            config = .init(
                unixSocketPath: (folder as NSString).appendingPathComponent(".s.PGSQL.\(address.port)"),
                username: address.user, password: address.password, database: address.database)
        } else {
            config = .init(
                host: address.host, port: address.port, username: address.user, password: address.password,
                database: address.database, tls: try tls(address))
        }
        config.options.connectTimeout = .seconds(Int64(address.connectTimeout))
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: config, id: 1, logger: logger
            ).wait()
            return PostgresSession(connection: connection, address: address)
        } catch {
            throw PostgresSession.describe(error, address)
        }
    }

    /// libpq's sslmodes: disable sends in the clear; allow and prefer use TLS when the server offers it, unverified;
    /// require insists on it, unverified; verify-ca checks the certificate, verify-full its host name too.
    static func tls(_ address: PostgresAddress) throws -> PostgresConnection.Configuration.TLS {
        var conf = TLSConfiguration.makeClientConfiguration()
        switch address.tls {
        case .disable: return .disable
        case .allow, .prefer, .require: conf.certificateVerification = .none
        case .verifyCA: conf.certificateVerification = .noHostnameVerification
        case .verifyFull: conf.certificateVerification = .fullVerification
        }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: conf) } catch {
            throw PostgresLedgerError.tlsFailed(shown: address.shown, reason: "\(error)")
        }
        switch address.tls {
        case .allow, .prefer: return .prefer(context)
        default: return .require(context)
        }
    }

    // MARK: queries

    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try connection.query(query, logger: PostgresSession.logger).wait().rows
    }

    /// Statements without parameters (the schema's migrations, transaction control), one after another: the
    /// extended protocol takes one statement at a time, so they are split at each `;` that ends a line outside a
    /// dollar-quoted function body.
    func simple(_ sql: String) throws {
        for statement in PostgresSession.statements(sql) {
            _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresSession.logger).wait()
        }
    }

    static func statements(_ sql: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody, line.trimmingCharacters(in: .whitespaces).hasSuffix(";") {
                out.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    func scalar<T: PostgresDecodable>(_ query: PostgresQuery, as: T.Type = T.self) throws -> T? {
        try rows(query).first.map { try $0.decode(T.self) }
    }

    // MARK: errors

    /// The sentence for an error of the client or the server; LedgerError and PostgresLedgerError pass unchanged.
    static func describe(_ error: any Error, _ address: PostgresAddress) -> any Error {
        if error is LedgerError || error is PostgresLedgerError { return error }
        let shown = address.shown
        guard let e = error as? PSQLError else {
            if error is NIOSSLError { return PostgresLedgerError.tlsFailed(shown: shown, reason: "\(error)") }
            return PostgresLedgerError.unreachable(shown: shown, reason: reason(error))
        }
        switch e.code {
        case .sslUnsupported: return PostgresLedgerError.noTLS(shown: shown)
        case .failedToAddSSLHandler:
            return PostgresLedgerError.tlsFailed(shown: shown, reason: e.underlying.map(reason) ?? "no handshake")
        case .authMechanismRequiresPassword: return PostgresLedgerError.passwordNeeded(shown: shown, user: address.user)
        case .connectionError:
            if let u = e.underlying, u is NIOSSLError {
                return PostgresLedgerError.tlsFailed(shown: shown, reason: "\(u)")
            }
            return PostgresLedgerError.unreachable(shown: shown, reason: e.underlying.map(reason) ?? "no answer")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return PostgresLedgerError.connectionLost(shown: shown)
        case .server:
            let state = e.serverInfo?[.sqlState] ?? ""
            let message = e.serverInfo?[.message] ?? "the server refused the request"
            switch state {
            case "28P01": return PostgresLedgerError.wrongPassword(shown: shown, user: address.user)
            case "28000":
                return PostgresLedgerError.notAllowed(shown: shown, message: message)
            case "3D000": return PostgresLedgerError.noDatabase(shown: shown, database: address.database)
            case "42501": return PostgresLedgerError.notAllowed(shown: shown, message: message)
            default: return PostgresLedgerError.server(shown: shown, message: message)
            }
        default:
            return PostgresLedgerError.server(shown: shown, message: "\(e.code)")
        }
    }

    /// Why a connection failed, in a few words (NIO's errors name the address and the system's reason).
    static func reason(_ error: any Error) -> String {
        if let e = error as? NIOConnectionError {
            if e.dnsAAAAError != nil || e.dnsAError != nil, e.connectionErrors.isEmpty {
                return "the host name is unknown"
            }
            if let first = e.connectionErrors.first { return reason(first.error) }
        }
        if let e = error as? IOError { return String(cString: strerror(e.errnoCode)).lowercased() }
        if error is ChannelError { return "no answer in time" }
        return "\(error)"
    }
}

/// What a server error says, for telling a retryable conflict from a real refusal.
extension PSQLError {
    var sqlState: String? { code == .server ? serverInfo?[.sqlState] : nil }
}

import Foundation
import VerityCheck
import Yams

/// `.verity.yml`: rule severities and switches (`rules: {number.unsourced: off, sources.conflict: error}`).
public enum ConfigFile {
    /// The nearest `.verity.yml` in `directory` or a folder above it.
    public static func find(from directory: URL) -> String? {
        var dir = directory
        while true {
            let candidate = dir.appendingPathComponent(".verity.yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    struct Contents: Decodable { var rules: [String: String]? }

    public static func load(_ path: String) throws -> CheckConfig {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ConfigError.unreadable(path) }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return CheckConfig() }
        let contents: Contents?
        do { contents = try YAMLDecoder().decode(Contents?.self, from: text) } catch { throw ConfigError.notYAML(path) }
        var cfg = CheckConfig()
        for (rule, value) in contents?.rules ?? [:] {
            guard RuleID(rawValue: rule) != nil else { throw ConfigError.unknownRule(path, rule) }
            switch value.lowercased() {
            case "off", "false", "no": cfg.severities[rule] = .some(nil)
            case let v:
                guard let s = Severity(rawValue: v) else { throw ConfigError.badSeverity(path, rule, value) }
                cfg.severities[rule] = .some(s)
            }
        }
        return cfg
    }
}

/// A `.verity.yml` Verity cannot use, in words its user can act on.
public enum ConfigError: LocalizedError, Equatable {
    case unreadable(String), notYAML(String), unknownRule(String, String), badSeverity(String, String, String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let p): "cannot read the config file \(p)"
        case .notYAML(let p): "\(p) is not valid YAML (expected rules: {RULE: error|warning|info|off})"
        case .unknownRule(let p, let r): "\(p): unknown rule '\(r)'"
        case .badSeverity(let p, let r, let v): "\(p): rule \(r) must be error, warning, info or off, not '\(v)'"
        }
    }
}

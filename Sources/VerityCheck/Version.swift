public enum VerityCheckVersion { public static let contract = 1 }

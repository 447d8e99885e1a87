public enum VerityReportVersion {}

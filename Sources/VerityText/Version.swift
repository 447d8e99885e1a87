public enum VerityTextVersion {}

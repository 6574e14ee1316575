import TolkKit

/// The preview server of `tolk serve` (being built).
public enum PreviewServer {}

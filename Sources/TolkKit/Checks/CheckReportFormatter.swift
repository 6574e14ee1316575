import Foundation

/// Writes a `CheckReport` as a table for people, JSON for scripts or JUnit XML for CI dashboards.
public enum CheckReportFormatter {
    /// "87.5": a percentage with one decimal, independent of the locale.
    static func percent(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// "3 errors", "1 warning".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

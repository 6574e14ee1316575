import CQRencode
import Foundation

/// A QR code (libqrencode) drawn as inline SVG: one path of dark modules on a white square with
/// the 4-module quiet zone the standard asks for, `crispEdges` so printers get sharp modules.
struct QRCode: Sendable, Hashable {
    /// Modules per side, without the quiet zone.
    let size: Int
    /// Dark modules, row by row.
    let modules: [Bool]

    static let quietZone = 4

    /// Encodes text at error correction level M (15 %: a creased or smudged printout still scans).
    /// Nil only when the text is too long for any QR version (about 2,300 bytes).
    init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        modules = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark.
    subscript(x x: Int, y y: Int) -> Bool { modules[y * size + x] }

    /// The code as an `<svg>` element; `label` is its accessible name (the URL).
    func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        // Built as bytes: a code has hundreds of runs, and string interpolation per run was a
        // measurable part of rendering every handout.
        var path = [UInt8]()
        path.reserveCapacity(size * size)
        func append(_ number: Int) {
            if number >= 10 { append(number / 10) }
            path.append(UInt8(0x30 + number % 10))
        }
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x: x, y: y] else { x += 1; continue }
                var run = 1
                while x + run < size, self[x: x + run, y: y] { run += 1 }
                path.append(UInt8(ascii: "M")); append(x + Self.quietZone)
                path.append(UInt8(ascii: " ")); append(y + Self.quietZone)
                path.append(UInt8(ascii: "h")); append(run)
                path.append(contentsOf: "v1h-".utf8); append(run)
                path.append(UInt8(ascii: "z"))
                x += run
            }
        }
        return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" "
            + "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(String(decoding: path, as: UTF8.self))\"/></svg>"
    }
}

/// QR codes drawn once per URL during a render: a page's code appears in its handout, its
/// bilingual handout and the program page.
final class QRCodeCache: Sendable {
    private let drawn = KeptValues<String, String?>()

    /// The `<svg>` of a URL's code, nil when the URL is too long for a QR code.
    func svg(for url: String) -> String? {
        drawn.value(for: url) { url in QRCode(url).map { $0.svg(label: url) } }
    }
}

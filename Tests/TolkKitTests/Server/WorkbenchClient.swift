import Foundation
@testable import TolkKit
@testable import TolkServer

/// Requests of the workbench API as the page makes them, with the server's own token, Host and Origin.
extension RunningServer {
    var editToken: String { server.editToken }

    /// The JSON of `GET /_tolk/api/page?path=...`.
    func page(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, json: [String: Any]) {
        let reply = try await get("/_tolk/api/page?path=\(path)", headers: headers)
        return (reply.status, (try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any]) ?? [:])
    }

    /// The unit `id` of a page as the API gives it.
    func unit(_ path: String, _ id: String) async throws -> [String: Any] {
        let units = try await page(path).json["units"] as? [[String: Any]] ?? []
        guard let unit = units.first(where: { $0["unit"] as? String == id }) else { throw TestFailure("no unit \(id) on \(path)") }
        return unit
    }

    /// `POST /_tolk/api/unit`; `headers` replace the page's own (set one to "" to leave it out).
    func postUnit(_ body: [String: Any], headers: [String: String] = [:]) async throws -> (status: Int, json: [String: Any]) {
        var all = ["Content-Type": "application/json", "X-Tolk-Token": editToken, "Origin": "http://127.0.0.1:\(port)"]
        for (name, value) in headers { all[name] = value }
        all = all.filter { !$0.value.isEmpty }
        let data = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
        let reply = try await RawHTTP.send(port: port, "POST", "/_tolk/api/unit", headers: all, body: String(decoding: data, as: UTF8.self))
        return (reply.status, (try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any]) ?? [:])
    }
}

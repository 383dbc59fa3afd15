import CPango
import Foundation

/// SHA-256 through GLib, which Pango already links: one hash does not justify a cryptography package.
public enum Checksum {
    /// The lowercase hexadecimal SHA-256 of `data` (GLib's `g_compute_checksum_for_data`, which accepts no
    /// bytes with a null pointer).
    public static func sha256(_ data: Data) -> String {
        data.withUnsafeBytes { bytes in
            let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
            guard let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, base, gsize(bytes.count)) else { return "" }
            defer { g_free(hex) }
            return String(cString: hex)
        }
    }
}

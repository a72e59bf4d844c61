import CCairo
import Foundation

/// Compares two PNG images pixel by pixel with a small tolerance, so that a golden page survives
/// invisible anti-aliasing differences but not a moved, missing or changed mark.
struct ImageComparison {
    /// A channel differing by more than this (0–255) makes the pixel count as different.
    var channelTolerance = 32
    /// The share of pixels that may differ.
    var pixelTolerance = 0.002

    struct Outcome {
        var sameSize: Bool
        var differingPixels: Int
        var totalPixels: Int
        var share: Double { totalPixels == 0 ? 1 : Double(differingPixels) / Double(totalPixels) }
    }

    func compare(_ expected: Data, _ actual: Data) throws -> Outcome {
        let left = try Self.pixels(of: expected)
        let right = try Self.pixels(of: actual)
        guard left.width == right.width, left.height == right.height else {
            return Outcome(sameSize: false, differingPixels: left.bytes.count / 4, totalPixels: left.bytes.count / 4)
        }
        var differing = 0
        for pixel in 0..<(left.bytes.count / 4) {
            let offset = pixel * 4
            for channel in 0..<4 where abs(Int(left.bytes[offset + channel]) - Int(right.bytes[offset + channel])) > channelTolerance {
                differing += 1
                break
            }
        }
        return Outcome(sameSize: true, differingPixels: differing, totalPixels: left.width * left.height)
    }

    func matches(_ outcome: Outcome) -> Bool {
        outcome.sameSize && outcome.share <= pixelTolerance
    }

    private struct Pixels {
        var width: Int
        var height: Int
        var bytes: [UInt8]
    }

    private static func pixels(of png: Data) throws -> Pixels {
        let file = try Fixtures.temporaryFile(png, suffix: ".png")
        defer { try? FileManager.default.removeItem(at: file) }
        guard let surface = cairo_image_surface_create_from_png(file.path) else { throw ComparisonError.unreadable }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              let data = cairo_image_surface_get_data(surface) else { throw ComparisonError.unreadable }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(width * height * 4)
        for row in 0..<height {
            bytes.append(contentsOf: UnsafeBufferPointer(start: data + row * stride, count: width * 4))
        }
        return Pixels(width: width, height: height, bytes: bytes)
    }

    enum ComparisonError: Error {
        case unreadable
    }
}

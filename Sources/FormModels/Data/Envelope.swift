import Core

/// The window envelope an approval notice is mailed in, with its cover letter folded in three behind the
/// window: 長形3号 (120 × 235 mm, laid on its side) with the common window of 90 × 45 mm, 23 mm from its left
/// and 13 mm from its top edge, unless the profile gives another (`envelope:` in `profile.yaml`).
///
/// A4 folded in three is 210 × 99 mm, smaller than the envelope, so it moves inside it: by up to 25 mm
/// sideways and 21 mm up and down in 長形3号. `visibleWindow` is the part of the sheet that the window shows
/// wherever the sheet lies (where the address goes), and `windowReach` all that it can show (where nothing
/// else may go).
public struct Envelope: Sendable, Equatable {
    /// The envelope's outside, laid on its side: width is the long edge.
    public var width: Millimetres
    public var height: Millimetres
    /// The window, from the envelope's top-left corner.
    public var window: PageFrame

    public init(width: Millimetres, height: Millimetres, window: PageFrame) {
        self.width = width
        self.height = height
        self.window = window
    }

    /// 長形3号 and its common window.
    public static let naga3 = Envelope(width: 235, height: 120, window: PageFrame(x: 23, y: 13, width: 90, height: 45))

    /// The A4 sheet folded in three, its top third outward: 210 mm by a third of 297 mm.
    public static let foldedSheet = (width: Millimetres(210), height: Millimetres(99))

    /// How far the folded sheet can move inside the envelope, across and up and down.
    private var play: (across: Millimetres, down: Millimetres) {
        (max(0, width - Self.foldedSheet.width), max(0, height - Self.foldedSheet.height))
    }

    /// The part of the sheet (from its top-left corner) that the window shows wherever the sheet lies in
    /// the envelope; nil when no part always shows.
    public var visibleWindow: PageFrame? {
        let frame = PageFrame(x: window.x, y: window.y, width: window.width - play.across, height: window.height - play.down)
        return frame.width > 0 && frame.height > 0 ? frame : nil
    }

    /// Every part of the sheet that the window can show as the sheet moves.
    public var windowReach: PageFrame {
        PageFrame(x: window.x - play.across, y: window.y - play.down, width: window.width + play.across,
                  height: window.height + play.down)
    }
}

import FormDisplay

/// `--cover-letter` and `--envelope-guide`, which `render` and `batch` share.
enum CoverLetterOptions {
    static let specs: [OptionSpec] = [
        .flag("cover-letter", help: "承認（不承認）連絡書の前に、窓付き封筒（長形3号）用の送付状（宛名・親展・送付書類）を付けます"),
        .flag("envelope-guide", help: "送付状に封筒の窓の枠と三つ折りの折り線も印刷します（試し折り用。--cover-letter を含みます）"),
    ]

    /// The cover letter the arguments ask for, if any.
    static func coverLetter(_ arguments: ParsedArguments) -> CoverLetter? {
        let guide = arguments.flag("envelope-guide")
        return arguments.flag("cover-letter") || guide ? CoverLetter(envelopeGuide: guide) : nil
    }
}

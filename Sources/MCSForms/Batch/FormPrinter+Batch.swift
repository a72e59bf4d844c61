extension FormPrinter {
    /// A printer for one of a batch's workers: the batch's resources and profile, and its subset faces.
    convenience init(batch options: BatchOptions, fontSubsets: FontSubsets?) throws {
        try self.init(resources: options.resources, profile: options.profile, templates: options.templates,
                      coverLetter: options.coverLetter, typeface: options.typeface)
        self.fontSubsets = fontSubsets
    }
}

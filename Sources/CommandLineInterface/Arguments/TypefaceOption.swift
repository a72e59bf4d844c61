/// `--typeface NAME`, which `render` and `batch` share.
enum TypefaceOption {
    static let spec = OptionSpec.option(
        "typeface", value: "NAME", help: "ほかの書体で印刷します: ud（BIZ UD明朝・BIZ UDゴシック。高齢の方や弱視の方にも読みやすい書体）")
}

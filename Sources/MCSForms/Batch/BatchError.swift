/// A problem that stops a whole batch (as opposed to one bad record, which only fails that record).
public enum BatchError: Error, CustomStringConvertible, Sendable {
    case cannotCreate(String)
    case cannotSubset(String)
    case cannotSerialize

    public var description: String {
        switch self {
        case .cannotCreate(let path): "フォルダを作れません: \(path)"
        case .cannotSubset(let path): "字体の部分集合を作れません: \(path)"
        case .cannotSerialize: "記録を YAML に直せません"
        }
    }
}

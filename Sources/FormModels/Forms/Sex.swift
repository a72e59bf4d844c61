/// 性別 of a user in the approval and withdrawal tables, written `男` or `女`.
public enum Sex: String, CaseIterable, Codable, Sendable {
    case male = "男"
    case female = "女"
}

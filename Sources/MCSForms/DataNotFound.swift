import Core
import Foundation

/// No place holds mcs-forms's data: one line naming every folder looked in, grouped by why it was a
/// candidate, and `MCS_FORMS_HOME`.
///
/// `mcs-forms のデータ（Templates/ と Fonts/fonts.yaml）が見つかりません。探した場所: 実行ファイルの隣
/// /opt/x/share/mcs-forms、開発用ビルドのプロジェクトフォルダ /opt/x・/opt・/、MCS_FORMS_HOME（未設定）。…`
public struct DataNotFound: Error, Sendable, Equatable, CustomStringConvertible {
    /// A folder looked in, and why it was a candidate.
    public struct Place: Sendable, Equatable {
        public var folder: URL
        public var origin: ResourceLocation.Origin
    }

    /// The folders looked in, in order; `MCS_FORMS_HOME`'s last, when it is set.
    public var places: [Place]

    public var description: String { ProblemWording.message(problem) }

    /// The problem of the catalogue: each kind of place with its folders, then `MCS_FORMS_HOME` when unset.
    public var problem: Problem {
        var groups: [(origin: ResourceLocation.Origin, folders: [String])] = []
        for place in places {
            if groups.last?.origin == place.origin {
                groups[groups.count - 1].folders.append(place.folder.path)
            } else {
                groups.append((place.origin, [place.folder.path]))
            }
        }
        let looked = groups.map { "\($0.origin) \($0.folders.joined(separator: "・"))" }
        return .dataNotFound(looked: looked, homeUnset: !places.contains { $0.origin == .environment })
    }
}

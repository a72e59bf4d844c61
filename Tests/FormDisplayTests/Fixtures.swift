import Foundation
import FormDisplay
import FormInput
import FormModels

/// The shipped data files: 別表1, 別表2 and the organization profile.
private let dataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates/data")

/// A builder and a decoder with the shipped data.
let (builder, decoder): (DisplayBuilder, InputDecoder) = {
    do {
        let tables = try CodeTables.load(from: dataDirectory)
        let profile = try OrganizationProfile.load(from: dataDirectory.appendingPathComponent("profile.yaml"))
        return (DisplayBuilder(profile: profile, tables: tables), InputDecoder(tables: tables))
    } catch {
        fatalError("the shipped data files do not load: \(error)")
    }
}()

let profileKeys: Set<String> = ["profile.network", "profile.association", "profile.presidentTitle", "profile.president",
                                "profile.secretariat", "profile.postalCode", "profile.address", "profile.phone",
                                "profile.fax", "profile.email"]

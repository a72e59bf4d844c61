import Core
import FormDisplay
import FormModels
import Testing

@Suite struct BlankValuesTests {
    private static let dateKeys: Set<String> = ["date", "applicationDate", "effectiveDate"]

    @Test(arguments: FormKind.allCases)
    func fieldsAreEmptyExceptDatesAndProfile(kind: FormKind) throws {
        let values = try builder.blankValues(for: kind)
        #expect(values.conditions.contains("blank"))
        for (key, value) in values.fields {
            if Self.dateKeys.contains(key) {
                #expect(value == "令和　　年　　月　　日", "\(key)")
            } else if profileKeys.contains(key) {
                #expect(!value.isEmpty, "\(key)")
            } else {
                #expect(value == "", "\(key)")
            }
        }
        #expect(profileKeys.isSubset(of: values.fields.keys))
    }

    @Test func applicationHasNoRowsButBothTables() throws {
        let values = try builder.blankValues(for: .application)
        #expect(values.lists["applicants"] == [])
        #expect(values.lists["facilityTypes"]?.first == DisplayRow(fields: ["number": "1", "name": "病院"]))
        #expect(values.lists["occupations"]?.count == 44)
        #expect(values.conditions == ["blank"])
    }

    @Test func approvalIsUndecided() throws {
        let values = try builder.blankValues(for: .approval)
        #expect(values.conditions == ["blank", "undecided"])
        #expect(values.lists["users"] == [])
    }

    @Test func consentPrintsBothCopies() throws {
        let copies = try builder.blankValues(for: .consent).lists["copies"]?.map(\.conditions)
        #expect(copies == [["patientCopy"], ["staffCopy"]])
    }
}

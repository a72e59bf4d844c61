import FormModels

extension ConsentForm {
    /// Reads 別紙様式4 from the input's root mapping; every name and address may be left out.
    init(reading file: MappingReader) {
        self.init(
            copies: file.optional("copies").map(Self.readCopies) ?? Copy.allCases,
            date: file.date("date"),
            patient: file.group("patient", Person.init(reading:)) ?? Person(),
            family: file.group("family", Relative.init(reading:)) ?? Relative(),
            proxy: file.group("proxy", Relative.init(reading:)) ?? Relative(),
            explainer: file.group("explainer", Explainer.init(reading:)) ?? Explainer()
        )
    }

    private static func readCopies(_ value: ValueReader) -> [Copy] {
        let copies = value.items { $0.choice(Copy.self) }
        if value.node.sequence?.isEmpty == true { value.report(Wording.expectedNonEmptyList) }
        return copies.isEmpty ? Copy.allCases : copies
    }
}

extension ConsentForm.Person {
    init(reading person: MappingReader) {
        self.init(name: person.text("name"), address: person.text("address"))
    }
}

extension ConsentForm.Relative {
    init(reading relative: MappingReader) {
        self.init(name: relative.text("name"), relationship: relative.text("relationship"), address: relative.text("address"))
    }
}

extension ConsentForm.Explainer {
    init(reading explainer: MappingReader) {
        self.init(office: explainer.text("office"), name: explainer.text("name"))
    }
}

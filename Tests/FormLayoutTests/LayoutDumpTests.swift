import Core
import FormLayout
import Testing

/// The text dump: one stable line per item.
@Suite struct LayoutDumpTests {
    @Test func dumpsEveryKindOfItem() throws {
        let document = try layout(try page(
            "{ kind: text, x: 20, y: 15, text: \"<別紙様式2>\" }",
            "{ kind: field, bind: office.name, x: 20, y: 20, width: 50, height: 7, size: 10 }",
            "{ kind: rule, x1: 20, y1: 40, x2: 190, y2: 40, weight: 0.2 }",
            "{ kind: rule, x1: 20, y1: 45, x2: 190, y2: 45, dashed: true }",
            "{ kind: box, x: 20, y: 50, width: 30, height: 10 }",
            "{ kind: seal, x: 100, y: 60, diameter: 6 }"
        ), DisplayValues(fields: ["office.name": "大崎医院"]))
        #expect(LayoutDump.text(of: document) == """
            p1 text 20.0 18.3 ipaexm 10.5 <別紙様式2>
            p1 text 20.0 24.8 ipaexm 10.0 @office.name 大崎医院
            p1 rule 20.0 40.0 190.0 40.0 0.20
            p1 rule 20.0 45.0 190.0 45.0 0.20 dashed
            p1 rect 20.0 50.0 30.0 10.0 0.30
            p1 circle 100.0 60.0 3.0 0.20
            p1 text 98.1 61.4 ipaexm 10.5 印

            """)
    }

    @Test func metadataIsChosenByConditionAndFilled() throws {
        let document = try layout(try template("""
            form: test
            metadata:
              title: [{ text: "利用不承認連絡書", when: rejected }, "利用承認連絡書"]
              subject: ["{office.name}"]
              author: [医師会]
            pages: []
            """), DisplayValues(fields: ["office.name": "大崎医院"], conditions: ["rejected"]))
        #expect(document.title == "利用不承認連絡書")
        #expect(document.subject == "大崎医院")
        #expect(document.author == "医師会")
    }
}

/// Text printed over other text is found.
@Suite struct OverlapTests {
    @Test func overlappingTextIsFoundAndTouchingTextIsNot() throws {
        let document = try layout(try page(
            "{ kind: text, x: 20, y: 20, size: 10, text: \"上に重なる文字列\" }",
            "{ kind: text, x: 30, y: 21.5, size: 10, text: \"下の文字列\" }",
            "{ kind: text, x: 20, y: 30, size: 10, text: \"「申請」「届出」\" }",
            "{ kind: paragraph, x: 20, y: 40, width: 60, size: 10, text: \"本事業所において、運用ルールを遵守し、利用申し込み及び誓約いたします。\" }",
            "{ kind: field, bind: name, x: 20, y: 60, width: 60, height: 8 }"
        ), DisplayValues(fields: ["name": "𠮷田　太郎"]))
        let pairs = document.pages[0].overlappingRuns()
        #expect(pairs.map { [$0.0.text, $0.1.text] } == [["上に重なる文字列", "下の文字列"]])
    }
}

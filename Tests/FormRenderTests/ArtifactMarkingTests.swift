@testable import FormRender
import Testing

/// What a page paints outside its structure tree is enclosed as an artifact; nothing else moves.
@Suite struct ArtifactMarkingTests {
    @Test(arguments: [
        // A rule between two tagged texts, after the page's transformation and save.
        ("1 0 0 -1 0 841 cm\nq\n/P << /MCID 0 >> BDC\nBT (a) Tj ET\nEMC\n0 0 0 RG 0.85 w\n10 20 30 40 re S\n/P << /MCID 1 >> BDC\nBT (b) Tj ET\nEMC\nQ\n",
         "1 0 0 -1 0 841 cm\nq\n/P << /MCID 0 >> BDC\nBT (a) Tj ET\nEMC\n/Artifact BMC\n0 0 0 RG 0.85 w\n10 20 30 40 re S\nEMC\n/P << /MCID 1 >> BDC\nBT (b) Tj ET\nEMC\nQ\n"),
        // An operator's name inside a string or a dictionary is an operand.
        ("/P << /MCID 0 /Note (EMC S) >> BDC\nBT (EMC \\) S) Tj ET\nEMC\n1 2 m 3 4 l S\n",
         "/P << /MCID 0 /Note (EMC S) >> BDC\nBT (EMC \\) S) Tj ET\nEMC\n/Artifact BMC\n1 2 m 3 4 l S\nEMC\n"),
        // Text outside marked content, and a state change after the last painting, which stays outside.
        ("BT <0001> Tj ET\n0.5 w\n", "/Artifact BMC\nBT <0001> Tj ET\nEMC\n0.5 w\n"),
        // Only marked content: nothing to mark.
        ("/P << /MCID 0 >> BDC 1 2 m 3 4 l S EMC", "/P << /MCID 0 >> BDC 1 2 m 3 4 l S EMC"),
    ])
    func paintingOutsideMarkedContentIsAnArtifact(_ content: String, _ expected: String) {
        #expect(String(decoding: ArtifactMarking.marked(Array(content.utf8)), as: UTF8.self) == expected)
    }
}

import Foundation
import Gongkai
import Testing

@Suite(.serialized) struct VolumeTests {
    /// The contents' page numbers are the numbers printed on the pages where the departments start.
    @Test func theContentsPointAtThePagesTheDepartmentsStartOn() throws {
        let directory = try Support.temporaryDirectory()
        let inputs = (directory as NSString).appendingPathComponent("in")
        let output = (directory as NSString).appendingPathComponent("out")
        let volume = (directory as NSString).appendingPathComponent("volume.pdf")
        _ = try Support.run(Support.gongkai, ["sample-data", "--count", "4", "--seed", "11", "-o", inputs])
        let result = try Support.run(
            Support.gongkai, ["batch", inputs, "-o", output, "--volume", volume, "--jobs", "2", "--layout", Support.layout])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Support.tool("qpdf", ["--check", volume]).status == 0)

        let text = try Support.tool("pdftotext", ["-raw", volume, "-"]).stdout
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { $0.filter { !$0.isWhitespace } }
        #expect(pages[0].contains("2024年部门预算信息公开汇编"))
        let contents = pages[1]
        #expect(contents.hasPrefix("目录"))
        let departments = try FileManager.default.contentsOfDirectory(atPath: inputs).sorted().map {
            try DisclosureLoader.load(contentsOf: (inputs as NSString).appendingPathComponent($0))
        }
        // The contents page laid out: each entry's line ends with its page number.
        let contentsLines = try Support.tool("pdftotext", ["-layout", "-f", "2", "-l", "2", volume, "-"]).stdout
            .split(separator: "\n").map(String.init)
        for department in departments {
            let name = department.department.name
            let line = try #require(
                contentsLines.first { $0.contains(department.department.code) && $0.contains(String(name.prefix(6))) },
                "\(name) not in the contents")
            let number = try #require(line.split(separator: " ").last.flatMap { Int($0) }, "no page number in \"\(line)\"")
            // Cover and contents come first, so the department's title is on physical page number + 2, and
            // that page prints the number.
            let start = try #require(pages.firstIndex { $0.hasPrefix(name) }, "no page starts with \(name)")
            #expect(start == number + 1, "\(name): the contents say \(number), the title is on physical page \(start + 1)")
            #expect(pages[start].hasSuffix(String(number)), "page \(start + 1) does not print \(number)")
        }
        // Each contents entry links to its department's first page: a link annotation whose destination
        // is that page's object.
        let qpdf = try #require(try JSONSerialization.jsonObject(
            with: Data(try Support.tool("qpdf", ["--json", "--json-key=qpdf", "--json-key=pages", volume]).stdout.utf8)) as? [String: Any])
        let pageObjects = try #require(qpdf["pages"] as? [[String: Any]]).compactMap { $0["object"] as? String }
        let table = try #require((qpdf["qpdf"] as? [Any])?.last as? [String: Any])
        let links = table.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }.filter { $0["/Subtype"] as? String == "/Link" }
        let linkedPages = Set(links.compactMap { ($0["/Dest"] as? [Any])?.first as? String }.compactMap { pageObjects.firstIndex(of: $0) })
        for department in departments {
            let start = try #require(pages.firstIndex { $0.hasPrefix(department.department.name) })
            #expect(linkedPages.contains(start), "no link to page \(start + 1)")
        }
        // Each department's title is a heading of its own in the structure, after the cover's and the
        // contents' (the departments were set separately, and their elements never merge).
        let structure = try Support.tool("pdfinfo", ["-struct-text", volume]).stdout
        let headings = structure.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("H1") }
        #expect(headings.count == departments.count + 2, "\(headings.count) H1 elements")
        let outlines = try JSONSerialization.jsonObject(
            with: Data(try Support.tool("qpdf", ["--json", "--json-key=outlines", volume]).stdout.utf8)) as? [String: Any]
        let entries = try #require(outlines?["outlines"] as? [[String: Any]])
        #expect(entries.count == departments.count)
        #expect(entries.allSatisfy { ($0["kids"] as? [Any])?.count ?? 0 >= 9 })
    }
}

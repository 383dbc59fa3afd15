import Foundation
import Gongkai
import Testing

/// The PDF as a published document, checked with qpdf: valid, bookmarked, described, labelled.
@Suite(.serialized) struct PublishedPDFTests {
    func json(_ pdf: String, key: String) throws -> Any {
        let output = try Support.tool("qpdf", ["--json", "--json-key=\(key)", pdf])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return try #require(object?[key])
    }

    /// Every indirect object's dictionary, from qpdf's JSON.
    func objects(_ pdf: String) throws -> [[String: Any]] {
        let qpdf = try #require(try json(pdf, key: "qpdf") as? [Any])
        let table = try #require(qpdf.last as? [String: Any])
        return table.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
    }

    /// Without SOURCE_DATE_EPOCH a PDF is dated the first of its budget year, four digits of year as ISO 8601 asks.
    @Test(.enabled(if: getenv("SOURCE_DATE_EPOCH") == nil)) func creationDateIsTheFirstOfTheYear() {
        #expect(DisclosureRenderer.defaultCreationDate(year: 2023) == "2023-01-01T00:00:00Z")
        #expect(DisclosureRenderer.defaultCreationDate(year: 987) == "0987-01-01T00:00:00Z")
        #expect(DisclosureRenderer.defaultCreationDate(year: 12345) == "12345-01-01T00:00:00Z")
    }

    @Test func qpdfFindsNoErrors() throws {
        let pdf = try Support.samplePDF()
        let check = try Support.tool("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("No syntax or stream encoding errors found"))
    }

    @Test func theOutlineHasAnEntryPerSectionWithSubheadingsNested() throws {
        let pdf = try Support.samplePDF()
        let outlines = try #require(try json(pdf, key: "outlines") as? [[String: Any]])
        let titles = outlines.compactMap { $0["title"] as? String }
        #expect(titles.map { String($0.prefix(2)) } == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "附件"])
        // The standard tables are bookmarked under the attachment, 表一 to 表九.
        let tables = (outlines.last?["kids"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
        #expect(tables.map { String($0.prefix(2)) } == ["表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九"])
        let firstKids = (outlines.first?["kids"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
        #expect(firstKids.contains("1.1 主要职责"))
        #expect(firstKids.contains("（一）、办公室工作职责"))
        // Each entry points at the page its heading is on.
        let fifth = try #require(outlines.first { ($0["title"] as? String)?.hasPrefix("五、") == true })
        #expect((fifth["destpageposfrom1"] as? Int ?? 0) > 1)
    }

    /// Issue #6: the sample small (Cairo's own PDF was 797 KB). Cairo's dictionaries (the structure tree
    /// above all) go into compressed object streams, with a cross-reference stream instead of the table.
    /// Under 250 KB with three Noto faces; 300 KB with the 楷体 face (LXGW WenKai, 14 KB) and the glyphs of
    /// the matrix's bold duty rows (Noto Serif Bold, 51 KB more).
    @Test func theSampleIsUnder320KBWithItsDictionariesCompressed() throws {
        let pdf = try Support.samplePDF()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.count < 320 * 1024, "\(bytes.count) bytes")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("/Type /ObjStm"))
        #expect(text.contains("/Type /XRef"))
        #expect(!text.contains("/Type /StructElem"), "structure elements outside object streams")
    }

    @Test func metadataLanguageAndPageLabelsAreSet() throws {
        let pdf = try Support.samplePDF()
        let all = try objects(pdf)
        let info = try #require(all.first { $0["/Author"] != nil && $0["/Creator"] != nil })
        #expect((info["/Title"] as? String)?.contains("承德高新技术产业开发区总工会2023年部门预算信息公开") == true)
        #expect((info["/Author"] as? String)?.contains("承德高新技术产业开发区总工会") == true)
        #expect(info["/CreationDate"] as? String == "u:D:20230101000000Z" || (info["/CreationDate"] as? String)?.contains("20230101") == true)
        let catalogs = all.filter { $0["/Type"] as? String == "/Catalog" }
        #expect(catalogs.contains { ($0["/Lang"] as? String)?.contains("zh-CN") == true })
        let labels = try #require(try json(pdf, key: "pagelabels") as? [[String: Any]])
        let first = try #require(labels.first?["label"] as? [String: Any])
        #expect(first["/S"] as? String == "/D")
        #expect(first["/St"] as? Int == 1)
    }

    /// Tagged PDF: a structure tree with headings, paragraphs, lists and tables (header and data cells),
    /// and the catalog marked as tagged.
    @Test func theStructureTreeHasHeadingsListsAndTables() throws {
        let pdf = try Support.samplePDF()
        let all = try objects(pdf)
        let catalog = try #require(all.last { $0["/Type"] as? String == "/Catalog" })
        #expect(catalog["/StructTreeRoot"] != nil)
        #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        #expect(all.contains { $0["/Type"] as? String == "/StructTreeRoot" })
        let roles = all.compactMap { $0["/S"] as? String }
        for role in ["/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD", "/Caption"] {
            #expect(roles.contains(role), "no \(role) element")
        }
        // The matrix's two-level header: 评价标准 and 优 良 中 差 are header cells.
        #expect(roles.filter { $0 == "/TH" }.count >= 10)
        // Spans as table attributes: header cells over two rows, 评价标准 over four columns, activities over
        // their indicator rows, single standards over 优 to 差.
        func spans(_ role: String, _ key: String) -> [Int] {
            all.filter { $0["/S"] as? String == role }.compactMap { ($0["/A"] as? [String: Any])?[key] as? Int }
        }
        #expect(spans("/TH", "/RowSpan").contains(2))
        #expect(spans("/TH", "/ColSpan").contains(4))
        #expect(spans("/TD", "/RowSpan").contains(3))
        #expect(spans("/TD", "/ColSpan").contains(4))
        #expect(all.filter { ($0["/A"] as? [String: Any])?["/O"] as? String == "/Table" }.count > 50)
        let check = try Support.tool("qpdf", ["--check", pdf])
        #expect(check.status == 0)
    }

    /// A table's header repeated on its continuation pages is an artifact, not content again: the matrix
    /// runs over several pages, and its header cells are in the structure once. Elements of separate
    /// sections (the standard tables are sections of their own) stay apart.
    @Test func repeatedHeadersAreInTheStructureOnce() throws {
        let pdf = try Support.samplePDF()
        let structure = try Support.tool("pdfinfo", ["-struct-text", pdf])
        #expect(structure.status == 0, "\(structure.stderr)")
        #expect(structure.stdout.components(separatedBy: "\"职责活动\"").count - 1 == 1)
        // The notes under 表一 and 表八 are paragraphs of their own, not part of the first page's.
        let lines = structure.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for note in ["\"注：本部门公开表中", "\"注：承德高新技术产业开发区总工会2023年没有使用"] {
            let index = try #require(lines.firstIndex { $0.hasPrefix(note) }, "\(note) not in the structure")
            #expect(lines[index - 1].hasPrefix("P"), "\(note) is not a paragraph of its own: \(lines[index - 1])")
        }
    }

    /// A web address in the data becomes a link; the sentence's full stop is not part of it.
    @Test func aURLInTheDataBecomesALink() throws {
        let directory = try Support.temporaryDirectory()
        let input = try Support.sampleVariant(
            with: "详见 https://czj.example.gov.cn/yusuan?year=2023 和 www.example.gov.cn。", in: directory, name: "url.yaml")
        let pdf = (directory as NSString).appendingPathComponent("url.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        _ = try renderer.render(DisclosureLoader.load(contentsOf: input), layout: LayoutLoader.load(from: Support.layout), to: pdf)
        let uris = try objects(pdf).filter { $0["/Subtype"] as? String == "/Link" }
            .compactMap { ($0["/A"] as? [String: Any])?["/URI"] as? String }
        #expect(uris.contains { $0.hasSuffix("https://czj.example.gov.cn/yusuan?year=2023") })
        #expect(uris.contains { $0.hasSuffix("http://www.example.gov.cn") })
        #expect(try Support.tool("qpdf", ["--check", pdf]).status == 0)
    }

    /// The same document read with pypdf: outline, metadata, language, structure tree, page labels.
    @Test func pypdfReadsTheOutlineMetadataAndStructure() throws {
        let pdf = try Support.samplePDF()
        let script = """
            import sys, pypdf
            r = pypdf.PdfReader(sys.argv[1])
            print("outline", "|".join(o.title for o in r.outline if not isinstance(o, list)))
            print("title", r.metadata.title)
            print("author", r.metadata.author)
            root = r.trailer["/Root"]
            print("lang", root["/Lang"])
            print("marked", root["/MarkInfo"]["/Marked"])
            print("structure", "/StructTreeRoot" in root)
            print("labels", r.page_labels[0], r.page_labels[-1], len(r.pages))
            """
        let output = try Support.run("/usr/bin/env", ["python3", "-c", script, pdf])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = Dictionary(uniqueKeysWithValues: output.stdout.split(separator: "\n").map { line -> (String, String) in
            let parts = line.split(separator: " ", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        })
        #expect(lines["outline"]?.split(separator: "|").map { String($0.prefix(2)) } == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "附件"])
        #expect(lines["title"] == "承德高新技术产业开发区总工会2023年部门预算信息公开")
        #expect(lines["author"] == "承德高新技术产业开发区总工会")
        #expect(lines["lang"] == "zh-CN")
        #expect(lines["marked"] == "True")
        #expect(lines["structure"] == "True")
        let labels = lines["labels"]?.split(separator: " ") ?? []
        #expect(labels.count == 3 && labels[0] == "1" && labels[1] == labels[2])
    }
}

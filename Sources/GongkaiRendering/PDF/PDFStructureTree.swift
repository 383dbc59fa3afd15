import GongkaiTypesetting

/// The logical structure of a tagged PDF (PDF 1.7 §14.7–14.8) as pages are written: one element per
/// `StructureTag` (so a paragraph or table continued on the next page stays one element), under a
/// Document element, in the order content first reaches it; marked content and link annotations as
/// the elements' kids, and the parent tree that leads from them back to their elements.
struct PDFStructureTree {
    enum Kid {
        case element(Int)
        case markedContent(page: Int, mcid: Int)
        case annotation(object: Int, page: Int)
    }

    struct Element {
        var role: String
        var parent: Int?
        var kids: [Kid] = []
        /// The page of its first marked content: where /Pg points.
        var page: Int?
        var rowSpan = 1
        var colSpan = 1
    }

    /// Element 0 is the Document.
    private(set) var elements: [Element] = [Element(role: "Document", parent: nil)]
    private var elementOfTag: [StructureTag: Int] = [:]
    /// Per page, the element of each marked-content id (MCID), in order.
    private(set) var markedContent: [[Int]] = []
    /// Link annotations, in order: their objects and elements (their /StructParent is page count + index).
    private(set) var annotations: [(object: Int, element: Int)] = []

    /// The last path looked up and its element: consecutive runs mostly share their path.
    private var lastPath: [StructureTag] = []
    private var lastElement = 0

    /// The element for the innermost tag of `path`, created with its ancestors as needed.
    mutating func element(for path: [StructureTag]) -> Int {
        if path == lastPath { return lastElement }
        var parent = 0
        for tag in path {
            if let known = elementOfTag[tag] {
                parent = known
                continue
            }
            var element = Element(role: tag.role, parent: parent)
            element.rowSpan = tag.rowSpan
            element.colSpan = tag.colSpan
            elements.append(element)
            let number = elements.count - 1
            elements[parent].kids.append(.element(number))
            elementOfTag[tag] = number
            parent = number
        }
        lastPath = path
        lastElement = parent
        return parent
    }

    /// A Link element under `parent`.
    mutating func linkElement(under parent: Int) -> Int {
        elements.append(Element(role: "Link", parent: parent))
        let number = elements.count - 1
        elements[parent].kids.append(.element(number))
        return number
    }

    /// A new MCID on `page` for content of `element`.
    mutating func markContent(of element: Int, on page: Int) -> Int {
        while markedContent.count <= page { markedContent.append([]) }
        let mcid = markedContent[page].count
        markedContent[page].append(element)
        elements[element].kids.append(.markedContent(page: page, mcid: mcid))
        if elements[element].page == nil { elements[element].page = page }
        return mcid
    }

    /// Records a link annotation of `element`; returns its /StructParent key.
    mutating func addAnnotation(_ object: Int, of element: Int, on page: Int, pageCount: Int) -> Int {
        elements[element].kids.append(.annotation(object: object, page: page))
        annotations.append((object, element))
        return pageCount + annotations.count - 1
    }

    /// Writes the elements and the tree root; returns the root's number.
    func write(into objects: inout PDFObjectList, pages: [Int]) -> Int {
        let root = objects.reserve()
        let numbers = elements.map { _ in objects.reserve() }
        for (index, element) in elements.enumerated() {
            var entries: [PDFEntry] = [
                PDFEntry(key: Array("/Type".utf8), value: .name("StructElem")),
                PDFEntry(key: Array("/S".utf8), value: .name(element.role)),
                PDFEntry(key: Array("/P".utf8), value: .reference(element.parent.map { numbers[$0] } ?? root)),
            ]
            if let page = element.page { entries.append(PDFEntry(key: Array("/Pg".utf8), value: .reference(pages[page]))) }
            let kids: [PDFValue] = element.kids.map { kid in
                switch kid {
                case .element(let child):
                    return .reference(numbers[child])
                case .markedContent(let page, let mcid) where page == element.page:
                    return PDFSyntax.integer(mcid)
                case .markedContent(let page, let mcid):
                    return .dictionary(["/Type": .name("MCR"), "/Pg": .reference(pages[page]), "/MCID": PDFSyntax.integer(mcid)])
                case .annotation(let object, let page):
                    return .dictionary(["/Type": .name("OBJR"), "/Pg": .reference(pages[page]), "/Obj": .reference(object)])
                }
            }
            entries.append(PDFEntry(key: Array("/K".utf8), value: kids.count == 1 ? kids[0] : .array(kids)))
            if element.rowSpan > 1 || element.colSpan > 1 {
                var attributes: [PDFEntry] = [PDFEntry(key: Array("/O".utf8), value: .name("Table"))]
                if element.rowSpan > 1 { attributes.append(PDFEntry(key: Array("/RowSpan".utf8), value: PDFSyntax.integer(element.rowSpan))) }
                if element.colSpan > 1 { attributes.append(PDFEntry(key: Array("/ColSpan".utf8), value: PDFSyntax.integer(element.colSpan))) }
                entries.append(PDFEntry(key: Array("/A".utf8), value: .dictionary(attributes)))
            }
            objects.set(numbers[index], .dictionary(entries))
        }
        // The parent tree: page i's marked content by MCID, then each annotation's element.
        var nums: [PDFValue] = []
        for page in pages.indices {
            let owners = page < markedContent.count ? markedContent[page] : []
            nums += [PDFSyntax.integer(page), .array(owners.map { .reference(numbers[$0]) })]
        }
        for (index, annotation) in annotations.enumerated() {
            nums += [PDFSyntax.integer(pages.count + index), .reference(numbers[annotation.element])]
        }
        let parentTree = objects.add(.dictionary(["/Nums": .array(nums)]))
        objects.set(
            root,
            .dictionary([
                "/Type": .name("StructTreeRoot"), "/K": .reference(numbers[0]), "/ParentTree": .reference(parentTree),
                "/ParentTreeNextKey": PDFSyntax.integer(pages.count + annotations.count),
            ]))
        return root
    }
}

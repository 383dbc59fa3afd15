import GongkaiTypesetting

/// The logical structure of a tagged PDF (PDF 1.7 §14.7–14.8) as pages are written, under a Document
/// element: an element per `StructureTag` for as long as content continues it (a paragraph or table
/// carried over to the next page stays one element; artifacts in between do not interrupt it), in the
/// order content reaches it; marked content and link annotations as the elements' kids, and the parent
/// tree that leads from them back to their elements.
struct PDFStructureTree {
    enum Kid {
        case element(Int)
        case markedContent(page: Int, mcid: Int)
        /// The document's `ordinal`-th link annotation, whose object is numbered when the tree is written.
        case annotation(ordinal: Int, page: Int)
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
    /// The path of the content drawn last, with its elements: what the next content may continue.
    private var openPath: [(tag: StructureTag, element: Int)] = []
    /// Per page, the element of each marked-content id (MCID), in order.
    private var markedContent: [[Int]] = []
    /// The element of each link annotation, in order (an annotation's /StructParent is page count + index).
    private var annotations: [Int] = []

    /// The element for the innermost tag of `path`: the open elements of the path's leading tags that
    /// continue the content drawn last, and new elements for the rest. A tag met again after other
    /// content is a new element, so ids repeated by separately set parts (a volume's departments) never
    /// join unrelated content.
    mutating func element(for path: [StructureTag]) -> Int {
        var shared = 0
        while shared < path.count, shared < openPath.count, openPath[shared].tag == path[shared] { shared += 1 }
        if shared == path.count, shared == openPath.count, let last = openPath.last { return last.element }
        openPath.removeLast(openPath.count - shared)
        var parent = openPath.last?.element ?? 0
        for tag in path[shared...] {
            var element = Element(role: tag.role, parent: parent)
            element.rowSpan = tag.rowSpan
            element.colSpan = tag.colSpan
            elements.append(element)
            let number = elements.count - 1
            elements[parent].kids.append(.element(number))
            openPath.append((tag, number))
            parent = number
        }
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

    /// Records a link annotation of `element`; returns its ordinal (its /StructParent key is the page
    /// count plus the ordinal).
    mutating func addAnnotation(of element: Int, on page: Int) -> Int {
        elements[element].kids.append(.annotation(ordinal: annotations.count, page: page))
        annotations.append(element)
        return annotations.count - 1
    }

    /// Writes the elements and the tree root; returns the root's number.
    /// - Parameter annotationObjects: the object number of each link annotation, by ordinal.
    func write(into objects: inout PDFObjectList, pages: [Int], annotationObjects: [Int]) -> Int {
        let root = objects.reserve()
        let numbers = elements.map { _ in objects.reserve() }
        for (index, element) in elements.enumerated() {
            var dictionary = PDFDictionaryWriter()
            dictionary.name("/Type", "StructElem")
            dictionary.name("/S", element.role)
            dictionary.reference("/P", element.parent.map { numbers[$0] } ?? root)
            if let page = element.page { dictionary.reference("/Pg", pages[page]) }
            dictionary.value("/K") { bytes in
                if element.kids.count != 1 { bytes.append(UInt8(ascii: "[")) }
                for (position, kid) in element.kids.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: " ")) }
                    switch kid {
                    case .element(let child):
                        PDFSyntax.appendReference(numbers[child], into: &bytes)
                    case .markedContent(let page, let mcid) where page == element.page:
                        PDFSyntax.appendInteger(mcid, into: &bytes)
                    case .markedContent(let page, let mcid):
                        var reference = PDFDictionaryWriter()
                        reference.name("/Type", "MCR")
                        reference.reference("/Pg", pages[page])
                        reference.integer("/MCID", mcid)
                        bytes += reference.finish()
                    case .annotation(let ordinal, let page):
                        var reference = PDFDictionaryWriter()
                        reference.name("/Type", "OBJR")
                        reference.reference("/Pg", pages[page])
                        reference.reference("/Obj", annotationObjects[ordinal])
                        bytes += reference.finish()
                    }
                }
                if element.kids.count != 1 { bytes.append(UInt8(ascii: "]")) }
            }
            if element.rowSpan > 1 || element.colSpan > 1 {
                var attributes = PDFDictionaryWriter()
                attributes.name("/O", "Table")
                if element.rowSpan > 1 { attributes.integer("/RowSpan", element.rowSpan) }
                if element.colSpan > 1 { attributes.integer("/ColSpan", element.colSpan) }
                let written = attributes.finish()
                dictionary.value("/A") { $0 += written }
            }
            objects.set(numbers[index], written: dictionary.finish())
        }
        // The parent tree: page i's marked content by MCID, then each annotation's element.
        var parentTree = PDFDictionaryWriter()
        parentTree.value("/Nums") { bytes in
            bytes.append(UInt8(ascii: "["))
            for page in pages.indices {
                PDFSyntax.appendInteger(page, into: &bytes)
                bytes += Array(" [".utf8)
                let owners = page < markedContent.count ? markedContent[page] : []
                for (position, owner) in owners.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: " ")) }
                    PDFSyntax.appendReference(numbers[owner], into: &bytes)
                }
                bytes += Array("] ".utf8)
            }
            for (index, element) in annotations.enumerated() {
                PDFSyntax.appendInteger(pages.count + index, into: &bytes)
                bytes.append(UInt8(ascii: " "))
                PDFSyntax.appendReference(numbers[element], into: &bytes)
                bytes.append(UInt8(ascii: " "))
            }
            bytes.append(UInt8(ascii: "]"))
        }
        let parentTreeNumber = objects.reserve()
        objects.set(parentTreeNumber, written: parentTree.finish())
        objects.set(
            root,
            .dictionary([
                "/Type": .name("StructTreeRoot"), "/K": .reference(numbers[0]), "/ParentTree": .reference(parentTreeNumber),
                "/ParentTreeNextKey": PDFSyntax.integer(pages.count + annotations.count),
            ]))
        return root
    }
}

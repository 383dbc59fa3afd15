import GongkaiTypesetting

/// The logical structure of a tagged PDF (PDF 1.7 §14.7–14.8) as pages are written, under a Document
/// element: an element per `StructureTag` for as long as content continues it (a paragraph or table
/// carried over to the next page stays one element; artifacts in between do not interrupt it), in the
/// order content reaches it; marked content and link annotations as the elements' kids, and the parent
/// tree that leads from them back to their elements.
package struct PDFStructureTree {
    /// A kid of an element, in a list of its element's kids (`next`, -1 at the end). Kept small: a long
    /// table has an element for every cell, each with kids, until the document is written.
    private struct Kid {
        enum Kind: UInt8 {
            /// An element: `value` is its index.
            case element
            /// Marked content: `value` is the MCID on page `page`.
            case markedContent
            /// A link annotation: `value` is its ordinal among the document's.
            case annotation
        }

        var kind: Kind
        var value: Int32
        package var page: Int32
        var next: Int32 = -1
    }

    private struct Element {
        /// An index into `roles`.
        package var role: UInt16
        package var rowSpan: UInt16 = 1
        package var colSpan: UInt16 = 1
        /// -1 for the Document.
        package var parent: Int32
        /// The page of its first marked content, where /Pg points; -1 without.
        package var page: Int32 = -1
        var firstKid: Int32 = -1
        var lastKid: Int32 = -1
        var kidCount: Int32 = 0
    }

    /// Element 0 is the Document.
    private var elements: [Element] = [Element(role: 0, parent: -1)]
    private var kids: [Kid] = []
    /// The roles met (few), element roles index them.
    private var roles: [String] = ["Document"]
    /// Each role's UTF-8, as element dictionaries write it.
    private var roleBytes: [[UInt8]] = [Array("Document".utf8)]
    /// The path of the content drawn last, with its elements: what the next content may continue.
    private var openPath: [(tag: StructureTag, element: Int)] = []
    /// Per page, the element of each marked-content id (MCID), in order.
    private var markedContent: [[Int32]] = []
    /// The element of each link annotation, in order (an annotation's /StructParent is page count + index).
    private var annotations: [Int32] = []

    package init() {}

    /// The standard structure type of `element`.
    package func role(of element: Int) -> String { roles[Int(elements[element].role)] }

    private mutating func addElement(role: String, parent: Int, rowSpan: Int = 1, colSpan: Int = 1) -> Int {
        // The roles are few: found by comparing them (short strings compare cheaply), not by hashing.
        let index = roles.firstIndex(of: role).map { UInt16($0) } ?? {
            roles.append(role)
            roleBytes.append(Array(role.utf8))
            return UInt16(roles.count - 1)
        }()
        elements.append(
            Element(
                role: index, rowSpan: UInt16(clamping: rowSpan), colSpan: UInt16(clamping: colSpan), parent: Int32(parent)))
        let number = elements.count - 1
        addKid(Kid(kind: .element, value: Int32(number), page: -1), to: parent)
        return number
    }

    private mutating func addKid(_ kid: Kid, to element: Int) {
        kids.append(kid)
        let index = Int32(kids.count - 1)
        if elements[element].lastKid >= 0 { kids[Int(elements[element].lastKid)].next = index } else { elements[element].firstKid = index }
        elements[element].lastKid = index
        elements[element].kidCount += 1
    }

    /// The element for the innermost tag of `path`: the open elements of the path's leading tags that
    /// continue the content drawn last, and new elements for the rest. A tag met again after other
    /// content is a new element, so ids repeated by separately set parts (a volume's departments) never
    /// join unrelated content.
    package mutating func element(for path: [StructureTag]) -> Int {
        var shared = 0
        while shared < path.count, shared < openPath.count, Self.same(openPath[shared].tag, path[shared]) { shared += 1 }
        if shared == path.count, shared == openPath.count, let last = openPath.last { return last.element }
        while openPath.count > shared { openPath.removeLast() }
        var parent = openPath.last?.element ?? 0
        for tag in path[shared...] {
            let number = addElement(role: tag.role, parent: parent, rowSpan: tag.rowSpan, colSpan: tag.colSpan)
            openPath.append((tag, number))
            parent = number
        }
        return parent
    }

    /// Whether two tags are equal, their numbers compared before their roles: tags that differ mostly
    /// differ in number, and numbers compare cheaper than strings.
    private static func same(_ a: StructureTag, _ b: StructureTag) -> Bool {
        a.id == b.id && a.rowSpan == b.rowSpan && a.colSpan == b.colSpan && a.role == b.role
    }

    /// A Link element under `parent`.
    package mutating func linkElement(under parent: Int) -> Int {
        addElement(role: "Link", parent: parent)
    }

    /// A new MCID on `page` for content of `element`.
    package mutating func markContent(of element: Int, on page: Int) -> Int {
        while markedContent.count <= page { markedContent.append([]) }
        let mcid = markedContent[page].count
        markedContent[page].append(Int32(element))
        addKid(Kid(kind: .markedContent, value: Int32(mcid), page: Int32(page)), to: element)
        if elements[element].page < 0 { elements[element].page = Int32(page) }
        return mcid
    }

    /// Records a link annotation of `element`; returns its ordinal (its /StructParent key is the page
    /// count plus the ordinal).
    package mutating func addAnnotation(of element: Int, on page: Int) -> Int {
        addKid(Kid(kind: .annotation, value: Int32(annotations.count), page: Int32(page)), to: element)
        annotations.append(Int32(element))
        return annotations.count - 1
    }

    /// Writes the elements and the tree root; returns the root's number.
    /// - Parameter annotationObjects: the object number of each link annotation, by ordinal.
    package func write(into objects: inout PDFObjectList, pages: [Int], annotationObjects: [Int]) -> Int {
        let root = objects.reserve()
        let first = objects.reserve()
        // Written as the file is: a dictionary each, a few times the size of the records.
        _ = objects.generate(count: elements.count - 1) { [self] number, bytes in
            write(number - first, into: &bytes, root: root, first: first, pages: pages, annotationObjects: annotationObjects)
        }
        var document: [UInt8] = []
        write(0, into: &document, root: root, first: first, pages: pages, annotationObjects: annotationObjects)
        objects.set(first, written: document)
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
                    PDFSyntax.appendReference(first + Int(owner), into: &bytes)
                }
                bytes += Array("] ".utf8)
            }
            for (index, element) in annotations.enumerated() {
                PDFSyntax.appendInteger(pages.count + index, into: &bytes)
                bytes.append(UInt8(ascii: " "))
                PDFSyntax.appendReference(first + Int(element), into: &bytes)
                bytes.append(UInt8(ascii: " "))
            }
            bytes.append(UInt8(ascii: "]"))
        }
        let parentTreeNumber = objects.reserve()
        objects.set(parentTreeNumber, written: parentTree.finish())
        objects.set(
            root,
            .dictionary([
                "/Type": .name("StructTreeRoot"), "/K": .reference(first), "/ParentTree": .reference(parentTreeNumber),
                "/ParentTreeNextKey": PDFSyntax.integer(pages.count + annotations.count),
            ]))
        return root
    }

    private static let structElem = Array("StructElem".utf8)

    /// Appends the dictionary of element `index` to `output`, the elements numbered from `first` on.
    private func write(_ index: Int, into output: inout [UInt8], root: Int, first: Int, pages: [Int], annotationObjects: [Int]) {
        let element = elements[index]
        var dictionary = PDFDictionaryWriter(appendingTo: &output)
        dictionary.name("/Type", bytes: Self.structElem)
        dictionary.name("/S", bytes: roleBytes[Int(element.role)])
        dictionary.reference("/P", element.parent >= 0 ? first + Int(element.parent) : root)
        if element.page >= 0 { dictionary.reference("/Pg", pages[Int(element.page)]) }
        dictionary.beginValue("/K")
        if element.kidCount != 1 { dictionary.append(UInt8(ascii: "[")) }
        var next = element.firstKid
        while next >= 0 {
            let kid = kids[Int(next)]
            if next != element.firstKid { dictionary.append(UInt8(ascii: " ")) }
            next = kid.next
            switch kid.kind {
            case .element:
                dictionary.appendReference(first + Int(kid.value))
            case .markedContent where kid.page == element.page:
                dictionary.appendInteger(Int(kid.value))
            case .markedContent:
                var reference = PDFDictionaryWriter()
                reference.name("/Type", "MCR")
                reference.reference("/Pg", pages[Int(kid.page)])
                reference.integer("/MCID", Int(kid.value))
                dictionary.append(reference.finish())
            case .annotation:
                var reference = PDFDictionaryWriter()
                reference.name("/Type", "OBJR")
                reference.reference("/Pg", pages[Int(kid.page)])
                reference.reference("/Obj", annotationObjects[Int(kid.value)])
                dictionary.append(reference.finish())
            }
        }
        if element.kidCount != 1 { dictionary.append(UInt8(ascii: "]")) }
        if element.rowSpan > 1 || element.colSpan > 1 {
            var attributes = PDFDictionaryWriter()
            attributes.name("/O", "Table")
            if element.rowSpan > 1 { attributes.integer("/RowSpan", Int(element.rowSpan)) }
            if element.colSpan > 1 { attributes.integer("/ColSpan", Int(element.colSpan)) }
            dictionary.beginValue("/A")
            dictionary.append(attributes.finish())
        }
        dictionary.finish(into: &output)
    }
}

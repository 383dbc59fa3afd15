import CLibYAML
import Foundation

/// What names a department's output: its code, name and budget year.
public struct DepartmentIdentity: Hashable, Sendable {
    public var code: String
    public var name: String
    public var year: Int

    /// Reads `department.code`, `department.name` and `year` from libyaml's events of `yaml`, stopping as
    /// soon as it has them: a batch names every output before rendering, and building each file's tree
    /// for three fields would cost a tenth of rendering it. Nil when one of them is missing or not a plain
    /// value (an alias, a list), for loading the file to report.
    static func read(fromUTF8 yaml: UnsafeBufferPointer<UInt8>) -> DepartmentIdentity? {
        var code: String?
        var name: String?
        var year: Int?
        // The keys of the mappings open at this point (nil before a mapping's next key), and whether each
        // level is a mapping.
        var keys: [String?] = []
        var isMapping: [Bool] = []
        YAMLShape.events(ofUTF8: yaml) { event in
            switch event.type {
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                isMapping.append(event.type == YAML_MAPPING_START_EVENT)
                keys.append(nil)
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                isMapping.removeLast()
                keys.removeLast()
                // The collection that ended was its mapping's value: the next scalar there is a key.
                if isMapping.last == true { keys[keys.count - 1] = nil }
            case YAML_SCALAR_EVENT:
                guard isMapping.last == true else { break }
                let text = YAMLShape.scalarText(event)
                guard let key = keys[keys.count - 1] else {
                    keys[keys.count - 1] = text
                    break
                }
                keys[keys.count - 1] = nil
                if keys.count == 1, key == "year" { year = Int(text.trimmingCharacters(in: .whitespaces)) }
                if keys.count == 2, keys[0] == "department", key == "code" { code = text }
                if keys.count == 2, keys[0] == "department", key == "name" { name = text }
            case YAML_ALIAS_EVENT:
                if isMapping.last == true { keys[keys.count - 1] = keys[keys.count - 1] == nil ? "" : nil }
            default:
                break
            }
            return code == nil || name == nil || year == nil
        }
        guard let code, let name, let year else { return nil }
        return DepartmentIdentity(code: code, name: name, year: year)
    }
}

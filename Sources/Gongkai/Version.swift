/// Gongkai's version, as `gongkai --version` prints it.
public enum GongkaiVersion {
    public static let string = "0.19.0"
}

/// The version of sspwiki, shown by `--version` and in the cache key of later builds.
public enum SSPWikiVersion {
    public static let current = "0.1.0"
}

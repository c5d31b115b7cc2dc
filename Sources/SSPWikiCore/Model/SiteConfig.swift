/// The settings of the setting (school), from `site.yml`.
public struct SiteConfig: Sendable {
    public var setting: String
    public var phase: Phase?
    public var academicYearStart: Day?
    public var reviewSoonDays: Int = 14
    public var basePath: String?
    public var staffRates: [String: Double] = [:]
    public var calendarFullNames: Bool = false
    public var plainLanguageIgnore: [String] = []
    /// Quality rule id → `off`, `warning` or `error`.
    public var quality: [String: String] = [:]
    /// `import:`: the register export's headers and the need type mapping (`sspwiki import register`).
    public var registerImport = RegisterSettings()
    /// Which flags and fields are confidential setting-wide, and the audiences' names.
    public var confidentiality = ConfidentialitySettings()
    /// How long plans are kept (`retention:`).
    public var retention = RetentionPolicy()
    public var locations: FieldLocations

    public init(setting: String, locations: FieldLocations = FieldLocations(file: "site.yml")) {
        self.setting = setting
        self.locations = locations
    }
}

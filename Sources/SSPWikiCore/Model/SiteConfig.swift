/// The settings of the setting (school), from `site.yml`.
package struct SiteConfig: Sendable {
    package var setting: String
    package var phase: Phase?
    package var academicYearStart: Day?
    package var reviewSoonDays: Int = 14
    package var basePath: String?
    package var staffRates: [String: Double] = [:]
    package var calendarFullNames: Bool = false
    package var plainLanguageIgnore: [String] = []
    /// Quality rule id → `off`, `warning` or `error`.
    package var quality: [String: String] = [:]
    /// `import:`: the register export's headers and the need type mapping (`sspwiki import register`).
    package var registerImport = RegisterSettings()
    /// Which flags and fields are confidential setting-wide, and the audiences' names.
    package var confidentiality = ConfidentialitySettings()
    /// How long plans are kept (`retention:`).
    package var retention = RetentionPolicy()
    package var locations: FieldLocations

    package init(setting: String, locations: FieldLocations = FieldLocations(file: "site.yml")) {
        self.setting = setting
        self.locations = locations
    }
}

import Testing

/// The scanner the escaping tests rely on must catch real markup and ignore escaped text.
@Suite("Test helper: unsafeMarkup")
struct HTMLHelpersTests {
    @Test func catchesRunnableMarkup() {
        #expect(!unsafeMarkup(in: "<p><img src=x onerror=alert(1)></p>").isEmpty)
        #expect(!unsafeMarkup(in: "<SCRIPT>alert(1)</SCRIPT>").isEmpty)
        #expect(!unsafeMarkup(in: "<a href=\" JavaScript:alert(1)\">x</a>").isEmpty)
        #expect(!unsafeMarkup(in: "<a href='vbscript:x'>x</a>").isEmpty)
        #expect(!unsafeMarkup(in: "<img src=data:image/png;base64,AAAA>").isEmpty)
        #expect(!unsafeMarkup(in: "<dd title=\"\" onmouseover=\"x()\">").isEmpty)
        #expect(!unsafeMarkup(in: "<a href=\"javascript&#58;alert(1)\">").isEmpty)
        #expect(!unsafeMarkup(in: "<script src=\"https://evil.example/x.js\"></script>").isEmpty)
        #expect(!unsafeMarkup(in: "<script src=\"../media/x.js\"></script>").isEmpty)
    }

    @Test func ignoresEscapedText() {
        #expect(unsafeMarkup(in: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").isEmpty)
        #expect(unsafeMarkup(in: "<img alt=\"Photo of &quot; onerror=&quot;alert(1)\" src=\"a.jpg\">").isEmpty)
        #expect(unsafeMarkup(in: "<p>&lt;a href=javascript:alert(1)&gt;</p>").isEmpty)
        #expect(unsafeMarkup(in: "<a href=\"https://www.nhs.uk\">NHS</a> <a href=\"\">x</a>").isEmpty)
        #expect(unsafeMarkup(in: "<script src=\"../assets/reviews.js\" defer></script>").isEmpty, "the site's own script")
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TallyServer

@Suite("pages")
struct PageRouteTests {
    let thaiNguyen = "/p/2024-cd-so-ldtbxh-thai-nguyen"

    @Test func healthz() async throws {
        let served = try ServedFolder(seeds: false)
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == "ok\n")
            }
        }
    }

    @Test func rollUpLinksEveryProgrammeWithSecurityHeaders() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                let page = response.text
                #expect(page.contains("href=\"/p/2024-cd-so-ldtbxh-thai-nguyen\""))
                #expect(page.contains("href=\"/p/2020-tinh-doan-phu-tho\""))
                #expect(page.contains("href=\"/p/north/unit\""))
                #expect(page.contains("href=\"/p/small/club\""))
                #expect(page.contains("Club &lt;b&gt;&amp;&lt;/b&gt; &quot;Co&quot;"))
                #expect(!page.contains("<b>&</b>"))
                #expect(page.contains("<form class=\"asof\" method=\"get\" action=\"/\">"))
                #expect(page.contains("value=\"2024-06-30\""))
                #expect(!page.contains("<script"))
            }
        }
    }

    @Test func programmePageInItsLanguageLinksTargetsKeepingTheDate() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: thaiNguyen + "?as-of=2024-03-31", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<html lang=\"vi\">"))
                #expect(page.contains("Chương trình công tác công đoàn năm 2024"))
                #expect(page.contains("href=\"\(thaiNguyen)/t/party-recommendation?as-of=2024-03-31\""))
                #expect(page.contains("href=\"\(thaiNguyen)/remind?as-of=2024-03-31\""))
                #expect(page.contains("value=\"2024-03-31\""))
                #expect(page.contains("href=\"/?as-of=2024-03-31\""))
                #expect(page.contains("Tính đến ngày"))
            }
        }
    }

    @Test func targetPageShowsCardChartAndExplanation() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: thaiNguyen + "/t/party-recommendation", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("class=\"members\""))
            }
            try await client.execute(uri: thaiNguyen + "/t/inspections", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<svg"))
                #expect(page.contains("Cách tính chỉ tiêu"))
                #expect(page.contains("Được tính ("))
                #expect(page.contains("Cách tính:"))
                #expect(page.contains("aria-current=\"page\""))
            }
            try await client.execute(uri: thaiNguyen + "/t/no-such-target", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("no-such-target"))
            }
        }
    }

    @Test func remindersWithinAndABadWithin() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: thaiNguyen + "/remind?within=60d&as-of=2024-03-01", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Nhắc việc tính đến ngày"))
                #expect(response.text.contains("name=\"within\" value=\"60d\""))
                #expect(response.text.contains("href=\"\(thaiNguyen)/remind?within=60d\">Hôm nay</a>"))
            }
            try await client.execute(uri: "/p/small/club/remind?within=1d&as-of=2024-06-15", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Nothing falls due in the next 1 days."))
                #expect(response.text.contains("href=\"/p/small/club/remind?within=1d&amp;as-of=2024-06-15\""))
            }
            try await client.execute(uri: thaiNguyen + "/remind?within=soon", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("14d"))
            }
        }
    }

    @Test func unknownPathsProgrammesAndBadDates() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            for uri in ["/nowhere", "/p/nowhere", "/p/", "/p/north", "/p/small/club/extra/page", "/p/small/club/t"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                }
            }
            try await client.execute(uri: thaiNguyen + "?as-of=2024-02-30", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("lỗi[impossible-date]") || response.text.contains("as-of 2024-02-30 không phải ngày có thật: tháng 2 năm 2024 chỉ có 29 ngày"))
            }
            try await client.execute(uri: "/?as-of=yesterday", method: .get) { response in
                #expect(response.status == .badRequest)
                // No programme, no language: Vietnamese, then English.
                #expect(response.text.contains("as-of phải là ngày tháng, không phải &quot;yesterday&quot;"))
                #expect(response.text.contains("as-of must be a date, not &quot;yesterday&quot;"))
            }
            try await client.execute(uri: "/?as-of=%3Cscript%3E", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(!response.text.contains("<script>"))
                #expect(response.text.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func hostileRecordTextIsEscapedAndSchemesAreNotLinked() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            for uri in ["/p/small/club", "/p/small/club/t/meetings"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let page = response.text
                    #expect(!page.contains("<script"), "\(uri)")
                    #expect(!page.contains("<img"), "\(uri)")
                    #expect(page.contains("&lt;script&gt;alert(&#39;record&#39;)&lt;/script&gt;"), "\(uri)")
                    #expect(!page.contains("href=\"javascript:"), "\(uri)")
                    #expect(page.contains("href=\"https://example.org/report\""), "\(uri)")
                    #expect(page.contains("href=\"/files/small/records/minutes/m1.pdf\""), "\(uri)")
                    #expect(!page.contains("href=\"/files/secret.txt\"") && !page.contains("secret.txt\">"), "\(uri)")
                }
            }
        }
    }

    @Test func aBrokenProgrammeShowsItsErrorsAndTheOthersServe() async throws {
        let served = try ServedFolder()
        try served.write("north/unit.yaml", "programme: North\norganisation: North unit\nperiod: 2024\ntargets: [oops\n")
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/p/north/unit", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("The programme has errors") || response.text.contains("Chương trình có lỗi"))
                #expect(response.text.contains("north/unit.yaml:4"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("href=\"/p/north/unit\""))
                #expect(response.text.contains("id=\"errors\""))
                #expect(response.text.contains("href=\"/p/small/club\""))
            }
            try await client.execute(uri: "/p/small/club", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// The error page shows each diagnostic as `tally check` prints it: the place below the served
    /// folder, the label with its code, the source line with a caret under the place, and the fix,
    /// in the programme's language, every piece escaped.
    @Test func theErrorPageShowsTheCodeTheCaretAndTheFix() async throws {
        let served = try ServedFolder(seeds: false)
        try served.write("north/unit.yaml", """
        programme: Kế hoạch chi đoàn
        organisation: Chi đoàn Bắc
        period: 2024
        language: vi
        activities: {meeting: Sinh hoạt}
        targets:
          - {id: meetings, title: <script>x</script>, count: meeting, by: 2024-02-30}

        """)
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/p/north/unit", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<code class=\"place\">north/unit.yaml:7:67:</code> <strong class=\"label\">lỗi[impossible-date]:</strong> 2024-02-30 không phải ngày có thật"))
                #expect(!page.contains(served.folder.path))
                #expect(page.contains("<pre class=\"excerpt\">7 | …d: meetings, title: &lt;script&gt;x&lt;/script&gt;, count: meeting, by: 2024-02-30}\n  | "))
                #expect(page.contains("<span class=\"caret\">^^^^^^^^^^</span></pre>"))
                #expect(page.contains("<p class=\"fix\"><strong>cách sửa:</strong> viết một ngày có thật"))
                #expect(!page.contains("<script>x"))
            }
        }
    }

    @Test func aChangeOnDiskShowsOnTheNextRequest() async throws {
        let served = try ServedFolder(seeds: false)
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/p/small/club/t/meetings", method: .get) { response in
                #expect(response.text.contains("2 / 4"))
            }
            // A new file matching the records pattern counts at once.
            try served.write("small/records/2024-later.yaml", "- {date: 2024-06-01, activity: meeting}\n")
            try await client.execute(uri: "/p/small/club/t/meetings", method: .get) { response in
                #expect(response.text.contains("3 / 4"))
            }
            // An edit of an existing records file too.
            try served.write("small/records/2024-later.yaml", "- {date: 2024-06-01, activity: meeting}\n- {date: 2024-06-02, activity: meeting}\n")
            try await client.execute(uri: "/p/small/club/t/meetings", method: .get) { response in
                #expect(response.text.contains("4 / 4"))
            }
            // A new programme appears in the roll-up.
            try served.write("south/unit.yaml", ServedFolder.club.replacingOccurrences(of: "Club <b>&</b> \"Co\"", with: "South unit"))
            try served.write("south/records/a.yaml", "- {date: 2024-01-05, activity: meeting}\n")
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("href=\"/p/south/unit\""))
            }
        }
    }
}

/// Addresses that lead nowhere and forms that cannot be read answer with a catalogue code, in
/// the programme's language when the address names one, else Vietnamese then English; the page
/// never repeats the address.
@Suite("pages that lead nowhere")
struct NowherePageTests {
    @Test func unknownAddressesSayNoSuchPageOrProgramme() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/nowhere/secret-name", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("không có trang nào ở địa chỉ này: mở lại từ trang tổng hợp, / — there is no page at this address: start again from the summary page, /"))
                #expect(!response.text.contains("secret-name"))
            }
            try await client.execute(uri: "/p/2024-cd-so-ldtbxh-thai-nguyen/reminders", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("không có trang nào ở địa chỉ này: mở lại từ trang tổng hợp, /"))
                #expect(!response.text.contains("there is no page"), "a Vietnamese programme's page is in Vietnamese only")
            }
            try await client.execute(uri: "/p/2024-cd-so-ldtbxh-thai-nguyen/t/conferencez", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("không có chỉ tiêu &quot;conferencez&quot;"))
            }
            try await client.execute(uri: "/api/v1/programmes/no/such/thing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("no-such-programme"))
                #expect(response.text.contains("there is no programme \\\"no/such/thing\\\" here"))
            }
            try await client.execute(uri: "/api/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("no-such-page"))
            }
        }
    }
}

extension NowherePageTests {
    @Test func aFormThatCannotBeReadIsBadForm() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "multipart/form-data"], body: ByteBuffer(string: "user=lan")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("không đọc được các trường của biểu mẫu (multipart/form-data: boundary); chưa ghi gì: mở lại biểu mẫu rồi gửi từ trang đó"))
            }
        }
    }
}

import Foundation
import Testing
@testable import TallyServer

@Suite("server parts")
struct ServerPartsTests {
    @Test func addressesSplitIntoSlugAndPage() {
        let slugs: Set = ["a", "a/t/b", "north/unit", "t"]
        #expect(ProgrammeAddress.parse(["north", "unit"], slugs: slugs) == ProgrammeAddress(slug: "north/unit", page: .report))
        #expect(ProgrammeAddress.parse(["north", "unit", "t", "x"], slugs: slugs) == ProgrammeAddress(slug: "north/unit", page: .target("x")))
        #expect(ProgrammeAddress.parse(["north", "unit", "remind"], slugs: slugs) == ProgrammeAddress(slug: "north/unit", page: .remind))
        #expect(ProgrammeAddress.parse(["north", "unit", "record"], slugs: slugs) == ProgrammeAddress(slug: "north/unit", page: .other(["record"])))
        #expect(ProgrammeAddress.parse(["a", "t", "b"], slugs: slugs) == ProgrammeAddress(slug: "a/t/b", page: .report))
        #expect(ProgrammeAddress.parse(["a", "t", "c"], slugs: slugs) == ProgrammeAddress(slug: "a", page: .target("c")))
        #expect(ProgrammeAddress.parse(["t"], slugs: slugs) == ProgrammeAddress(slug: "t", page: .report))
        #expect(ProgrammeAddress.parse(["north"], slugs: slugs) == nil)
    }

    @Test func componentsAreDecodedOneByOne() {
        #expect(PathComponents.decode("/p/ha%20noi/t%E1%BB%89nh", dropping: 1) == ["ha noi", "tỉnh"])
        #expect(PathComponents.decode("/files/..%2fx", dropping: 1) == nil)
        #expect(PathComponents.decode("/files/%2e%2e/x", dropping: 1) == nil)
        #expect(PathComponents.decode("/files/a%5cb", dropping: 1) == nil)
        #expect(PathComponents.encode("hà nội/a b") == "h%C3%A0%20n%E1%BB%99i/a%20b")
    }

    @Test func onlyLoopbackHostsWithoutAccounts() {
        for host in ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST"] { #expect(HostPolicy.isLoopback(host), "\(host)") }
        for host in ["0.0.0.0", "::", "192.168.1.10", "example.org", "128.0.0.1", "::2"] { #expect(!HostPolicy.isLoopback(host), "\(host)") }
        #expect(HostPolicy.refusal(host: "0.0.0.0", folder: "programmes")?.fix(in: .en).contains("tally user add NAME --role board --dir programmes") == true)
        #expect(HostPolicy.refusal(host: "127.0.0.1", folder: "programmes") == nil)
        #expect(HostPolicy.url(host: "::1", port: 8080) == "http://[::1]:8080")
    }

    @Test func programmesAreFoundBelowTheFolderWithTheirSlugs() async throws {
        let served = try ServedFolder()
        let store = ProgrammeStore(folder: served.folder.path, recheck: 0)
        #expect(await store.programmes().map(\.slug) == ["2020-tinh-doan-phu-tho", "2024-cd-so-ldtbxh-thai-nguyen", "north/unit", "small/club"])
        #expect(await store.path(of: "north/unit") == served.folder.path + "/north/unit.yaml")
    }
}

/// Whose address a request is behind a reverse proxy, for sign-in throttling.
@Suite("Client address")
struct ClientAddressTests {
    @Test func aTrustedProxyNamesTheClientAndAnyoneElsesHeaderIsIgnored() {
        let proxies: Set<String> = ["10.0.0.2", "10.0.0.3"]
        #expect(ClientAddress.of(peer: "203.0.113.9", forwardedFor: "198.51.100.1", trusted: proxies) == "203.0.113.9", "not a proxy: header ignored")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: "198.51.100.1", trusted: proxies) == "198.51.100.1")
        #expect(ClientAddress.of(peer: "::ffff:10.0.0.2", forwardedFor: "198.51.100.1", trusted: proxies) == "198.51.100.1", "IPv4-mapped peer")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: "1.2.3.4, 198.51.100.1, 10.0.0.3", trusted: proxies) == "198.51.100.1",
                "the client writes what it likes on the left; the last hop not a proxy counts")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: nil, trusted: proxies) == "10.0.0.2")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: "10.0.0.3", trusted: proxies) == "10.0.0.2")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: " , ", trusted: proxies) == "10.0.0.2")
        #expect(ClientAddress.of(peer: "10.0.0.2", forwardedFor: "198.51.100.1", trusted: []) == "10.0.0.2")
    }

    @Test func onlyIPAddressesAreProxies() {
        #expect(ClientAddress.isAddress("127.0.0.1") && ClientAddress.isAddress("::1") && ClientAddress.isAddress("fd00::2"))
        #expect(!ClientAddress.isAddress("nginx") && !ClientAddress.isAddress("10.0.0") && !ClientAddress.isAddress("") && !ClientAddress.isAddress("10.0.0.1/8"))
    }
}

using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// Raw requests over a real Kestrel socket: request lines no HTTP client would write (<c>//x</c>, <c>/\x</c>, overlong,
/// bad percent-encoding), every method and an invented one, HTTP/1.0 without Host, hostile headers. None is answered
/// with a 5xx, no Location leaves the site, and no absolute address is written from an empty host. The seed is printed;
/// set <c>GSIPORTAL_FUZZ_SEED</c> to replay a failure.
/// </summary>
public class RawSocketFuzzTests(KestrelSite site, ITestOutputHelper output) : IClassFixture<KestrelSite>
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW", "G3T"];

    private static readonly string[] Targets =
    [
        "/", "//evil.example/", "//evil.example/paper", "/\\evil.example/", "/\\\\evil.example", "///evil.example//x", "/%2F%2Fevil.example",
        "/paper/commitments/4", "/paper/commitments/4?highlight=%ZZ", "/search?q=%", "/search?q=%C0%AF", "/%C0%AE%C0%AE/etc/passwd",
        "/paper/Commitments/4/", "/ref/II.4", "/ref/%E2%80%AE", "/api/search?q=peace", "/api/quote-check", "/oembed?url=//evil.example/",
        "/cite/paper/commitments/4?format=ris", "/commentaries/lei-kezhong#p5", "*", "http://evil.example/paper", "/robots.txt",
    ];

    private static readonly string[][] HostileHeaders =
    [
        [], ["Host: evil.example"], ["X-Forwarded-Host: evil.example"], ["X-Forwarded-For: 1.2.3.4, <script>"],
        ["Content-Type: application/json", "Content-Length: 9", "", "{\"text\": "], ["Accept-Encoding: br, gzip, x" + new string('y', 3000)],
        ["Range: bytes=0-0,-1"], ["If-None-Match: \"" + new string('e', 2000) + "\""], ["Cookie: " + new string('c', 5000)],
    ];

    [Fact]
    public async Task RawRequestsNeverFailNorRedirectAway()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("GSIPORTAL_FUZZ_SEED"), out var given) ? given : Random.Shared.Next();
        output.WriteLine($"GSIPORTAL_FUZZ_SEED={seed}");
        var random = new Random(seed);
        for (var i = 0; i < 250; i++)
        {
            var method = Methods[random.Next(Methods.Length)];
            var target = random.Next(6) switch
            {
                0 => "/" + new string('a', random.Next(1, 9000)),
                1 => "/" + string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => $"%{random.Next(256):X2}")),
                2 => "/paper/" + (char)random.Next(33, 127) + "%" + (char)random.Next(33, 127),
                _ => Targets[random.Next(Targets.Length)],
            };
            var http10 = random.Next(4) == 0;
            var headers = HostileHeaders[random.Next(HostileHeaders.Length)];
            var request = $"{method} {target} HTTP/1.{(http10 ? 0 : 1)}\r\n"
                + (http10 && random.Next(2) == 0 ? "" : $"Host: {site.Address.Authority}\r\n")
                + string.Join("", headers.TakeWhile(h => h.Length > 0).Select(h => h + "\r\n"))
                + "Connection: close\r\n\r\n" + string.Join("", headers.SkipWhile(h => h.Length > 0).Skip(1));
            var shown = $"seed {seed}, request {i}: {request[..Math.Min(request.Length, 160)].ReplaceLineEndings(" | ")}";
            var (status, head, body) = await Answer(request, shown);
            Assert.True(status is > 0 and < 500, $"{shown} → {status}");
            var location = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))?[9..].Trim();
            if (location is not null)
                Assert.True((location.StartsWith('/') && !location.StartsWith("//") && !location.StartsWith("/\\")) || location.StartsWith(site.Address.GetLeftPart(UriPartial.Authority)),
                    $"{shown} → Location {location}");
            Assert.DoesNotContain("http:///", body);
            Assert.DoesNotContain("evil.example/paper/commitments", body);
        }
    }

    [Fact]
    public async Task Http10WithoutHostNamesTheSiteNotAnEmptyHost()
    {
        var (status, _, body) = await Send("GET /paper/commitments/4 HTTP/1.0\r\n\r\n");
        Assert.Equal(200, status);
        Assert.DoesNotContain("http:///", body);
        Assert.Contains("rel=\"canonical\" href=\"http://", body);
    }

    private Task<(int Status, string Head, string Body)> Send(string request) => RawExchange.Send(site.Address, request);

    /// <summary>
    /// The answer to one request. A connection dropped before any byte of an answer fails the test as what it is, the
    /// server's fault (<see cref="NoAnswerException"/>), told apart from a wrong answer. Only the test's own patience
    /// running out on a loaded machine is forgiven, once: the request is asked again.
    /// </summary>
    private async Task<(int Status, string Head, string Body)> Answer(string request, string shown)
    {
        try
        {
            return await Send(request);
        }
        catch (TimeoutException waited)
        {
            output.WriteLine($"{shown}: {waited.Message}; asked again");
            return await Send(request);
        }
        catch (NoAnswerException dropped)
        {
            Assert.Fail($"{shown} → no answer: {dropped.Message}");
            throw;
        }
    }
}

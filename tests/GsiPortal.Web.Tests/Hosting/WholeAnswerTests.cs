using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// An answer that is not a 200 says its length, and sends that many bytes: a client knows it has the whole of it
/// without waiting for a last chunk. A 404 was sent chunked (a fresh-eyes review, reading the Background page's 404 as
/// never ending, asked whether its body was whole). Over a real socket, since the in-memory server frames nothing.
/// </summary>
public class WholeAnswerTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Theory]
    [InlineData("/paper/background/passages", 404)]
    [InlineData("/paper/commitments/99", 404)]
    [InlineData("/no/such/page", 404)]
    [InlineData("/quote-check?text=", 400)]
    [InlineData("/api/passages?address=%2Fpaper%2Fcommitments%2F99", 404)]
    [InlineData("/api/nothing-here", 404)]
    [InlineData("/cite/paper/commitments/4?format=chicago&at=s2-s9", 404)]
    public async Task AnErrorAnswerSaysItsLengthAndSendsThatMany(string address, int status)
    {
        var (answered, head, body) = await RawExchange.Send(site.Address,
            $"GET {address} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Assert.Equal(status, answered);
        Assert.DoesNotContain("transfer-encoding", head, StringComparison.OrdinalIgnoreCase);
        var length = head.Split("\r\n").Select(line => line.Split(':', 2)).Single(h => h[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))[1].Trim();
        Assert.Equal(Encoding.UTF8.GetByteCount(body), int.Parse(length, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(0, body.Length);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ACompressedNotFoundPageSaysItsCompressedLength(string encoding)
    {
        using var client = new HttpClient { BaseAddress = site.Address };
        var request = new HttpRequestMessage(HttpMethod.Get, "/paper/background/passages");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        // The header as sent (NonValidated: the ContentLength property would compute one from the bytes read).
        Assert.True(response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var sent), "no Content-Length");
        Assert.Equal((await response.Content.ReadAsByteArrayAsync()).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.ToString());
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }
}

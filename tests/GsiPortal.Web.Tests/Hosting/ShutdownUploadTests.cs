using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// SIGTERM while a body is still arriving (issue #21): a body that arrives within the shutdown window is answered as
/// usual; one still arriving when the window is about to close is answered 503 with <c>Connection: close</c>, so the
/// client knows to send it again elsewhere. Never a 500, never a connection cut without an answer. Raw sockets, so
/// the test controls exactly when each byte is sent.
/// </summary>
public class ShutdownUploadTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(4);

    public static TheoryData<string, string, string> Uploads => new()
    {
        { "/api/quote-check", "application/json", "{\"text\": \"Humanity is an indivisible security community.\"}" },
        { "/api/quote-audit", "application/json", "{\"article\": \"“Humanity is an indivisible security community,” it says.\"}" },
        { "/quote-check", "application/x-www-form-urlencoded", "text=Humanity+is+an+indivisible+security+community." },
        { "/quote-check/audit", "application/x-www-form-urlencoded", "article=%E2%80%9CHumanity+is+an+indivisible+security+community.%E2%80%9D" },
        { "/api/mcp", "application/json", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"check_quote\",\"arguments\":{\"text\":\"Humanity is an indivisible security community.\"}}}" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task ABodyFinishedWithinTheWindowIsAnswered(string path, string type, string body)
    {
        var (status, head) = await Upload(path, type, body, pause: TimeSpan.FromSeconds(1));
        Assert.True(status == 200, $"{path}: {status}\n{head}");
    }

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task ABodyStillArrivingAtTheEndOfTheWindowIsAnswered503WithConnectionClose(string path, string type, string body)
    {
        var (status, head) = await Upload(path, type, body, pause: Window + TimeSpan.FromSeconds(3));
        Assert.True(status == 503, $"{path}: {status}\n{head}");
        Assert.Contains("connection: close", head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sends the headers and half the body, stops the host, waits, sends the rest; the status and head of the answer (0: none).</summary>
    private static async Task<(int Status, string Head)> Upload(string path, string type, string body, TimeSpan pause)
    {
        using var factory = new PortalFactory();
        var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.Configure<HostOptions>(o => o.ShutdownTimeout = Window)));
        host.UseKestrel(0);
        host.StartServer();
        var address = host.ClientOptions.BaseAddress;
        using (var ready = new HttpClient { BaseAddress = address })
            for (var i = 0; i < 300 && (await ready.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);

        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {type}\r\nAccept: application/json, text/event-stream\r\nContent-Length: {bytes.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await stream.FlushAsync();
        await Task.Delay(300);
        var stopping = Task.Run(() => host.Services.GetRequiredService<IHost>().StopAsync());
        await Task.Delay(pause);
        try
        {
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
            await stream.FlushAsync();
        }
        catch (IOException)
        {
            // The server may have answered and closed already: what it said is read below.
        }
        var answer = await ReadAnswer(stream);
        await stopping;
        host.Dispose();
        var status = answer.StartsWith("HTTP/1.1 ") && int.TryParse(answer.AsSpan(9, 3), out var code) ? code : 0;
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, end < 0 ? answer : answer[..end]);
    }

    private static async Task<string> ReadAnswer(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Encoding.UTF8.GetString(received.ToArray()).Contains("\r\n\r\n")) break;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // Reset or silent: whatever arrived before is the answer.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }
}
